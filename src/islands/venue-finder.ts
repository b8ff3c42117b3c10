/**
 * The venue finder island: filters, sorts and matches an event brief over the list the page already
 * shows, keeping the state in the URL. Venues fall into groups: with a brief, fits / may fit / does
 * not fit; without, matching / no published figure. Without this script the page is the complete list.
 */
import { assessVenue, cityHotelSupply, groupByOutcome, outcomes, rankCitiesByFit, type CityHotelSupply, type Outcome, type VenueAssessment } from '../lib/shared/brief.ts';
import { briefNumberKeys } from '../lib/shared/brief-query.ts';
import { finderQuery, parseFinderQuery, type FinderState } from '../lib/shared/finder-query.ts';
import type { IndexedVenue } from '../lib/shared/finder-index.ts';
import { reasonsText, unknownFiltersText } from '../lib/shared/reason-text.ts';
import type { FinderLabels } from './venue-finder-labels.ts';
import { facetCounts, matchFilters, sortVenues, type FigureFilter } from '../lib/shared/venue-filter.ts';
import { roomName } from '../lib/shared/venues.ts';
import { rfpQueryFor } from '../lib/shared/rfp-query.ts';
import { shortlistLimit } from '../lib/shared/shortlist.ts';
import { element } from './dom.ts';
import { fetchFinderIndex } from './open-data-fetch.ts';
import { sel } from './hooks.ts';
import { islandWords } from './island-words.ts';

const root = document.querySelector<HTMLElement>(sel('venueFinder'));
if (root) void start(root);

/** One group of the results: its heading, an optional hint, and per venue the line under its card. */
interface Group {
  key: string;
  heading: string;
  hint?: string;
  venues: { venue: IndexedVenue; note?: string }[];
}

