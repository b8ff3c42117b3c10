/**
 * Search over the Pagefind index of the page's language. Loaded only when a visitor opens search.
 * Results are built as DOM text (excerpt matches in <mark>), never from HTML strings.
 */
import { excerptRuns } from '../lib/shared/search-meta.ts';
import { normalizeQuery, worthSearchingWhileTyping } from '../lib/shared/search-query.ts';
import type { SearchLabels } from './search-labels.ts';
import { element } from './dom.ts';
import { sel } from './hooks.ts';
import { islandWords } from './island-words.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving the index, which only exists after the build.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pagefind) => {
    // On the page's thread: Pagefind's worker costs a 12 KB script and its start-up before the first
    // result, and this site's index is ranked in milliseconds (see README, choices that may surprise).
    // How often a word recurs counts for less than where it stands (a title, a city's names, both
    // weighted): a city's name finds the city page before the news items that repeat it.
    await pagefind.options({ excerptLength: 22, noWorker: true, ranking: { termFrequency: 0.3 } });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

export function mountSearch(panel: HTMLElement): void {
  const { say } = islandWords<SearchLabels>(panel);
  const isPage = panel.dataset.searchPanel === 'page';
  const input = panel.querySelector<HTMLInputElement>(sel('searchInput'));
  const form = panel.querySelector<HTMLFormElement>(sel('searchForm'));
  const status = panel.querySelector<HTMLElement>(sel('searchStatus'));
  const list = panel.querySelector<HTMLOListElement>(sel('searchResults'));
  const more = panel.querySelector<HTMLElement>(sel('searchMore'));
  const filterBox = panel.querySelector<HTMLElement>(sel('searchFilters'));
  const showMore = panel.querySelector<HTMLButtonElement>(sel('searchShowMore'));
  if (!input || !form || !status || !list) return;

  const selected: { kind: Set<string>; city: Set<string> } = { kind: new Set(), city: new Set() };
  let newestFirst = false;
  let run = 0;
  // Only the results on screen are fetched: each one is a request for its text.
  const firstBatch = isPage ? 10 : 5;
  let results: PagefindResult[] = [];
  let shown = 0;

  const resultItem = (result: PagefindResultData) => {
    const item = element('li', 'py-3');
    const link = element('a', 'text-base font-semibold text-ink-950 underline-offset-4 hover:text-vermilion-700 hover:underline', result.meta.title ?? result.url);
    link.href = result.url;
    const meta = element('p', 'mt-0.5 flex flex-wrap gap-1.5 text-xs');
    for (const value of [result.meta.kind, result.meta.city]) if (value) meta.append(element('span', 'tag', value));
    const excerpt = element('p', 'mt-1 text-sm text-ink-700');
    for (const part of excerptRuns(result.excerpt)) excerpt.append(part.marked ? element('mark', 'rounded bg-amber-100 px-0.5 text-ink-950', part.text) : document.createTextNode(part.text));
    item.append(link, meta, excerpt);
    return item;
  };

  /** Appends the next `count` results; false if a newer query started meanwhile. */
  const showResults = async (current: number, count: number): Promise<boolean> => {
    const data = await Promise.all(results.slice(shown, shown + count).map((r) => r.data()));
    if (current !== run) return false;
    const items = data.map(resultItem);
    list.append(...items);
    shown += items.length;
    showMore?.classList.toggle('hidden', shown >= results.length);
    return true;
  };

  const clearResults = () => {
    run += 1; // and drop the answer of any search still running
    results = [];
    shown = 0;
    list.replaceChildren();
    showMore?.classList.add('hidden');
    status.textContent = '';
  };

  const render = async (query: string) => {
    const current = ++run;
    const term = normalizeQuery(query);
    const anyFilter = selected.kind.size + selected.city.size > 0;
    if (isPage) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (more) {
      more.classList.toggle('hidden', term === '');
      more.querySelector('a')?.setAttribute('href', `${more.querySelector('a')?.pathname ?? ''}?q=${encodeURIComponent(query)}`);
    }
    if (term === '' && !anyFilter) return clearResults();
    status.textContent = say('search.loading');
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = say('search.error');
      return;
    }
    const filters = Object.fromEntries(
      Object.entries(selected)
        .filter(([, values]) => values.size > 0)
        .map(([key, values]) => [key, { any: [...values] }]),
    );
    const response = await pagefind.search(term === '' ? null : term, { filters, ...(newestFirst ? { sort: { date: 'desc' } } : {}) });
    if (current !== run || !response) return; // a newer query has started
    results = response.results;
    shown = 0;
    list.replaceChildren();
    if (!(await showResults(current, firstBatch))) return;
    status.textContent = results.length === 0 ? say('search.noResults', { q: query }) : say('search.results', { n: results.length, q: query });
  };

  showMore?.addEventListener('click', () => {
    const firstNew = shown;
    void showResults(run, firstBatch).then((done) => {
      // Keyboard and screen reader users carry on from the first result just added.
      if (done) list.children[firstNew]?.querySelector('a')?.focus();
    });
  });

  /** The page's filter checkboxes (kind, city) and the newest-first switch, from the index's counts. */
  const showFilters = (container: HTMLElement, available: Record<string, Record<string, number>>) => {
    const groups: [string, string][] = [
      ['kind', say('search.filterKind')],
      ['city', say('search.filterCity')],
    ];
    const fieldsets = groups.flatMap(([key, legendText]) => {
      const values = Object.keys(available[key] ?? {}).sort();
      if (values.length === 0) return [];
      const fieldset = element('fieldset', 'mt-3');
      fieldset.append(element('legend', 'text-sm font-semibold text-ink-800', legendText));
      const row = element('div', 'mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm');
      for (const value of values) {
        const label = element('label', 'inline-flex items-center gap-1.5');
        const box = element('input', 'size-4 accent-vermilion-600');
        box.type = 'checkbox';
        box.value = value;
        box.dataset.filter = key;
        box.addEventListener('change', () => {
          const set = selected[key as keyof typeof selected];
          if (box.checked) set.add(value);
          else set.delete(value);
          void render(input.value);
        });
        label.append(box, document.createTextNode(`${value} (${available[key]?.[value] ?? 0})`));
        row.append(label);
      }
      fieldset.append(row);
      return [fieldset];
    });
    const sortLabel = element('label', 'mt-3 inline-flex items-center gap-1.5 text-sm');
    const sortBox = element('input', 'size-4 accent-vermilion-600');
    sortBox.type = 'checkbox';
    sortBox.addEventListener('change', () => {
      newestFirst = sortBox.checked;
      void render(input.value);
    });
    sortLabel.append(sortBox, document.createTextNode(say('search.sortNewest')));
    const legend = element('p', 'text-sm font-semibold text-ink-950', say('search.filters'));
    container.replaceChildren(legend, ...fieldsets, sortLabel);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchSoon = () => {
    clearTimeout(timer);
    const term = normalizeQuery(input.value);
    if (term !== '' && !worthSearchingWhileTyping(term)) return clearResults(); // Enter still searches it
    // Fetch the index for what is typed while the pause before searching runs.
    if (term) void loadPagefind().then((pagefind) => pagefind.preload(term)).catch(() => undefined);
    timer = setTimeout(() => void render(input.value), 120);
  };
  // While an input method composes, the field holds pinyin: search the committed characters instead.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) searchSoon();
  });
  input.addEventListener('compositionend', searchSoon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render(input.value);
  });

  const queryInUrl = isPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  if (queryInUrl) input.value = queryInUrl;
  // Start loading the index as soon as search opens, so the first query does not wait for it.
  void loadPagefind().catch(() => undefined);
  // The query in the URL, or whatever was typed while this code loaded, still counts.
  const pending = normalizeQuery(input.value);
  const firstResults = pending !== '' && (queryInUrl !== '' || worthSearchingWhileTyping(pending)) ? render(input.value) : Promise.resolve();
  if (filterBox) {
    // The filters load after the first results, which do not need them.
    void firstResults
      .then(loadPagefind)
      .then((pagefind) => pagefind.filters())
      .then((available) => showFilters(filterBox, available))
      .catch(() => {
        status.textContent = say('search.error');
      });
  }
  panel.dataset.ready = 'ready';
}
