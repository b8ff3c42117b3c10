/**
 * The compare page's board pack and city charts, drawn by the compare island below its tables when
 * the planner scrolls near them or presses Print (compare-page.ts):
 * weights and must-haves (kept in the URL), scores with the figures behind them, their sources and
 * verified dates, and small bar charts of the compared cities' key figures. All text is set as text.
 */
import {
  boardScores,
  cityCriteria,
  maxWeight,
  parseBoardSettings,
  rankByScore,
  venueCriteria,
  weightOf,
  writeBoardSettings,
  type BoardFigure,
  type BoardSettings,
  type Criterion,
} from '../lib/shared/board-scores.ts';
import { intlLocale } from '../i18n/locales.ts';
import { qualifiedNumber } from '../lib/shared/number-format.ts';
import { positiveWhole } from '../lib/shared/brief-query.ts';
import { cityBarChart, cityChartMetrics } from '../lib/shared/city-charts.ts';
import type { VenueSummary } from '../lib/shared/venue-summary.ts';
import type { CitySummary } from '../lib/shared/city-summary.ts';
import type { ShortlistKind } from '../lib/shared/shortlist.ts';
import type { BoardLabelSet, CompareLabelSet } from './compare-page-labels.ts';
import { element, stickyColumn } from './dom.ts';
import { sel } from './hooks.ts';

/** The compare island's words with the board's own (fetched with this chunk). */
export type BoardWords = CompareLabelSet & BoardLabelSet;

export interface BoardInput {
  venues: VenueSummary[];
  cities: CitySummary[];
  locale: 'en' | 'zh';
  strings: BoardWords;
  say: (key: keyof BoardWords, values?: Record<string, string | number>) => string;
  formatNumber: (n: number) => string;
}

type Item = VenueSummary | CitySummary;

const nameOf = (item: Item, locale: 'en' | 'zh') => item.name[locale];

/** The figure in words: number, unit, and "more than" for a lower bound. */
function figureText(figure: BoardFigure, unit: Criterion<unknown>['unit'], input: BoardInput): string {
  const text = qualifiedNumber(input.formatNumber(figure.value), figure, { about: input.strings['common.about'], orMore: input.strings['common.orMore'] });
  return unit ? input.say(unit === 'sqm' ? 'common.sqm' : 'common.km', { n: text }) : text;
}

function sourceText(figure: BoardFigure, input: BoardInput): string {
  if (!figure.source) return '';
  const publisher = figure.source.publisher[input.locale];
  return figure.year === null ? publisher : input.say('board.figureSource', { source: publisher, year: figure.year });
}

