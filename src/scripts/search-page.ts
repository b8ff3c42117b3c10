// The search page mounts the full search (with filters) at once: here search is the page's purpose.
import { mountSearch } from './search-ui.ts';

const panel = document.querySelector<HTMLElement>('[data-search-panel="page"]');
if (panel) mountSearch(panel);
