// Print buttons: any element with data-print opens the browser's print dialogue. Kept in a file of
// its own because the Content-Security-Policy allows no inline scripts.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