/** One kind's board: the settings form, the scores with the figures behind them, and the ranking. */
function kindSection<T extends Item>(kind: ShortlistKind, items: T[], criteria: Criterion<T>[], input: BoardInput, onChange: () => void): HTMLElement {
  const s = input.strings;
  const label = (key: string) => s[`board.${kind === 'venues' ? 'venue' : 'city'}.${key}` as keyof BoardWords] ?? key;
  const params = new URLSearchParams(location.search);
  const settings: BoardSettings = parseBoardSettings(params, kind, criteria);
  const section = element('section', 'space-y-4');
  section.dataset.boardKind = kind;
  section.append(element('h3', 'text-lg font-bold text-ink-950', s[`board.${kind}`]));

  // Settings: a weight and a must-have per criterion.
  const form = element('table', 'no-print w-full max-w-2xl text-sm');
  const head = element('tr', 'text-left text-ink-700');
  for (const text of [s['board.criterion'], s['board.weight'], s['board.must']]) head.append(Object.assign(element('th', 'py-1 pr-3 font-semibold', text), { scope: 'col' }));
  form.append(element('thead', ''), element('tbody', ''));
  form.tHead?.append(head);
  for (const c of criteria) {
    const tr = element('tr', 'border-t border-ink-100');
    tr.append(Object.assign(element('th', 'py-1 pr-3 text-left font-medium text-ink-800', label(c.key)), { scope: 'row' }));
    const weight = element('select', 'field-input mt-0 w-20');
    weight.setAttribute('aria-label', input.say('board.weightOf', { criterion: label(c.key) }));
    weight.dataset.weight = c.key;
    for (let w = 0; w <= maxWeight; w += 1) weight.append(new Option(String(w), String(w), false, w === weightOf(settings, c.key)));
    const must = element('input', 'field-input mt-0 inline-block w-28');
    must.type = 'number';
    must.min = '1';
    must.step = '1';
    must.inputMode = 'numeric';
    must.value = settings.musts[c.key] === undefined ? '' : String(settings.musts[c.key]);
    must.setAttribute('aria-label', input.say('board.mustOf', { criterion: label(c.key) }));
    must.dataset.must = c.key;
    const mustCell = element('td', 'py-1 whitespace-nowrap');
    mustCell.append(element('span', 'mr-2 text-xs text-ink-700', s[c.better === 'more' ? 'board.atLeast' : 'board.atMost']), must);
    const weightCell = element('td', 'py-1 pr-3');
    weightCell.append(weight);
    tr.append(weightCell, mustCell);
    form.tBodies[0]?.append(tr);
  }
  form.addEventListener('change', () => {
    const next: BoardSettings = { weights: {}, musts: {} };
    for (const select of form.querySelectorAll<HTMLSelectElement>(sel('weight'))) next.weights[select.dataset.weight as string] = Number(select.value);
    for (const input of form.querySelectorAll<HTMLInputElement>(sel('must'))) {
      const threshold = positiveWhole(input.value);
      if (threshold !== undefined) next.musts[input.dataset.must as string] = threshold;
    }
    const query = new URLSearchParams(location.search);
    writeBoardSettings(query, kind, next);
    history.replaceState(null, '', `?${query.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}${location.hash}`);
    onChange();
  });
  const settingsBox = element('div', 'no-print max-w-full overflow-x-auto');
  settingsBox.append(form);
  section.append(settingsBox);

  // Scores and the figures behind them.
  const scores = boardScores(items, criteria, settings);
  const scroller = element('div', 'overflow-x-auto rounded-lg border border-ink-100 bg-white');
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', `${s['board.scores']} · ${s[`board.${kind}`]}`);
  const table = element('table', 'w-full border-collapse text-sm');
  table.dataset.boardTable = kind;
  const headRow = element('tr', 'bg-ink-50 text-left');
  headRow.append(element('td', `${stickyColumn} bg-ink-50 px-4 py-3`));
  for (const item of items) headRow.append(Object.assign(element('th', 'min-w-40 px-4 py-3 align-top font-semibold text-ink-950', nameOf(item, input.locale)), { scope: 'col' }));
  const body = element('tbody', '');
  const row = (heading: string, cells: HTMLElement[], key: string) => {
    const tr = element('tr', 'border-t border-ink-100 align-top');
    tr.dataset.boardRow = key;
    tr.append(Object.assign(element('th', `${stickyColumn} bg-white px-4 py-2 text-left font-medium text-ink-700`, heading), { scope: 'row' }), ...cells);
    body.append(tr);
  };
  row(
    s['board.score'],
    scores.map((sc) => {
      const cell = element('td', 'px-4 py-2');
      cell.append(element('strong', 'block text-base text-ink-950', sc.score === null ? s['board.noScore'] : input.say('board.scoreValue', { score: sc.score })));
      if (sc.score !== null) cell.append(element('span', 'block text-xs text-ink-700', input.say(sc.known === sc.total ? 'board.full' : 'board.partial', { known: sc.known, total: sc.total })));
      const musts: ['board.mustFails' | 'board.mustOpen' | 'board.mustMet', string[]] | undefined =
        sc.fails.length > 0 ? ['board.mustFails', sc.fails] : sc.open.length > 0 ? ['board.mustOpen', sc.open] : Object.keys(settings.musts).length > 0 ? ['board.mustMet', []] : undefined;
      if (musts) {
        const [key, list] = musts;
        const text = input.say(key, { criteria: list.map(label).join(s['reason.listSeparator']) });
        cell.append(element('span', `block text-xs font-semibold ${key === 'board.mustFails' ? 'text-vermilion-700' : key === 'board.mustOpen' ? 'text-amber-800' : 'text-jade-700'}`, text));
      }
      return cell;
    }),
    'score',
  );
  const bound = (c: Criterion<T>) => s[c.better === 'more' ? 'board.atLeast' : 'board.atMost'];
  criteria.forEach((c, i) => {
    const weight = weightOf(settings, c.key);
    const must = settings.musts[c.key];
    row(
      // The heading carries the weight and any must-have threshold, so the printed scorecard shows both.
      must === undefined
        ? input.say('board.criterionWeight', { criterion: label(c.key), weight })
        : input.say('board.criterionWeightMust', { criterion: label(c.key), weight, bound: bound(c), n: figureText({ value: must, source: null, year: null }, c.unit, input) }),
      scores.map((sc) => {
        const cell = element('td', 'px-4 py-2');
        const scored = sc.criteria[i];
        const scoped = scored?.figure ? null : c.scoped?.(sc.item);
        if (scoped) {
          // Shown with what it counts, and left out of the score: it is not the figure the criterion asks for.
          cell.append(element('span', 'block text-ink-950', figureText(scoped, c.unit, input)));
          cell.append(element('span', 'block text-xs text-ink-700', input.say('board.scopedNotScored', { scope: scoped.scope[input.locale] })));
          const source = sourceText(scoped, input);
          if (source) cell.append(element('span', 'block text-xs text-ink-600', source));
          return cell;
        }
        if (!scored?.figure) {
          cell.append(element('span', 'text-ink-600', s['common.notOnFile']));
          return cell;
        }
        cell.append(element('span', 'block text-ink-950', figureText(scored.figure, c.unit, input)));
        if (weight > 0 && scored.points !== null) cell.append(element('span', 'block text-xs text-ink-700', input.say('board.points', { points: (Math.round(scored.points * 100) / 100).toString(), weight })));
        const source = sourceText(scored.figure, input);
        if (source) cell.append(element('span', 'block text-xs text-ink-600', source));
        return cell;
      }),
      c.key,
    );
  });
  row(
    s['board.verified'],
    items.map((item) => element('td', 'px-4 py-2 text-ink-700', 'verified' in item ? (item.verified ?? s['board.notVerified']) : s['board.noVerifiedDate'])),
    'verified',
  );
  table.append(element('thead', ''), body);
  table.tHead?.append(headRow);
  scroller.append(table);
  section.append(scroller);

  section.append(element('p', 'text-sm font-semibold text-ink-800', s['board.rankRule']));
  const ranking = element('ol', 'list-decimal space-y-1 pl-6 text-sm');
  ranking.dataset.boardRanking = kind;
  for (const sc of rankByScore(scores)) {
    const scoreText =
      sc.score === null
        ? s['board.noScore']
        : `${input.say('board.scoreValue', { score: sc.score })} · ${input.say(sc.known < sc.total ? 'board.partial' : 'board.full', { known: sc.known, total: sc.total })}`;
    const fails = sc.fails.length > 0 ? ` · ${input.say('board.mustFails', { criteria: sc.fails.map(label).join(s['reason.listSeparator']) })}` : '';
    ranking.append(element('li', '', `${nameOf(sc.item, input.locale)}${s['common.colon']}${scoreText}${fails}`));
  }
  section.append(ranking);
  return section;
}

