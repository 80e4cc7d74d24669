// Print buttons: any element with data-print opens the browser's print dialogue; the page's print
// styles hide the navigation and the buttons. A file of its own because the Content-Security-Policy
// allows no inline scripts.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
