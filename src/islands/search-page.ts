// The search page mounts the full search (with filters) at once: here search is the page's purpose.
import './language-state.ts'; // this page keeps its state in the URL: the language switcher follows it
import { mountSearch } from './search-ui.ts';
import { sel } from './hooks.ts';

const panel = document.querySelector<HTMLElement>(sel('searchPanel', 'page'));
if (panel) mountSearch(panel);
