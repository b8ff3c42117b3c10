/**
 * The venue finder island: filters, sorts and matches an event brief over the list the page already
 * shows, keeping the state in the URL. Without a brief, venues are matching or to ask; with one,
 * they fall into fits / likely fits / may fit / does not fit, then those with no room figure on file,
 * each ranked by evidence, each card saying part by part what the figures on file show. The planner
 * ticks the venues to ask for a proposal. Without this script the page is the complete list.
 */
import { assessVenue, cityHotelSupply, defaultRequest, groupForBrief, rankCitiesByFit, type BriefGroup, type CityHotelSupply, type VenueAssessment } from '../lib/shared/brief.ts';
import { briefNumberKeys, writeBriefQuery } from '../lib/shared/brief-query.ts';
import { openPartsText, partLine, unknownFiltersText, type PartLine, type Wording } from '../lib/shared/brief-text.ts';
import { finderQuery, parseFinderQuery, type FinderState } from '../lib/shared/finder-query.ts';
import type { IndexedVenue } from '../lib/shared/finder-index.ts';
import { shortlistLimit } from '../lib/shared/shortlist.ts';
import type { FinderLabels } from './venue-finder-labels.ts';
import { facetCounts, matchFilters, sortVenues, type FilterResult } from '../lib/shared/venue-filter.ts';
import { element } from './dom.ts';
import { partLineElement } from './part-lines.ts';
import { fetchFinderIndex } from './open-data-fetch.ts';
import { sel } from './hooks.ts';
import { islandWords } from './island-words.ts';

const root = document.querySelector<HTMLElement>(sel('venueFinder'));
if (root) void start(root);

/** One group of the results: its heading, an optional hint, and per venue what goes under its card. */
interface Group {
  key: string;
  heading: string;
  hint?: string;
  venues: { venue: IndexedVenue; lines?: PartLine[]; notes: string[] }[];
}

/** Groups whose venues may be asked for a proposal. */
const askable = new Set<string>(['fits', 'likely-fits', 'may-fit', 'no-room-figures']);

