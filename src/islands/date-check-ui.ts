/**
 * The date check on a page: fetches /data/calendar.json once (this site's own), finds what falls on
 * the dates and writes it into a findings box, as text. Loaded only when dates are given, by the
 * city pages' date tool, the request for proposal and the finder. Returns the findings as lines.
 */
import type { Locale } from '../i18n/locales.ts';
import { checkDates, dateSpan } from '../lib/shared/date-check.ts';
import { findingLine, findingText, type DatePhrases } from '../lib/shared/date-text.ts';
import type { CalendarRecord } from '../lib/shared/records.ts';
import { element } from './dom.ts';
import { fetchJson, fetchWords } from './open-data-fetch.ts';

let calendar: Promise<CalendarRecord> | undefined;
const loadCalendar = () => (calendar ??= fetchJson<CalendarRecord>('/data/calendar.json'));

/** The date check's words in `locale` (/{locale}/words/dates.json). */
export const datePhrases = (locale: Locale) => fetchWords<DatePhrases>(locale, 'dates');

export interface DateCheckOptions {
  locale: Locale;
  cityNames: Record<string, string>;
  /** The cities whose fairs count; all when absent. */
  cities?: readonly string[];
}

/**
 * Writes the findings for `text` into `box`; an empty text clears it. Marks the box ready with the
 * dates it shows. Where the words or the calendar cannot be loaded, says so in the box's own words
 * (`data-load-error`, written into the page).
 */
export async function showDates(box: HTMLElement, text: string, options: DateCheckOptions): Promise<string[]> {
  const { locale, cityNames, cities } = options;
  const span = dateSpan(text);
  const done = (nodes: HTMLElement[], lines: string[]) => {
    box.replaceChildren(...nodes);
    box.dataset.dateReady = text;
    return lines;
  };
  if (text.trim() === '') return done([], []);
  let p: DatePhrases;
  let data: CalendarRecord;
  try {
    [p, data] = await Promise.all([datePhrases(locale), loadCalendar()]);
  } catch {
    calendar = undefined;
    return done([element('p', 'text-sm text-amber-800', box.dataset.loadError ?? '')], []);
  }
  if (!span) return done([element('p', 'text-sm text-ink-700', p['dates.unreadable'])], []);
  const texts = checkDates(span, data, cities).map((f) => findingText(f, data, p, locale, (slug) => cityNames[slug] ?? slug));
  if (texts.length === 0) return done([element('p', 'text-sm text-ink-700', p['dates.none'])], []);
  const list = element('ul', 'space-y-3');
  for (const t of texts) {
    const item = element('li', 'rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm print:break-inside-avoid');
    item.append(element('p', 'font-semibold text-ink-950', t.title));
    for (const [line, style] of [[t.note, 'text-ink-800'], [t.why, 'text-ink-800'], [t.source, 'text-xs text-ink-600']] as const) if (line) item.append(element('p', `mt-1 ${style}`, line));
    list.append(item);
  }
  return done([list], texts.map((t) => findingLine(t, p)));
}
