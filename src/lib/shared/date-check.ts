/**
 * The date check: which public holidays, adjusted working days (调休), travel peaks and listed fairs
 * fall on a planner's dates. Pure, over `/data/calendar.json` (CalendarRecord): the request, the
 * finder and the city pages' date tool all run it. Fairs already held count only as a pattern.
 */
import type { CalendarEventRecord, CalendarRecord, HolidayRecord, PeakRecord } from './records.ts';

/** Inclusive days, YYYY-MM-DD. */
export interface DateSpan {
  from: string;
  to: string;
}

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/**
 * The days a request's `dates` cover, read as the request reads them (rfp-query.ts's readDates): a
 * day, a month, or a range of either joined by "/"; undefined for words or nothing. Kept apart from
 * the request's modules so pages load the date check without them.
 */
export function dateSpan(text: string): DateSpan | undefined {
  const [from = '', to = from, ...rest] = text.split('/').map((part) => part.trim());
  if (rest.length > 0 || (text.includes('/') && to <= from)) return undefined;
  if (isDay(from) && isDay(to)) return { from, to };
  if (isMonth(from) && isMonth(to)) return { from: `${from}-01`, to: lastDayOfMonth(to) };
  return undefined;
}

export type Finding =
  | { kind: 'holiday'; holiday: HolidayRecord; from: string; to: string }
  | { kind: 'workday'; holiday: HolidayRecord; day: string }
  | { kind: 'peak'; peak: PeakRecord; from: string; to: string }
  | { kind: 'event'; event: CalendarEventRecord; edition: CalendarEventRecord['editions'][number]; from: string; to: string }
  /** Editions already held whose days, moved to the requested year, overlap it: a pattern, not an announcement. */
  | { kind: 'pattern'; event: CalendarEventRecord; editions: CalendarEventRecord['editions']; year: number }
  /** A requested year the calendar does not cover. */
  | { kind: 'uncovered'; year: number };

/** The overlap of two spans, or undefined. */
export function overlap(a: DateSpan, b: DateSpan): DateSpan | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}

const yearsOf = (span: DateSpan) => {
  const years: number[] = [];
  for (let y = Number(span.from.slice(0, 4)); y <= Number(span.to.slice(0, 4)); y += 1) years.push(y);
  return years;
};

/** A fair's past editions, each moved to `year`, that overlap the span. */
function patternEditions(event: CalendarEventRecord, span: DateSpan, year: number, today: string) {
  return event.editions.filter((e) => {
    if (e.to >= today) return false;
    const shift = year - Number(e.from.slice(0, 4));
    const moved = { from: `${Number(e.from.slice(0, 4)) + shift}${e.from.slice(4)}`, to: `${Number(e.to.slice(0, 4)) + shift}${e.to.slice(4)}` };
    return overlap(moved, span) !== undefined;
  });
}

/**
 * What falls on the span, in date order: holidays and their adjusted working days, peaks, fairs whose
 * announced editions overlap and, for a year with no edition dated, past editions as a pattern.
 * `cities` limits the fairs to those cities (all when absent).
 */
export function checkDates(span: DateSpan, calendar: CalendarRecord, cities?: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const covered = new Set(calendar.holidays.map((h) => h.year));
  for (const year of yearsOf(span)) if (!covered.has(year)) findings.push({ kind: 'uncovered', year });
  for (const holiday of calendar.holidays) {
    const days = overlap(span, holiday);
    if (days) findings.push({ kind: 'holiday', holiday, ...days });
    for (const day of holiday.workdays) if (day >= span.from && day <= span.to) findings.push({ kind: 'workday', holiday, day });
  }
  for (const peak of calendar.peaks) {
    const days = overlap(span, peak);
    if (days) findings.push({ kind: 'peak', peak, ...days });
  }
  for (const event of calendar.events) {
    if (cities && !cities.includes(event.city)) continue;
    for (const year of yearsOf(span)) {
      const dated = event.editions.filter((e) => Number(e.from.slice(0, 4)) === year);
      for (const edition of dated) {
        const days = overlap(span, edition);
        if (days) findings.push({ kind: 'event', event, edition, ...days });
      }
      if (dated.length > 0) continue;
      const editions = patternEditions(event, span, year, calendar.generated);
      if (editions.length > 0) findings.push({ kind: 'pattern', event, editions, year });
    }
  }
  const start = (f: Finding) => (f.kind === 'workday' ? f.day : f.kind === 'pattern' || f.kind === 'uncovered' ? `${f.year}-99` : f.from);
  return findings.sort((a, b) => start(a).localeCompare(start(b)));
}

/** Whether the findings include a Golden Week or the Spring Festival (holiday or travel rush): what a request must say up front. */
export const crossesMajorBreak = (findings: readonly Finding[]) =>
  findings.some((f) => (f.kind === 'holiday' && (f.holiday.festival === 'spring-festival' || f.holiday.festival === 'national-day' || f.holiday.festival === 'labour-day')) || f.kind === 'peak');
