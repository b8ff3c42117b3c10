/**
 * The venue finder island: filters, sorts and matches an event brief over the list the page already
 * shows, keeping the state in the URL. Without this script the page is the complete list.
 */
import { assessVenue, nearMisses, rankCitiesByFit, type VenueAssessment } from '../lib/brief.ts';
import { finderQuery, parseFinderQuery, type FinderState } from '../lib/finder-query.ts';
import type { VenueRecord } from '../lib/open-data.ts';
import { shortfallText, type Phrases } from '../lib/shortfall-text.ts';
import { filterVenues } from '../lib/venue-filter.ts';
import { fillPlaceholders as fill } from '../i18n/placeholders.ts';
import { element } from './dom.ts';

interface CityRecord {
  slug: string;
  hotelRooms: { count: number } | null;
}

const root = document.querySelector<HTMLElement>('[data-venue-finder]');
if (root) void start(root);


async function start(root: HTMLElement) {
  const locale = root.dataset.locale === 'zh' ? 'zh' : 'en';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string> & Phrases;
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]');
  const list = root.querySelector<HTMLElement>('[data-venue-list]');
  const count = root.querySelector<HTMLElement>('[data-result-count]');
  const noResults = root.querySelector<HTMLElement>('[data-no-results]');
  const briefResults = root.querySelector<HTMLElement>('[data-brief-results]');
  if (!form || !list || !count || !noResults || !briefResults) return;

  let venues: VenueRecord[];
  let cityHotels: Map<string, number | null>;
  try {
    const [venueResponse, cityResponse] = await Promise.all([fetch('/data/venues.json'), fetch('/data/cities.json')]);
    if (!venueResponse.ok || !cityResponse.ok) throw new Error('data unavailable');
    venues = (await venueResponse.json()) as VenueRecord[];
    const cities = (await cityResponse.json()) as CityRecord[];
    cityHotels = new Map(cities.map((c) => [c.slug, c.hotelRooms?.count ?? null]));
  } catch {
    count.textContent = strings['finder.loadError'] ?? '';
    return;
  }

  const items = new Map<string, HTMLElement>();
  for (const item of list.querySelectorAll<HTMLElement>('[data-venue-item]')) items.set(item.dataset.venueItem ?? '', item);
  const formatNumber = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format;

  for (const hidden of root.querySelectorAll<HTMLElement>('[data-finder-filters], [data-finder-brief]')) hidden.hidden = false;

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

  const renderBrief = (assessments: VenueAssessment<VenueRecord>[] | undefined) => {
    briefResults.replaceChildren();
    if (!assessments) return;
    const fitting = assessments.filter((a) => a.fits);
    briefResults.append(
      element('p', 'text-base font-semibold text-ink-950', fitting.length > 0 ? fill(strings[fitting.length === 1 ? 'brief.fitting.one' : 'brief.fitting'] ?? '', { n: fitting.length }) : (strings['brief.noneFit'] ?? '')),
    );
    const ranked = rankCitiesByFit(assessments);
    if (ranked.length > 0) {
      briefResults.append(element('h3', 'mt-3 text-sm font-semibold text-ink-800', strings['brief.cities']));
      const cities = element('ol', 'mt-1 flex flex-wrap gap-2 text-sm');
      for (const { city, fitting: n } of ranked) cities.append(element('li', 'tag', fill(strings['brief.cityCount'] ?? '', { city: cityNames[city] ?? city, n })));
      briefResults.append(cities);
    }
    const misses = nearMisses(assessments, 4);
    if (misses.length > 0) {
      briefResults.append(element('h3', 'mt-4 text-sm font-semibold text-ink-800', strings['brief.nearMisses']));
      const ul = element('ul', 'mt-1 space-y-1 text-sm text-ink-700');
      for (const miss of misses) {
        const li = element('li', '');
        li.append(element('span', 'font-medium text-ink-950', `${miss.venue.name[locale]}: `));
        li.append(document.createTextNode(miss.shortfalls.map((s) => shortfallText(s, strings, formatNumber)).join('; ')));
        ul.append(li);
      }
      briefResults.append(ul);
    }
  };

  const apply = (state: FinderState) => {
    let shown = filterVenues(venues, state.filters, state.sort, locale);
    let assessments: VenueAssessment<VenueRecord>[] | undefined;
    if (state.brief) {
      const brief = state.brief;
      assessments = venues.map((v) => assessVenue(v, brief, cityHotels.get(v.city) ?? null));
      const fits = new Set(assessments.filter((a) => a.fits).map((a) => a.venue.slug));
      shown = shown.filter((v) => fits.has(v.slug));
    }
    const shownSlugs = new Set(shown.map((v) => v.slug));
    for (const [slug, item] of items) item.hidden = !shownSlugs.has(slug);
    list.append(...shown.flatMap((v) => items.get(v.slug) ?? []));
    count.textContent = fill(strings['finder.count'] ?? '', { n: shown.length, total: venues.length });
    noResults.classList.toggle('hidden', shown.length > 0);
    renderBrief(assessments);
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
  root.querySelector('[data-clear-brief]')?.addEventListener('click', () => {
    for (const name of ['plenary', 'breakouts', 'breakoutSeats', 'exhibition', 'cityHotels']) {
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
