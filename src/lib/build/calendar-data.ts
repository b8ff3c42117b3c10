/**
 * `/data/calendar.json`, built once per build: public holidays and adjusted working days from the
 * pinned `chinese-days` data (the State Council's notices) for the years it holds; for later years
 * the festival dates from the `tyme4ts` lunisolar calendar with the statutory days of the holiday
 * regulation, marked expected; the travel peaks that follow; and the fairs in content/calendar.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { LunarDay, SolarDay, SolarTerm } from 'tyme4ts';
import { isoDay } from './iso-day.ts';
import { sourceRecords } from './open-data.ts';
import type { CalendarEventFacts } from './schemas.ts';
import { holidayNotices, mayDayTravel, nationalDayTravel, regulation, springFestivalTravel, springFestivalTravelAnnounced } from './calendar-sources.ts';
import type { CalendarEventRecord, CalendarRecord, Festival, HolidayRecord, PeakRecord } from '../shared/records.ts';

/** The English names `chinese-days` gives, to the site's festival keys. */
const festivalByName: Record<string, Festival> = {
  "New Year's Day": 'new-year',
  'Spring Festival': 'spring-festival',
  'Tomb-sweeping Day': 'qingming',
  'Labour Day': 'labour-day',
  'Dragon Boat Festival': 'dragon-boat',
  'Mid-autumn Festival': 'mid-autumn',
  'National Day': 'national-day',
};

type DayTable = Record<string, string>;

/** A day plus n days, as YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

const solarIso = (day: SolarDay) => `${day.getYear()}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;

/** The Spring Festival (正月初一) of a Gregorian year, from the lunisolar calendar. */
export const springFestivalDay = (year: number) => solarIso(LunarDay.fromYmd(year, 1, 1).getSolarDay());

/**
 * The statutory days of each holiday in a year (regulation as amended in 2024, in force from 2025):
 * New Year 1 day, Spring Festival 4 (New Year's Eve to the third day), Qingming 1, Labour Day 2,
 * Dragon Boat 1, Mid-Autumn 1, National Day 3.
 */
export function statutoryDays(year: number): { festival: Festival; from: string; to: string }[] {
  const lunar = (month: number, day: number) => solarIso(LunarDay.fromYmd(year, month, day).getSolarDay());
  const springFestival = springFestivalDay(year);
  return [
    { festival: 'new-year', from: `${year}-01-01`, to: `${year}-01-01` },
    { festival: 'spring-festival', from: addDays(springFestival, -1), to: addDays(springFestival, 2) },
    { festival: 'qingming', from: solarIso(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()), to: solarIso(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()) },
    { festival: 'labour-day', from: `${year}-05-01`, to: `${year}-05-02` },
    { festival: 'dragon-boat', from: lunar(5, 5), to: lunar(5, 5) },
    { festival: 'mid-autumn', from: lunar(8, 15), to: lunar(8, 15) },
    { festival: 'national-day', from: `${year}-10-01`, to: `${year}-10-03` },
  ];
}

/** The years the pinned data holds an arrangement for. */
export function announcedYears(table: { holidays: DayTable } = chineseDays): number[] {
  return [...new Set(Object.keys(table.holidays).map((day) => Number(day.slice(0, 4))))].sort((a, b) => a - b);
}

/** One year's announced holidays, grouped by festival, with their adjusted working days. */
export function announcedHolidays(year: number, table: { holidays: DayTable; workdays: DayTable } = chineseDays): HolidayRecord[] {
  const source = holidayNotices[year]?.id;
  if (!source) throw new Error(`chinese-days holds ${year}, but src/lib/build/calendar-sources.ts names no State Council notice for it`);
  const byFestival = new Map<Festival, HolidayRecord>();
  const festivalOf = (value: string) => {
    const festival = festivalByName[value.split(',')[0] ?? ''];
    if (!festival) throw new Error(`unknown holiday in chinese-days: ${value}`);
    return festival;
  };
  for (const [day, value] of Object.entries(table.holidays).sort()) {
    if (!day.startsWith(`${year}-`)) continue;
    const festival = festivalOf(value);
    const record = byFestival.get(festival);
    if (record) record.to = day;
    else byFestival.set(festival, { festival, year, from: day, to: day, workdays: [], status: 'announced', source });
  }
  for (const [day, value] of Object.entries(table.workdays).sort()) {
    // A working day may fall in the year before or after its holiday (a New Year swapped into December).
    if (Math.abs(Number(day.slice(0, 4)) - year) > 1) continue;
    const festival = festivalOf(value);
    const record = [...byFestival.values()].find((r) => r.festival === festival && Math.abs(Date.parse(r.from) - Date.parse(day)) < 40 * 86_400_000);
    record?.workdays.push(day);
  }
  return [...byFestival.values()];
}

