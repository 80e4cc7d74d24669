// Print buttons (data-print): the page's print styles hide the navigation and the buttons.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
