/**
 * The compare page: reads ?venues=&cities= (or, with none, the stored shortlist), builds the
 * side-by-side tables from the open data, and offers print and CSV. All text is set as text.
 */
import './language-state.ts'; // this page keeps its state in the URL: the language switcher follows it
import { compareCityRows } from '../lib/shared/city-comparison.ts';
import { compareCsv, compareVenueRows, type CompareRow } from '../lib/shared/venue-comparison.ts';
import { listingKeys, type ListingPhrases } from '../lib/shared/listing-text.ts';
import { citation } from '../lib/shared/citation.ts';
import { layouts, type Layout } from '../lib/shared/seating.ts';
import type { SourceName } from '../lib/shared/records.ts';
import type { VenueSummary } from '../lib/shared/venue-summary.ts';
import type { CitySummary } from '../lib/shared/city-summary.ts';
import { compareQuery, parseCompareQuery, toggleShortlisted, type Shortlist, type ShortlistKind } from '../lib/shared/shortlist.ts';
import { venueTypes } from '../lib/shared/vocabulary.ts';
import type { BoardLabelSet, CompareLabelSet } from './compare-page-labels.ts';
import { readShortlist, writeShortlist } from './shortlist-store.ts';
import { element, stickyColumn } from './dom.ts';
import { fetchCitySummaries, fetchVenueSummaries, fetchWords } from './open-data-fetch.ts';
import { entityPath } from '../i18n/paths.ts';
import { keepBoardKeys } from '../lib/shared/board-query.ts';
import { sel } from './hooks.ts';
import { islandWords, sayIn } from './island-words.ts';
import type { BoardInput, BoardWords } from './board-pack.ts';

const root = document.querySelector<HTMLElement>(sel('compare'));
if (root) void start(root);