async function start(root: HTMLElement) {
  const { locale, labels: strings, say, formatNumber } = islandWords<FinderLabels>(root);
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>(sel('finderForm'));
  const list = root.querySelector<HTMLElement>(sel('venueList'));
  const groupsRoot = root.querySelector<HTMLElement>(sel('venueGroups'));
  const count = root.querySelector<HTMLElement>(sel('resultCount'));
  const noResults = root.querySelector<HTMLElement>(sel('noResults'));
  const briefResults = root.querySelector<HTMLElement>(sel('briefResults'));
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

  const roomsLine = (a: VenueAssessment<IndexedVenue>) => {
    if (!a.plenaryRoom) return undefined;
    const name = (room: Parameters<typeof roomName>[0]) => roomName(room, locale).text;
    return say('brief.rooms', {
      room: name(a.plenaryRoom),
      breakouts: (a.breakoutRooms ?? []).map(name).join(strings['reason.listSeparator']),
    });
  };

  const briefGroups = (state: FinderState & { brief: NonNullable<FinderState['brief']> }, shown: IndexedVenue[], unknownFilters: Map<string, FigureFilter[]>) => {
    const assessments = shown.map((v) => assessVenue(v, state.brief, cityHotels.get(v.city) ?? null));
    // A venue whose filters are open cannot be said to fit: it may, once the figure is known.
    const adjusted = assessments.map((a) => (a.outcome === 'fits' && (unknownFilters.get(a.venue.slug)?.length ?? 0) > 0 ? { ...a, outcome: 'may-fit' as Outcome } : a));
    const grouped = groupByOutcome(adjusted);
    const note = (a: VenueAssessment<IndexedVenue>) => {
      const lines = [
        a.outcome === 'does-not-fit' ? undefined : roomsLine(a),
        a.reasons.length > 0 ? reasonsText(a.reasons, strings, locale, formatNumber) : undefined,
        unknownFilters.get(a.venue.slug)?.length ? unknownFiltersText(unknownFilters.get(a.venue.slug) ?? [], strings) : undefined,
      ].filter(Boolean);
      return lines.length > 0 ? lines.join(strings['reason.separator']) : undefined;
    };
    const groups: Group[] = outcomes.map((outcome) => ({
      key: outcome,
      heading: say(`brief.group.${outcome}`, { n: grouped[outcome].length }),
      hint: outcome === 'fits' ? undefined : strings[`brief.groupHint.${outcome}`],
      venues: grouped[outcome].map((a) => ({ venue: a.venue, note: note(a) })),
    }));
    return { groups, assessments: adjusted };
  };

  const rfp = root.querySelector<HTMLElement>(sel('briefRfp'));
  const renderRfpLink = (state: FinderState, assessments: VenueAssessment<IndexedVenue>[] | undefined) => {
    const anchor = rfp?.querySelector('a');
    if (!rfp || !anchor) return;
    const grouped = assessments && groupByOutcome(assessments);
    const slugs = grouped ? [...grouped.fits, ...grouped['may-fit']].map((a) => a.venue.slug) : [];
    rfp.hidden = slugs.length === 0;
    anchor.search = rfpQueryFor(state.brief, slugs, state.dates);
    (rfp.querySelector(sel('briefRfpNote')) as HTMLElement).textContent = slugs.length > shortlistLimit ? say('rfp.fromBriefNote', { n: shortlistLimit }) : '';
  };

  const renderBriefSummary = (assessments: VenueAssessment<IndexedVenue>[] | undefined) => {
    briefResults.replaceChildren();
    if (!assessments) return;
    const ranked = rankCitiesByFit(assessments);
    if (ranked.length === 0) {
      briefResults.append(element('p', 'text-base font-semibold text-ink-950', strings['brief.noneFit']));
      return;
    }
    briefResults.append(element('h3', 'text-sm font-semibold text-ink-800', strings['brief.cities']));
    const cities = element('ol', 'mt-1 flex flex-wrap gap-2 text-sm');
    for (const { city, fits, mayFit } of ranked) cities.append(element('li', 'tag', say('brief.cityCount', { city: cityNames[city] ?? city, fits, mayFit })));
    briefResults.append(cities);
  };

  const renderGroups = (groups: Group[]) => {
    groupsRoot.replaceChildren();
    for (const item of items.values()) {
      const note = item.querySelector<HTMLElement>(sel('venueNote'));
      if (note) {
        note.textContent = '';
        note.classList.add('hidden');
      }
    }
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
      for (const { venue, note } of group.venues) {
        const item = items.get(venue.slug);
        if (!item) continue;
        const noteElement = item.querySelector<HTMLElement>(sel('venueNote'));
        if (noteElement && note) {
          noteElement.textContent = note;
          noteElement.classList.remove('hidden');
        }
        ul.append(item);
      }
      section.append(ul);
      groupsRoot.append(section);
    }
  };

  const apply = (state: FinderState) => {
    const results = venues.map((venue) => ({ venue, result: matchFilters(venue, state.filters) }));
    const listed = results.filter((r) => r.result.answer !== 'no');
    const unknownFilters = new Map(listed.map((r) => [r.venue.slug, r.result.unknown]));
    const shown = sortVenues(
      listed.map((r) => r.venue),
      state.sort,
      state.filters.layout,
      locale,
    );
    let groups: Group[];
    let assessments: VenueAssessment<IndexedVenue>[] | undefined;
    if (state.brief) {
      ({ groups, assessments } = briefGroups({ ...state, brief: state.brief }, shown, unknownFilters));
    } else {
      const open = (v: IndexedVenue) => (unknownFilters.get(v.slug)?.length ?? 0) > 0;
      groups = [
        { key: 'match', heading: say('finder.group.match', { n: shown.filter((v) => !open(v)).length }), venues: shown.filter((v) => !open(v)).map((venue) => ({ venue })) },
        {
          key: 'unknown',
          heading: say('finder.group.unknown', { n: shown.filter(open).length }),
          venues: shown.filter(open).map((venue) => ({ venue, note: unknownFiltersText(unknownFilters.get(venue.slug) ?? [], strings) })),
        },
      ];
    }
    renderGroups(groups);
    list.hidden = true;
    count.textContent = say('finder.count', { n: shown.length, total: venues.length });
    noResults.classList.toggle('hidden', shown.length > 0);
    renderBriefSummary(assessments);
    renderRfpLink(state, assessments);
    const dates = root.querySelector<HTMLElement>(sel('dateFindings'));
    if (dates && (state.dates || dates.hasChildNodes())) {
      void import('./date-check-ui.ts').then((m) => m.showDates(dates, state.dates ?? '', { phrases: strings, locale, cityNames, ...(state.filters.cities.length > 0 ? { cities: state.filters.cities } : {}) }));
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
    apply(state);
  };

  const initial = parseFinderQuery(location.search);
  writeForm(initial);
  apply(initial);
  root.dataset.finderReady = '';

  form.addEventListener('change', commit);
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
