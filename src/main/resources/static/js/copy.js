// Copy buttons for journal phrases: copies the text of the element named by data-copy-target and
// says so in the status element beside the button.
document.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-copy-target]');
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copyTarget);
  let copied = false;
  try {
    await navigator.clipboard.writeText(source.value ?? source.textContent);
    copied = true;
  } catch (e) {
    source.select();
    copied = document.execCommand('copy');
  }
  const status = button.parentElement.querySelector('.copy-status');
  if (status && copied) {
    status.textContent = button.dataset.copied;
  }
  button.dataset.copiedOk = String(copied);
});