/** Draws the board pack into its hook (`data-board`) for the items shown. */
export function renderBoardPack(root: HTMLElement, input: BoardInput): void {
  const box = root.querySelector<HTMLElement>(sel('board'));
  const sections = box?.querySelector<HTMLElement>(sel('boardSections'));
  if (!box || !sections) return;
  box.hidden = input.venues.length + input.cities.length === 0;
  for (const [hook, key] of [['boardLead', 'board.lead'], ['boardRule', 'board.rule']] as const) {
    const paragraph = box.querySelector(sel(hook));
    if (paragraph) paragraph.textContent = input.strings[key];
  }
  const printed = box.querySelector<HTMLElement>(sel('boardPrinted'));
  const draw = () => {
    sections.replaceChildren();
    // What the printed scorecard ends with: the day and the link that reproduces it (weights and must-haves are in the URL).
    if (printed) printed.textContent = input.say('board.printed', { date: new Intl.DateTimeFormat(intlLocale[input.locale], { dateStyle: 'long' }).format(new Date()), link: location.href });
    if (input.venues.length > 0) sections.append(kindSection('venues', input.venues, venueCriteria, input, draw));
    if (input.cities.length > 0) sections.append(kindSection('cities', input.cities, cityCriteria, input, draw));
  };
  draw();
}

