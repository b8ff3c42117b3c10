// Opens the header's search dialog on click or the / key, and only then loads the search code.
import { sel } from './hooks.ts';

const dialog = document.querySelector<HTMLDialogElement>(sel('searchDialog'));
const opener = document.querySelector<HTMLAnchorElement>(sel('searchOpen'));

async function open(event?: Event) {
  if (!dialog || typeof dialog.showModal !== 'function') return; // old browsers follow the link to /search/
  event?.preventDefault();
  dialog.showModal();
  const panel = dialog.querySelector<HTMLElement>(sel('searchPanel'));
  panel?.querySelector<HTMLInputElement>(sel('searchInput'))?.focus();
  if (panel && !panel.dataset.ready) {
    panel.dataset.ready = 'loading';
    const { mountSearch } = await import('./search-ui.ts');
    mountSearch(panel);
  }
}

opener?.addEventListener('click', (event) => void open(event));
dialog?.querySelector(sel('searchClose'))?.addEventListener('click', () => dialog.close());
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
  if (document.querySelector(sel('searchPanel', 'page'))) {
    event.preventDefault();
    document.querySelector<HTMLInputElement>(`${sel('searchPanel', 'page')} ${sel('searchInput')}`)?.focus();
    return;
  }
  void open(event);
});
