import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { announcedHolidays, announcedYears, calendarNote, calendarRecord, expectedHolidays, springFestivalDay, springFestivalTravelPeak, statutoryDays } from './calendar-data.ts';
import { holidayNotices, mayDayTravel, nationalDayTravel, regulation, springFestivalTravel } from './calendar-sources.ts';
import { linkProblem, publisherRegistry } from './publishers.ts';

describe('announced holidays (chinese-days, the State Council notices)', () => {
  it('2026 follows the notice of 4 November 2025: National Day 1–7 October with Sunday 20 September and Saturday 10 October as working days', () => {
    const national = announcedHolidays(2026).find((h) => h.festival === 'national-day');
    expect(national).toMatchObject({ from: '2026-10-01', to: '2026-10-07', status: 'announced', source: 'holiday-notice-2026', workdays: ['2026-09-20', '2026-10-10'] });
  });

  it('2026 Spring Festival is 15–23 February, with Saturdays 14 and 28 February worked', () => {
    expect(announcedHolidays(2026).find((h) => h.festival === 'spring-festival')).toMatchObject({ from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] });
  });

  it('every year the pinned data holds, from 2025, names its State Council notice on gov.cn', () => {
    for (const year of announcedYears().filter((y) => y >= 2025)) {
      expect(holidayNotices[year]?.title, String(year)).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    }
  });

  it('a year the data lacks is an error, not a silent gap', () => {
    expect(() => announcedHolidays(1999)).toThrow(/no State Council notice/);
  });
});

describe('expected holidays (tyme4ts, the statutory days)', () => {
  it('Spring Festival 2027 is 6 February: the statutory days run from New Year’s Eve, 5–8 February', () => {
    expect(springFestivalDay(2027)).toBe('2027-02-06');
    expect(expectedHolidays(2027).find((h) => h.festival === 'spring-festival')).toMatchObject({ from: '2027-02-05', to: '2027-02-08', status: 'expected', workdays: [] });
  });

  it('Spring Festival 2028 is 26 January: 25–28 January', () => {
    expect(springFestivalDay(2028)).toBe('2028-01-26');
    expect(statutoryDays(2028).find((d) => d.festival === 'spring-festival')).toEqual({ festival: 'spring-festival', from: '2028-01-25', to: '2028-01-28' });
  });

  it('the lunisolar dates agree with the 2026 notice (Qingming 5 April, Dragon Boat 19 June, Mid-Autumn 25 September)', () => {
    const days = Object.fromEntries(statutoryDays(2026).map((d) => [d.festival, d.from]));
    expect(days).toMatchObject({ qingming: '2026-04-05', 'dragon-boat': '2026-06-19', 'mid-autumn': '2026-09-25', 'spring-festival': '2026-02-16' });
  });

  it('National Day is 1–3 October and Labour Day 1–2 May, 13 statutory days in all', () => {
    const days = statutoryDays(2027);
    expect(days.find((d) => d.festival === 'national-day')).toMatchObject({ from: '2027-10-01', to: '2027-10-03' });
    const count = days.reduce((n, d) => n + (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000 + 1, 0);
    expect(count).toBe(13);
  });
});

describe('travel peaks', () => {
  it('the 2026 Spring Festival travel rush is as announced, 2 February to 13 March, and the 40-day rule gives the same', () => {
    expect(springFestivalTravelPeak(2026)).toMatchObject({ from: '2026-02-02', to: '2026-03-13', status: 'announced' });
  });

  it('2027 follows the rule: 15 days before 6 February to 25 days after, marked expected', () => {
    expect(springFestivalTravelPeak(2027)).toMatchObject({ from: '2027-01-22', to: '2027-03-02', status: 'expected' });
  });

  it('the calendar runs from the build year four years on, with the Golden Weeks as the May Day and National Day breaks', () => {
    const calendar = calendarRecord('2026-12-06', []);
    expect(calendar.announcedYears).toEqual(announcedYears().filter((y) => y >= 2026));
    expect(new Set(calendar.holidays.map((h) => h.year))).toEqual(new Set([2026, 2027, 2028, 2029, 2030]));
    expect(calendar.peaks.find((p) => p.kind === 'national-day-golden-week' && p.year === 2026)).toMatchObject({ from: '2026-10-01', to: '2026-10-07', status: 'announced' });
    expect(calendar.peaks.find((p) => p.kind === 'may-day-golden-week' && p.year === 2027)).toMatchObject({ from: '2027-05-01', to: '2027-05-02', status: 'expected' });
    const ids = new Set(calendar.sources.map((s) => s.id));
    for (const item of [...calendar.holidays, ...calendar.peaks]) expect(ids.has(item.source), item.source).toBe(true);
  });
});

describe('the calendar’s own sources', () => {
  it('link only to their publishers’ own domains (content/publishers.yaml)', () => {
    const registry = publisherRegistry.parse(yaml.load(readFileSync(new URL('../../../content/publishers.yaml', import.meta.url), 'utf8')));
    for (const source of [regulation, ...Object.values(holidayNotices), springFestivalTravel, mayDayTravel, nationalDayTravel]) {
      if (source.url) expect(linkProblem(registry, source.publisher, source.url), source.id).toBeUndefined();
    }
  });
});

describe('calendarNote', () => {
  it('names the notice each announced year follows', () => {
    const calendar = calendarRecord('2026-12-06', []);
    expect(calendarNote(calendar, 'zh', (v) => `${v.years}|${v.notices}`)).toBe('2026|《国务院办公厅关于2026年部分节假日安排的通知》');
  });
});
