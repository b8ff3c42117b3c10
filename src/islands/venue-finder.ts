/**
 * The venue finder island: filters, sorts and matches an event brief over the list the page already
 * shows, keeping the state in the URL. Without a brief, venues are matching or to ask; with one,
 * they fall into fits / likely fits / may fit / does not fit, then those with no room figure on file,
 * each ranked by evidence, each card saying part by part what the figures on file show. The planner
 * ticks the venues to ask for a proposal. Without this script the page is the complete list.
 */
import './language-state.ts'; // this page keeps its state in the URL: the language switcher follows it
import { briefNumberKeys, writeBriefQuery } from '../lib/shared/brief-query.ts';
import { openFiltersLine, type Wording } from '../lib/shared/figure-text.ts';
import { finderQuery, parseFinderQuery, type FinderState } from '../lib/shared/finder-query.ts';
import type { FinderIndex, IndexedVenue } from '../lib/shared/finder-index.ts';
import type { FinderLabels } from './venue-finder-labels.ts';
import { facetCounts, matchFilters, sortVenues, type FilterResult } from '../lib/shared/venue-filter.ts';
import { element } from './dom.ts';
import { withSegments } from './part-lines.ts';
import { fetchFinderIndex } from './open-data-fetch.ts';
import { sel } from './hooks.ts';
import { islandWords } from './island-words.ts';
import type { Group } from './venue-finder-brief.ts';

const root = document.querySelector<HTMLElement>(sel('venueFinder'));
if (root) void start(root);

