<<<<<<< HEAD
// Print buttons (data-print): the page's print styles hide the navigation and the buttons.
=======
// Print buttons: any element with data-print opens the browser's print dialogue. Kept in a file of
// its own because the Content-Security-Policy allows no inline scripts.
>>>>>>> family
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