/** The city figures drawn as small charts (in the order of cityCriteria). */
const chartedCityFigures = ['hotelRooms', 'icca', 'venues', 'theatre', 'airport'];

/** Small SVG bar charts of the compared cities' key figures, after the cities table. */
export function renderCityCharts(container: HTMLElement | null, input: BoardInput): void {
  if (!container || input.cities.length === 0) return;
  const s = input.strings;
  const m = cityChartMetrics;
  const ns = 'http://www.w3.org/2000/svg';
  const wrapper = element('div', 'mt-6');
  wrapper.dataset.cityCharts = '';
  wrapper.append(element('h3', 'mb-3 text-lg font-bold text-ink-950', s['chart.cities.title']));
  const grid = element('div', 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3');
  for (const criterion of cityCriteria.filter((c) => chartedCityFigures.includes(c.key))) {
    const title = s[`board.city.${criterion.key}` as keyof BoardWords] ?? criterion.key;
    const rows = input.cities.map((city) => ({ label: nameOf(city, input.locale), figure: criterion.figure(city), scoped: criterion.scoped?.(city) ?? null }));
    const chart = cityBarChart(rows.map((r) => ({ label: r.label, value: r.figure?.value ?? null })));
    // Each figure with its year (or the airport it is of): figures of different years are never compared unmarked.
    const valueText = (r: (typeof rows)[number]) => {
      if (!r.figure) return s[r.scoped ? 'chart.cities.notCompared' : 'chart.cities.notOnFile'];
      const value = figureText(r.figure, criterion.unit, input);
      return r.figure.year !== null ? input.say('chart.cities.valueYear', { value, year: r.figure.year }) : r.figure.of ? input.say('chart.cities.valueOf', { value, of: r.figure.of }) : value;
    };
    // Below the chart, what it cannot show: a narrower count, an airport with no distance on file.
    const notes = input.cities.flatMap((city, i) => {
      const row = rows[i] as (typeof rows)[number];
      const lines: string[] = [];
      if (row.scoped) {
        lines.push(input.say('chart.cities.scoped', { city: row.label, value: figureText(row.scoped, criterion.unit, input), year: row.scoped.year ?? '', scope: row.scoped.scope[input.locale] }));
      }
      const undistanced = criterion.key === 'airport' ? city.airports.filter((a) => a.km === null).map((a) => a.code) : [];
      if (undistanced.length > 0) {
        lines.push(input.say(row.figure ? 'chart.cities.airportNoDistance' : 'chart.cities.airportsNoDistance', { city: row.label, codes: undistanced.join(s['reason.listSeparator']) }));
      }
      return lines;
    });
    const figure = element('figure', 'card p-3');
    figure.append(element('figcaption', 'mb-1 text-sm font-semibold text-ink-800', title));
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('font-size', String(m.fontSize));
    svg.setAttribute('aria-label', input.say('chart.cities.summary', { figure: title, values: rows.map((r) => `${r.label} ${valueText(r)}`).join(s['reason.separator']) }));
    if (notes.length > 0) svg.setAttribute('aria-description', notes.join(' '));
    svg.classList.add('block', 'h-auto', 'w-full', 'fill-ink-950');
    svg.dataset.cityChart = criterion.key;
    chart.bars.forEach((bar, i) => {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(bar.y));
      label.textContent = bar.label;
      const value = document.createElementNS(ns, 'text');
      value.setAttribute('x', String(chart.barX + bar.width + 4));
      value.setAttribute('y', String(bar.y));
      value.textContent = valueText(rows[i] as (typeof rows)[number]);
      if (bar.value === null) value.classList.add('fill-ink-600');
      svg.append(label, value);
      if (bar.value !== null) {
        const rect = document.createElementNS(ns, 'rect');
        rect.setAttribute('x', String(chart.barX));
        rect.setAttribute('y', String(bar.y - m.barHeight + 2));
        rect.setAttribute('width', String(bar.width));
        rect.setAttribute('height', String(m.barHeight));
        rect.classList.add('fill-ink-600');
        svg.append(rect);
      }
    });
    figure.append(svg);
    for (const note of notes) figure.append(element('p', 'mt-1 text-xs text-ink-700', note));
    grid.append(figure);
  }
  wrapper.append(grid);
  container.append(wrapper);
}