/** A year with no notice yet: the statutory days, marked expected. */
export function expectedHolidays(year: number): HolidayRecord[] {
  return statutoryDays(year).map((d) => ({ ...d, year, workdays: [], status: 'expected', source: regulation.id as string }));
}

/** The Spring Festival travel rush of a year: announced dates where a source gives them, else the 40-day rule. */
export function springFestivalTravelPeak(year: number): PeakRecord {
  const announced = springFestivalTravelAnnounced[year];
  const day = springFestivalDay(year);
  return {
    kind: 'spring-festival-travel',
    year,
    from: announced?.from ?? addDays(day, -15),
    to: announced?.to ?? addDays(day, 24),
    status: announced ? 'announced' : 'expected',
    source: springFestivalTravel.id as string,
  };
}

/** The Golden Weeks: the May Day and National Day breaks, as announced or expected. */
function goldenWeeks(holidays: readonly HolidayRecord[]): PeakRecord[] {
  return holidays.flatMap((h): PeakRecord[] => {
    if (h.festival === 'labour-day') return [{ kind: 'may-day-golden-week', year: h.year, from: h.from, to: h.to, status: h.status, source: mayDayTravel.id as string }];
    if (h.festival === 'national-day') return [{ kind: 'national-day-golden-week', year: h.year, from: h.from, to: h.to, status: h.status, source: nationalDayTravel.id as string }];
    return [];
  });
}

export function calendarEventRecord(slug: string, facts: CalendarEventFacts): CalendarEventRecord {
  const sources = sourceRecords(facts.sources);
  const from = (ref: string | undefined) => ref ?? (sources[0]?.id as string);
  return {
    slug,
    name: facts.name,
    city: facts.city,
    place: facts.place,
    editions: facts.editions.map((e) => ({ from: isoDay(e.start), to: isoDay(e.end), edition: e.edition ?? null, source: from(e.source) })).sort((a, b) => a.from.localeCompare(b.from)),
    scale: facts.scale ? { en: facts.scale.en, zh: facts.scale.zh, source: from(facts.scale.source) } : null,
    sources,
  };
}

/** How many years past the build's the date check covers. */
export const yearsAhead = 4;

/** The calendar from the build's year to `yearsAhead` years on. */
export function calendarRecord(buildDay: string, events: readonly CalendarEventRecord[]): CalendarRecord {
  const first = Number(buildDay.slice(0, 4));
  const announced = announcedYears().filter((year) => year >= first);
  const holidays: HolidayRecord[] = [];
  const peaks: PeakRecord[] = [];
  for (let year = first; year <= first + yearsAhead; year += 1) {
    const ofYear = announced.includes(year) ? announcedHolidays(year) : expectedHolidays(year);
    holidays.push(...ofYear);
    peaks.push(springFestivalTravelPeak(year), ...goldenWeeks(ofYear));
  }
  const notices = announced.map((year) => holidayNotices[year]).filter((s) => s !== undefined);
  return {
    generated: buildDay,
    announcedYears: announced,
    holidays,
    peaks: peaks.sort((a, b) => a.from.localeCompare(b.from)),
    events: [...events],
    sources: sourceRecords([regulation, ...notices, springFestivalTravel, mayDayTravel, nationalDayTravel]),
  };
}

/** Under the date tool: the years the State Council has arranged and its notices, by title as published. */
export function calendarNote(calendar: CalendarRecord, locale: 'en' | 'zh', phrase: (values: Record<string, string>) => string): string {
  const notices = calendar.sources.filter((s) => s.id.startsWith('holiday-notice-')).map((s) => (locale === 'zh' ? `《${s.title}》` : `“${s.title}”`));
  return phrase({ years: calendar.announcedYears.join(locale === 'zh' ? '、' : ', '), notices: notices.join(locale === 'zh' ? '、' : '; ') });
}
