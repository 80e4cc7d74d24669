// The comparison's period list holds periods of one type. When the period type is changed, the list
// no longer fits: it is disabled, so that it is not sent, and the server then shows the latest closed
// period of the new type and says so. Changing back restores the list. Without scripts the server
// does the same on its own.
document.addEventListener('change', (event) => {
  const form = event.target.closest('form[data-period-type]');
  if (!form || event.target.id !== 'period') {
    return;
  }
  const changed = event.target.value !== form.dataset.periodType;
  document.getElementById('at').disabled = changed;
  document.getElementById('at-follows-type').hidden = !changed;
});
