/**
 * The date check's findings in words, in the page's language: what falls on the dates, whether it is
 * announced or expected, why it matters to a planner, and where it comes from. Dictionary-free: the
 * island passes the phrases its page gave it.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import { citation } from './citation.ts';
import { spanText } from './span-text.ts';
import type { Finding } from './date-check.ts';
import type { CalendarRecord, SourceRecord } from './records.ts';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export type DatePhrases = Record<Extract<UiKey, `dates.${string}`>, string>;

export interface FindingText {
  title: string;
  note: string;
  why: string;
  source: string;
}

/** A day with its weekday: "Sunday 20 September 2026" / "2026年9月20日（星期日）". */
export function dayText(day: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(utc(day));
  return locale === 'zh' ? `${spanText(day, day, locale)}（${weekday}）` : `${weekday} ${spanText(day, day, locale)}`;
}

/** One finding in words; `cityName` names a fair's city in the page's language. */
export function findingText(finding: Finding, calendar: CalendarRecord, p: DatePhrases, locale: Locale, cityName: (slug: string) => string): FindingText {
  const cite = (id: string, list: readonly SourceRecord[] = calendar.sources) => {
    const source = list.find((s) => s.id === id);
    return source ? fill(p['dates.source'], { source: citation(source, locale, true) }) : '';
  };
  const span = (from: string, to: string) => spanText(from, to, locale);
  switch (finding.kind) {
    case 'holiday': {
      const h = finding.holiday;
      const name = p[`dates.festival.${h.festival}`];
      return {
        title: fill(p[h.status === 'announced' ? 'dates.holiday' : 'dates.holidayExpected'], { name, dates: span(h.from, h.to) }),
        note: h.status === 'announced' ? p['dates.announcedNote'] : fill(p['dates.expectedNote'], { year: h.year }),
        why: p[h.festival === 'spring-festival' ? 'dates.why.springFestival' : 'dates.why.holiday'],
        source: cite(h.source),
      };
    }
    case 'workday':
      return {
        title: fill(p['dates.workday'], { day: dayText(finding.day, locale), name: p[`dates.festival.${finding.holiday.festival}`] }),
        note: p['dates.announcedNote'],
        why: p['dates.why.workday'],
        source: cite(finding.holiday.source),
      };
    case 'peak': {
      const peak = finding.peak;
      const travel = peak.kind === 'spring-festival-travel';
      return {
        title: fill(p[`dates.peak.${peak.kind}`], { dates: span(peak.from, peak.to) }),
        note: travel ? p[peak.status === 'announced' ? 'dates.travelRushAnnounced' : 'dates.travelRushRule'] : peak.status === 'announced' ? p['dates.goldenWeekNote'] : fill(p['dates.expectedNote'], { year: peak.year }),
        why: p[travel ? 'dates.why.travelRush' : 'dates.why.goldenWeek'],
        source: cite(peak.source),
      };
    }
    case 'event': {
      const { event, edition } = finding;
      return {
        title: fill(p['dates.event'], { name: event.name[locale], city: cityName(event.city), dates: span(edition.from, edition.to) }),
        note: [event.place[locale], event.scale?.[locale]].filter(Boolean).join(p['dates.separator']),
        why: p['dates.why.fair'],
        source: cite(edition.source, event.sources),
      };
    }
    case 'pattern': {
      const { event, editions } = finding;
      const held = editions.map((e) => fill(p['dates.patternEdition'], { dates: span(e.from, e.to) })).join(p['dates.listSeparator']);
      return {
        title: fill(p['dates.pattern'], { name: event.name[locale], city: cityName(event.city), held }),
        note: fill(p['dates.patternNote'], { year: finding.year }),
        why: p['dates.why.fair'],
        source: editions.map((e) => cite(e.source, event.sources)).filter((s, i, all) => all.indexOf(s) === i).join(p['dates.separator']),
      };
    }
    case 'uncovered':
      return { title: fill(p['dates.uncovered'], { year: finding.year }), note: p['dates.uncoveredNote'], why: '', source: '' };
  }
}

/** A finding as one line of text, for the request's files. */
export const findingLine = (text: FindingText, p: DatePhrases) => [text.title, text.note, text.why, text.source].filter(Boolean).join(p['dates.separator']);
