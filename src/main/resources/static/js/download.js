// A download that takes a few seconds (the unit report's PDF): a link with data-working says so while
// the file is made, then that it is ready, or that it failed. Without scripts the link downloads as
// any link. A file of its own because the Content-Security-Policy allows no inline scripts.
document.addEventListener('click', async (event) => {
  const link = event.target.closest('a[data-working]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || link.getAttribute('aria-disabled') === 'true') {
    return;
  }
  event.preventDefault();
  const status = document.getElementById(link.dataset.status);
  const say = (text) => { if (status) { status.textContent = text; } };
  link.setAttribute('aria-disabled', 'true');
  link.setAttribute('aria-busy', 'true');
  say(link.dataset.working);
  try {
    const answer = await fetch(link.href, { credentials: 'same-origin' });
    if (!answer.ok) {
      throw new Error(String(answer.status));
    }
    const disposition = answer.headers.get('Content-Disposition') || '';
    const named = /filename="?([^";]+)"?/.exec(disposition);
    const url = URL.createObjectURL(await answer.blob());
    const save = document.createElement('a');
    save.href = url;
    save.download = named ? named[1] : 'report.pdf';
    document.body.appendChild(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say(link.dataset.ready);
  } catch (e) {
    say(link.dataset.failed);
  } finally {
    link.removeAttribute('aria-disabled');
    link.removeAttribute('aria-busy');
  }
});