async function start(root: HTMLElement) {
  const { locale, labels: s, say, formatNumber: number } = islandWords<CompareLabelSet>(root);
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const tables = root.querySelector<HTMLElement>(sel('compareTables'));
  const unknownNote = root.querySelector<HTMLElement>(sel('compareUnknown'));
  const empty = root.querySelector<HTMLElement>(sel('compareEmpty'));
  const actions = root.querySelector<HTMLElement>(sel('compareActions'));
  if (!tables || !unknownNote || !empty || !actions) return;
  root.querySelector(sel('compareNojs'))?.remove();

  const parsed = parseCompareQuery(location.search);
  let list: Shortlist = parsed.list;
  if (list.venues.length + list.cities.length === 0 && parsed.malformed.length === 0) {
    list = readShortlist();
    if (list.venues.length + list.cities.length > 0) history.replaceState(null, '', `?${keepBoardKeys(compareQuery(list), location.search)}${location.hash}`);
  }

  // Only the records this comparison shows: one small file per venue and per city.
  let venues: VenueSummary[];
  let cities: CitySummary[];
  try {
    [venues, cities] = await Promise.all([fetchVenueSummaries(list.venues), fetchCitySummaries(list.cities)]);
  } catch {
    // As the finder does: say so, rather than leave an empty page.
    unknownNote.hidden = false;
    unknownNote.textContent = s['compare.loadError'];
    return;
  }

  const venueLabels = {
    city: s['venue.city'],
    type: s['venue.type'],
    rooms: s['venue.meetingRooms'],
    largestRoom: s['compare.largestRoomArea'],
    exhibitionSpace: s['compare.exhibition'],
    hotelRooms: s['compare.cityHotelRooms'],
    airport: s['compare.airportKm'],
    verified: s['compare.verified'],
    source: s['common.source'],
    layouts: Object.fromEntries(layouts.map((l) => [l, say('compare.largestLayout', { layout: s[`layout.${l}`] })])) as Record<Layout, string>,
    venueTypes: Object.fromEntries(venueTypes.map((t) => [t, s[`venueType.${t}`]])),
    cityNames,
    listing: Object.fromEntries(listingKeys.map((key) => [key, s[key]])) as ListingPhrases,
    formatNumber: number,
    orMore: s['common.orMore'],
    cite: (source: SourceName) => citation(source, locale),
  };

  // The note above the tables: what the URL named that is not on the site, then whether the charts
  // and the scorecard failed to load (the tables stand).
  let unknownText = '';
  let chartsFailed = false;
  const showNote = () => {
    unknownNote.textContent = [unknownText, chartsFailed ? s['compare.chartsLoadError'] : ''].filter(Boolean).join(' ');
    unknownNote.hidden = unknownNote.textContent === '';
  };

  const render = () => {
    tables.replaceChildren();
    const shownVenues = list.venues.flatMap((slug) => venues.find((v) => v.slug === slug) ?? []);
    const shownCities = list.cities.flatMap((slug) => cities.find((c) => c.slug === slug) ?? []);
    const unknown = [
      ...parsed.malformed,
      ...list.venues.filter((slug) => !venues.some((v) => v.slug === slug)),
      ...list.cities.filter((slug) => !cities.some((c) => c.slug === slug)),
    ];
    unknownText = unknown.length > 0 ? say('compare.unknown', { items: unknown.join(', ') }) : '';
    showNote();
    empty.hidden = shownVenues.length + shownCities.length > 0;
    actions.hidden = !empty.hidden;
    const rfpLink = root.querySelector<HTMLAnchorElement>(sel('compareRfp'));
    if (rfpLink) {
      rfpLink.hidden = shownVenues.length === 0;
      rfpLink.search = compareQuery({ venues: shownVenues.map((v) => v.slug), cities: [] });
    }

    const section = (kind: ShortlistKind, title: string, headers: { slug: string; name: string }[], rows: CompareRow[]) => {
      const wrapper = element('section', '');
      wrapper.append(element('h2', 'mb-4 text-xl font-bold text-ink-950', title));
      const scroller = element('div', 'overflow-x-auto rounded-lg border border-ink-100 bg-white');
      scroller.tabIndex = 0;
      scroller.setAttribute('role', 'region');
      scroller.setAttribute('aria-label', title);
      const table = element('table', 'w-full border-collapse text-sm');
      table.dataset.compareTable = kind;
      const head = element('tr', 'bg-ink-50 text-left');
      head.append(element('td', `${stickyColumn} bg-ink-50 px-4 py-3`));
      for (const { slug, name } of headers) {
        const th = element('th', 'min-w-36 px-4 py-3 align-top font-semibold text-ink-950 [overflow-wrap:anywhere]');
        th.scope = 'col';
        const link = element('a', 'link', name);
        link.href = entityPath(locale, kind, slug);
        // A target of at least 24 × 24 px (WCAG 2.2), as on a phone.
        const remove = element('button', 'no-print mt-1 flex size-8 items-center justify-center rounded-md border border-ink-200 text-lg leading-none font-normal text-vermilion-700 hover:bg-vermilion-50', '×');
        remove.type = 'button';
        remove.setAttribute('aria-label', say('compare.remove', { name }));
        remove.addEventListener('click', () => {
          list = toggleShortlisted(list, kind, slug);
          writeShortlist(list);
          history.replaceState(null, '', `?${keepBoardKeys(compareQuery(list), location.search)}${location.hash}`);
          render();
        });
        th.append(link, remove);
        head.append(th);
      }
      const thead = element('thead', '');
      thead.append(head);
      const tbody = element('tbody', '');
      for (const row of rows) {
        const tr = element('tr', 'border-t border-ink-100');
        const th = element('th', `${stickyColumn} bg-white px-4 py-2 text-left font-medium text-ink-700`, row.label);
        th.scope = 'row';
        tr.append(th);
        for (const value of row.values) {
          // A figure nobody published is said to be so, never left blank or read as 0.
          const text = value === null ? (row.key === 'verified' ? s['compare.notVerified'] : s['common.notOnFile']) : typeof value === 'number' ? number(value) : value;
          const cell = element('td', 'px-4 py-2 [overflow-wrap:anywhere]', text);
          tr.append(cell);
        }
        tbody.append(tr);
      }
      table.append(thead, tbody);
      scroller.append(table);
      wrapper.append(scroller);
      tables.append(wrapper);
      return { headers: headers.map((h) => h.name), rows };
    };

    const sections: { headers: string[]; rows: CompareRow[] }[] = [];
    if (shownVenues.length > 0) {
      const rows = compareVenueRows(shownVenues, venueLabels);
      sections.push(section('venues', s['compare.venues'], shownVenues.map((v) => ({ slug: v.slug, name: v.name[locale] })), rows));
    }
    if (shownCities.length > 0) {
      const rows = compareCityRows(shownCities, locale, {
        province: s['compare.province'],
        foundingMember: s['compare.foundingMember'],
        airports: s['compare.airportCodes'],
        hotelRooms: s['compare.cityHotelRooms'],
        venues: s['compare.venueCount'],
        ambassadors: s['compare.ambassadors'],
        yes: s['compare.yes'],
        no: s['compare.no'],
        countInYear: s['city.hotelRoomsValue'],
        countScoped: s['compare.hotelRoomsScoped'],
        about: s['common.about'],
        orMore: s['common.orMore'],
        km: s['common.km'],
        listSeparator: s['reason.listSeparator'],
        formatNumber: number,
      });
      sections.push(section('cities', s['compare.cities'], shownCities.map((c) => ({ slug: c.slug, name: c.name[locale] })), rows));
    }
    csvSections = sections;
    shown = { venues: shownVenues, cities: shownCities };
    citySection = tables.querySelector<HTMLElement>(sel('compareTable', 'cities'))?.closest('section') ?? null;
    boardDrawn = false;
    if (boardNear) void drawBoard();
  };

  // The city charts and the scorecard sit below the tables: their code and words load once the
  // planner scrolls near them or presses Print, so the figures come first and a glance at the tables
  // costs 5 KB less. (The browser's own print command cannot wait for them: it prints what is drawn.)
  // Each drawing of the tables gets them once (`boardDrawn`), for the list shown when they arrive; a
  // failed load is tried again when the list changes or Print is pressed (the browser keeps a loaded
  // chunk, fetchWords its words).
  let csvSections: { headers: string[]; rows: CompareRow[] }[] = [];
  let shown: Pick<BoardInput, 'venues' | 'cities'> = { venues: [], cities: [] };
  let citySection: HTMLElement | null = null;
  let boardDrawn = false;
  let boardNear = false;
  const drawBoard = async () => {
    if (boardDrawn) return;
    if (shown.venues.length + shown.cities.length === 0) {
      // Nothing to score: hide what an earlier list drew, and load nothing for it.
      const box = root.querySelector<HTMLElement>(sel('board'));
      if (box) box.hidden = true;
      boardDrawn = true;
      return;
    }
    try {
      const [{ renderBoardPack, renderCityCharts }, boardWords] = await Promise.all([import('./board-pack.ts'), fetchWords<BoardLabelSet>(locale, 'board')]);
      if (boardDrawn) return;
      boardDrawn = true;
      const strings: BoardWords = { ...s, ...boardWords };
      const board: BoardInput = { ...shown, locale, strings, say: sayIn(locale, strings), formatNumber: number };
      renderCityCharts(citySection, board);
      renderBoardPack(root, board);
      chartsFailed = false;
    } catch {
      chartsFailed = true;
    }
    showNote();
  };

  render();
  // Watched once the tables stand, where the charts will be drawn.
  const near = root.querySelector(sel('boardNear'));
  const nearBoard = () => {
    boardNear = true;
    return drawBoard();
  };
  if (near && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void nearBoard();
    }, { rootMargin: '0px 0px 200px 0px' });
    observer.observe(near);
  } else void nearBoard();

  // The Print button draws the charts first (once, however often it is pressed while they load).
  let printing = false;
  root.querySelector(sel('comparePrint'))?.addEventListener('click', () => {
    if (printing) return;
    printing = true;
    void nearBoard().finally(() => {
      printing = false;
      window.print();
    });
  });
  root.querySelector(sel('boardPrint'))?.addEventListener('click', () => {
    document.documentElement.dataset.printing = 'board';
    window.print();
  });
  window.addEventListener('afterprint', () => delete document.documentElement.dataset.printing);
  root.querySelector(sel('compareCsv'))?.addEventListener('click', () => {
    // One BOM at the very start; each section after the first is separated by a blank line.
    const csv = csvSections.map((sec, i) => compareCsv(sec.headers, sec.rows).slice(i === 0 ? 0 : 1)).join('\r\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = 'comparison.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  });
}