async function start(root: HTMLElement) {
  const { locale, labels: strings, say, formatNumber } = islandWords<FinderLabels>(root);
  const w = { phrases: strings, locale, formatNumber } satisfies Wording;
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  // The most venues one request asks: the shortlist's limit, given by the page.
  const requestLimit = Number(root.dataset.requestLimit);
  const form = root.querySelector<HTMLFormElement>(sel('finderForm'));
  const list = root.querySelector<HTMLElement>(sel('venueList'));
  const groupsRoot = root.querySelector<HTMLElement>(sel('venueGroups'));
  const count = root.querySelector<HTMLElement>(sel('resultCount'));
  const noResults = root.querySelector<HTMLElement>(sel('noResults'));
  const briefResults = root.querySelector<HTMLElement>(sel('briefResults'));
  const areaRule = root.querySelector<HTMLElement>(sel('areaRule'));
  if (!form || !list || !groupsRoot || !count || !noResults || !briefResults) return;

  let venues: IndexedVenue[];
  let cities: FinderIndex['cities'];
  try {
    ({ venues, cities } = await fetchFinderIndex());
  } catch {
    count.textContent = strings['finder.loadError'];
    return;
  }

  const items = new Map<string, HTMLElement>();
  for (const item of list.querySelectorAll<HTMLElement>(sel('venueItem'))) items.set(item.dataset.venueItem ?? '', item);
  const facetLabels = [...root.querySelectorAll<HTMLElement>(sel('facetCount'))];

  for (const hidden of root.querySelectorAll<HTMLElement>(`${sel('finderFilters')}, ${sel('finderBrief')}`)) hidden.hidden = false;

  const readForm = (): FinderState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.append(key, value);
    // A brief's layouts mean nothing without its sizes; the parser ignores them then.
    return parseFinderQuery(params);
  };

  const writeForm = (state: FinderState) => {
    const params = new URLSearchParams(finderQuery(state));
    for (const field of form.elements) {
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
      const values = params.getAll(field.name).flatMap((v) => v.split(','));
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = values.includes(field.value);
      else if (field instanceof HTMLSelectElement) field.value = values[0] ?? (field.querySelector('option[selected]') as HTMLOptionElement | null)?.value ?? field.options[0]?.value ?? '';
      else field.value = values[0] ?? '';
    }
  };

  const filterNote = (venue: IndexedVenue, result: FilterResult | undefined) =>
    result?.unknown.length ? [withSegments(element('p', ''), openFiltersLine(w, result.unknown, result.capacity, venue.sources))] : [];
  // The brief's rules and words load when a brief is first entered.
  let briefModule: typeof import('./venue-finder-brief.ts') | undefined;

  // The request: the venues ticked, in the ranking's order.
  const rfp = root.querySelector<HTMLElement>(sel('briefRfp'));
  let ranked: string[] = [];
  let brief: FinderState['brief'];
  let dates: string | undefined;
  const ticks = () => [...groupsRoot.querySelectorAll<HTMLInputElement>(sel('askVenue'))];
  const renderRfpLink = () => {
    const anchor = rfp?.querySelector('a');
    if (!rfp || !anchor) return;
    const checked = new Set(ticks().flatMap((box) => (box.checked ? [box.dataset.askVenue ?? ''] : [])));
    const slugs = ranked.filter((slug) => checked.has(slug));
    for (const box of ticks()) box.disabled = !box.checked && slugs.length >= requestLimit;
    rfp.hidden = ranked.length === 0;
    anchor.classList.toggle('pointer-events-none', slugs.length === 0);
    anchor.setAttribute('aria-disabled', String(slugs.length === 0));
    const params = new URLSearchParams();
    if (brief) writeBriefQuery(params, brief);
    if (dates) params.set('dates', dates);
    params.set('venues', slugs.join(','));
    anchor.search = params.toString().replace(/%2C/g, ',');
    (rfp.querySelector(sel('briefRfpNote')) as HTMLElement).textContent = say('rfp.fromBriefNote', { n: slugs.length, max: requestLimit });
  };

  const renderGroups = (groups: Group[], asked: string[]) => {
    groupsRoot.replaceChildren();
    let estimates = false;
    const rankedSlugs = new Set(ranked);
    const askedSlugs = new Set(asked);
    for (const group of groups) {
      if (group.venues.length === 0) continue;
      const section = element('section', 'space-y-3');
      section.dataset.group = group.key;
      const heading = element('h3', 'text-lg font-bold text-ink-950', group.heading);
      heading.id = `group-${group.key}`;
      section.setAttribute('aria-labelledby', heading.id);
      section.append(heading);
      if (group.hint) section.append(element('p', 'text-sm text-ink-700', group.hint));
      const ul = element('ul', 'grid gap-4 sm:grid-cols-2 xl:grid-cols-3');
      for (const { venue, note: lines } of group.venues) {
        const item = items.get(venue.slug);
        if (!item) continue;
        const note = item.querySelector<HTMLElement>(sel('venueNote'));
        if (note) {
          note.replaceChildren(...lines);
          note.classList.toggle('hidden', note.childElementCount === 0);
          estimates ||= note.querySelector('.estimate') !== null;
          if (rankedSlugs.has(venue.slug)) {
            const label = element('label', 'relative z-10 mt-2 flex items-center gap-2 font-semibold text-ink-900');
            const box = element('input', 'size-5 accent-vermilion-600');
            box.type = 'checkbox';
            box.dataset.askVenue = venue.slug;
            box.checked = askedSlugs.has(venue.slug);
            label.append(box, strings['brief.ask']);
            note.append(label);
            note.classList.remove('hidden');
          }
        }
        ul.append(item);
      }
      section.append(ul);
      groupsRoot.append(section);
    }
    if (areaRule) areaRule.hidden = !estimates;
  };

  const apply = async (state: FinderState) => {
    if (state.brief && !briefModule) {
      try {
        briefModule = await import('./venue-finder-brief.ts');
      } catch {
        // The brief's matching could not be loaded: the full list, saying so, as when the data cannot be.
        groupsRoot.replaceChildren();
        briefResults.replaceChildren();
        list.hidden = false;
        count.textContent = strings['finder.loadError'];
        return;
      }
    }
    const results = new Map(venues.map((venue) => [venue.slug, matchFilters(venue, state.filters)]));
    const listed = venues.filter((v) => results.get(v.slug)?.answer !== 'no');
    const matching = listed.filter((v) => results.get(v.slug)?.answer === 'yes');
    const shown = sortVenues(listed, state.sort, state.filters.layout, locale);
    let groups: Group[];
    let asked: string[] = [];
    brief = state.brief;
    dates = state.dates;
    ranked = [];
    briefResults.replaceChildren();
    if (state.brief && briefModule) {
      const view = briefModule.briefView(state.brief, shown, results, { w, say, cities, cityNames, filterNote, limit: requestLimit });
      ({ groups, asked, ranked } = view);
      briefResults.append(...view.summary);
    } else {
      const open = (v: IndexedVenue) => results.get(v.slug)?.answer === 'unknown';
      groups = [
        { key: 'match', heading: say('finder.group.match', { n: shown.length - shown.filter(open).length }), venues: shown.filter((v) => !open(v)).map((venue) => ({ venue, note: [] })) },
        {
          key: 'unknown',
          heading: say('finder.group.unknown', { n: shown.filter(open).length }),
          venues: shown.filter(open).map((venue) => ({ venue, note: filterNote(venue, results.get(venue.slug)) })),
        },
      ];
    }
    renderGroups(groups, asked);
    list.hidden = true;
    const openCount = listed.length - matching.length;
    count.textContent = say(openCount > 0 ? 'finder.countOpen' : 'finder.count', { n: matching.length, total: venues.length, open: openCount });
    noResults.classList.toggle('hidden', shown.length > 0);
    renderRfpLink();
    const findings = root.querySelector<HTMLElement>(sel('dateFindings'));
    if (findings && (state.dates || findings.hasChildNodes())) {
      void import('./date-check-ui.ts').then((m) => m.showDates(findings, state.dates ?? '', { locale, cityNames, ...(state.filters.cities.length > 0 ? { cities: state.filters.cities } : {}) }));
    }

    const facets = facetCounts(venues, state.filters);
    for (const label of facetLabels) {
      const [kind, value] = (label.dataset.facetCount ?? '').split(':');
      const n = kind === 'city' ? (facets.cities.get(value ?? '') ?? 0) : (facets.types.get(value as never) ?? 0);
      label.textContent = say('finder.facetCount', { n });
    }
  };

  const commit = () => {
    const state = readForm();
    const query = finderQuery(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void apply(state);
  };

  const initial = parseFinderQuery(location.search);
  writeForm(initial);
  await apply(initial);
  root.dataset.finderReady = '';

  // Ticking a venue to ask changes the request, not the search.
  form.addEventListener('change', (event) => ((event.target as HTMLElement).dataset.askVenue === undefined ? commit() : renderRfpLink()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener('reset', () => setTimeout(commit));
  root.querySelector(sel('clearBrief'))?.addEventListener('click', () => {
    for (const name of briefNumberKeys) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.value = '';
    }
    commit();
  });
  window.addEventListener('popstate', () => {
    const state = parseFinderQuery(location.search);
    writeForm(state);
    void apply(state);
  });
}