async function start(root: HTMLElement) {
  const { locale, labels: strings, say, formatNumber } = islandWords<FinderLabels>(root);
  const w: Wording = { phrases: strings, locale, formatNumber };
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>(sel('finderForm'));
  const list = root.querySelector<HTMLElement>(sel('venueList'));
  const groupsRoot = root.querySelector<HTMLElement>(sel('venueGroups'));
  const count = root.querySelector<HTMLElement>(sel('resultCount'));
  const noResults = root.querySelector<HTMLElement>(sel('noResults'));
  const briefResults = root.querySelector<HTMLElement>(sel('briefResults'));
  const areaRule = root.querySelector<HTMLElement>(sel('areaRule'));
  if (!form || !list || !groupsRoot || !count || !noResults || !briefResults) return;

  let venues: IndexedVenue[];
  let cityHotels: Map<string, CityHotelSupply>;
  try {
    const index = await fetchFinderIndex();
    venues = index.venues;
    cityHotels = new Map(index.cities.map((c) => [c.slug, cityHotelSupply(c)]));
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

  const filterNote = (venue: IndexedVenue, result: FilterResult | undefined) => (result?.unknown.length ? unknownFiltersText(w, result.unknown, result.capacity, venue.sources) : '');

  const briefGroups = (brief: NonNullable<FinderState['brief']>, shown: IndexedVenue[], results: Map<string, FilterResult>) => {
    const assessments = shown.map((v) => {
      const a = assessVenue(v, brief, cityHotels.get(v.city) ?? null);
      // A venue a filter leaves open cannot be said to fit or likely fit: it may, once the figure is known.
      return results.get(v.slug)?.unknown.length && (a.outcome === 'fits' || a.outcome === 'likely-fits') ? { ...a, outcome: 'may-fit' as const } : a;
    });
    const grouped = groupForBrief(assessments);
    const cardOf = (a: VenueAssessment<IndexedVenue>) => ({
      venue: a.venue,
      lines: a.parts.map((part) => partLine(w, part, a.venue.sources)),
      notes: [a.outcome === 'fits' || a.outcome === 'does-not-fit' ? '' : openPartsText(w, a.parts), filterNote(a.venue, results.get(a.venue.slug))].filter(Boolean),
    });
    const groups: Group[] = (Object.keys(grouped) as BriefGroup[]).map((key) => ({
      key,
      heading: say(`brief.group.${key}`, { n: grouped[key].length }),
      hint: strings[`brief.groupHint.${key}`],
      venues: grouped[key].map(cardOf),
    }));
    return { groups, assessments, asked: defaultRequest(grouped, shortlistLimit), ranked: groups.flatMap((g) => (askable.has(g.key) ? g.venues.map((v) => v.venue.slug) : [])) };
  };

  // The request: the venues ticked, in the ranking's order.
  const rfp = root.querySelector<HTMLElement>(sel('briefRfp'));
  let ranked: string[] = [];
  let brief: FinderState['brief'];
  const ticks = () => [...groupsRoot.querySelectorAll<HTMLInputElement>(sel('askVenue'))];
  const renderRfpLink = () => {
    const anchor = rfp?.querySelector('a');
    if (!rfp || !anchor) return;
    const checked = new Set(ticks().flatMap((box) => (box.checked ? [box.dataset.askVenue ?? ''] : [])));
    const slugs = ranked.filter((slug) => checked.has(slug));
    for (const box of ticks()) box.disabled = !box.checked && slugs.length >= shortlistLimit;
    rfp.hidden = ranked.length === 0;
    anchor.classList.toggle('pointer-events-none', slugs.length === 0);
    anchor.setAttribute('aria-disabled', String(slugs.length === 0));
    const params = new URLSearchParams();
    if (brief) writeBriefQuery(params, brief);
    params.set('venues', slugs.join(','));
    anchor.search = params.toString().replace(/%2C/g, ',');
    (rfp.querySelector(sel('briefRfpNote')) as HTMLElement).textContent = say('rfp.fromBriefNote', { n: slugs.length, max: shortlistLimit });
  };

  const renderBriefSummary = (assessments: VenueAssessment<IndexedVenue>[] | undefined) => {
    briefResults.replaceChildren();
    if (!assessments) return;
    const cities = rankCitiesByFit(assessments);
    if (cities.length === 0) {
      const open = assessments.some((a) => a.outcome === 'may-fit');
      briefResults.append(element('p', 'text-base font-semibold text-ink-950', strings[open ? 'brief.noEvidence' : 'brief.noneFit']));
      return;
    }
    briefResults.append(element('h3', 'text-sm font-semibold text-ink-800', strings['brief.cities']));
    const ol = element('ol', 'mt-1 flex flex-wrap gap-2 text-sm');
    for (const { city, fits, likely, mayFit } of cities) {
      const counts = [say('brief.cityFits', { n: fits }), say('brief.cityLikely', { n: likely }), say('brief.cityMayFit', { n: mayFit })].filter((_, i) => [fits, likely, mayFit][i]);
      ol.append(element('li', 'tag', say('brief.cityCount', { city: cityNames[city] ?? city, counts: counts.join(strings['reason.listSeparator']) })));
    }
    briefResults.append(ol);
  };

  const renderGroups = (groups: Group[], asked: string[]) => {
    groupsRoot.replaceChildren();
    let estimates = false;
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
      for (const { venue, lines = [], notes } of group.venues) {
        const item = items.get(venue.slug);
        if (!item) continue;
        const note = item.querySelector<HTMLElement>(sel('venueNote'));
        if (note) {
          note.replaceChildren(...lines.map((line) => partLineElement(line, strings)), ...notes.map((text) => element('p', 'font-medium', text)));
          note.classList.toggle('hidden', note.childElementCount === 0);
          estimates ||= note.querySelector('.estimate') !== null;
          if (askable.has(group.key)) {
            const label = element('label', 'relative z-10 mt-2 flex items-center gap-2 font-semibold text-ink-900');
            const box = element('input', 'size-5 accent-vermilion-600');
            box.type = 'checkbox';
            box.dataset.askVenue = venue.slug;
            box.checked = asked.includes(venue.slug);
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

  const apply = (state: FinderState) => {
    const results = new Map(venues.map((venue) => [venue.slug, matchFilters(venue, state.filters)]));
    const listed = venues.filter((v) => results.get(v.slug)?.answer !== 'no');
    const matching = listed.filter((v) => results.get(v.slug)?.answer === 'yes');
    const shown = sortVenues(listed, state.sort, state.filters.layout, locale);
    let groups: Group[];
    let assessments: VenueAssessment<IndexedVenue>[] | undefined;
    let asked: string[] = [];
    brief = state.brief;
    ranked = [];
    if (state.brief) {
      ({ groups, assessments, asked, ranked } = briefGroups(state.brief, shown, results));
    } else {
      const open = (v: IndexedVenue) => results.get(v.slug)?.answer === 'unknown';
      groups = [
        { key: 'match', heading: say('finder.group.match', { n: shown.length - shown.filter(open).length }), venues: shown.filter((v) => !open(v)).map((venue) => ({ venue, notes: [] })) },
        { key: 'unknown', heading: say('finder.group.unknown', { n: shown.filter(open).length }), venues: shown.filter(open).map((venue) => ({ venue, notes: [filterNote(venue, results.get(venue.slug))] })) },
      ];
    }
    renderGroups(groups, asked);
    list.hidden = true;
    const openCount = listed.length - matching.length;
    count.textContent = say(openCount > 0 ? 'finder.countOpen' : 'finder.count', { n: matching.length, total: venues.length, open: openCount });
    noResults.classList.toggle('hidden', shown.length > 0);
    renderBriefSummary(assessments);
    renderRfpLink();

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
    apply(state);
  };

  const initial = parseFinderQuery(location.search);
  writeForm(initial);
  apply(initial);
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
    apply(state);
  });
}
