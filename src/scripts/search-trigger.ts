// Opens the header's search dialog on click or the / key, and only then loads the search code.
export {}; // a module: its names stay out of the global scope (window.opener)
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');

async function open(event?: Event) {
  if (!dialog || typeof dialog.showModal !== 'function') return; // old browsers follow the link to /search/
  event?.preventDefault();
  dialog.showModal();
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
  panel?.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  if (panel && !panel.dataset.ready) {
    panel.dataset.ready = 'loading';
    const { mountSearch } = await import('./search-ui.ts');
    mountSearch(panel);
  }
}

opener?.addEventListener('click', (event) => void open(event));
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// In a search field Escape first clears the text; close the dialog on the first press instead.
dialog?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
    opener?.focus();
  }
});
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close(); // a click on the backdrop
});
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  if (document.querySelector('[data-search-panel="page"]')) {
    event.preventDefault();
    document.querySelector<HTMLInputElement>('[data-search-panel="page"] [data-search-input]')?.focus();
    return;
  }
  void open(event);
});
