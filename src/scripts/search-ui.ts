/**
 * Search over the Pagefind index of the page's language. Loaded only when a visitor opens search.
 * Results are built as DOM text (excerpt matches in <mark>), never from HTML strings.
 */
import { excerptRuns } from '../lib/search-meta.ts';
import { normalizeQuery } from '../lib/search-query.ts';
import { fillPlaceholders } from '../i18n/placeholders.ts';
import { element } from './dom.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving the index, which only exists after the build.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}


export function mountSearch(panel: HTMLElement): void {
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) => fillPlaceholders(strings[key] ?? key, values);
  const isPage = panel.dataset.searchPanel === 'page';
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
  const form = panel.querySelector<HTMLFormElement>('[data-search-form]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]');
  const more = panel.querySelector<HTMLElement>('[data-search-more]');
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]');
  if (!input || !form || !status || !list) return;

  const selected: { kind: Set<string>; city: Set<string> } = { kind: new Set(), city: new Set() };
  let newestFirst = false;
  let run = 0;

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
    if (term === '' && !anyFilter) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
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
    const data = await Promise.all(response.results.slice(0, isPage ? 30 : 8).map((r) => r.data()));
    if (current !== run) return;
    status.textContent = data.length === 0 ? say('search.noResults', { q: query }) : say('search.results', { n: response.results.length, q: query });
    list.replaceChildren(
      ...data.map((result) => {
        const item = element('li', 'py-3');
        const link = element('a', 'text-base font-semibold text-ink-950 underline-offset-4 hover:text-vermilion-700 hover:underline', result.meta.title ?? result.url);
        link.href = result.url;
        const meta = element('p', 'mt-0.5 flex flex-wrap gap-1.5 text-xs');
        for (const value of [result.meta.kind, result.meta.city]) if (value) meta.append(element('span', 'tag', value));
        const excerpt = element('p', 'mt-1 text-sm text-ink-700');
        for (const run of excerptRuns(result.excerpt)) excerpt.append(run.marked ? element('mark', 'rounded bg-amber-100 px-0.5 text-ink-950', run.text) : document.createTextNode(run.text));
        item.append(link, meta, excerpt);
        return item;
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(input.value), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render(input.value);
  });

  if (isPage && filterBox) {
    void loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((available) => {
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
        filterBox.replaceChildren(legend, ...fieldsets, sortLabel);
      })
      .catch(() => {
        status.textContent = say('search.error');
      });
    input.value = new URLSearchParams(location.search).get('q') ?? '';
  }
  // Start loading the index as soon as search opens, so the first query does not wait for it.
  void loadPagefind().catch(() => undefined);
  // Whatever was typed while this code loaded still counts.
  if (input.value.trim()) void render(input.value);
  panel.dataset.ready = 'ready';
}
