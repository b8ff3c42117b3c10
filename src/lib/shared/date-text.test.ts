import { describe, expect, it } from 'vitest';
import { dictionary, keysStartingWith } from '../../i18n/ui.ts';
import { testCalendar } from '../testing/travel-records.ts';
import { checkDates, dateSpan } from './date-check.ts';
import { dayText, findingLine, findingText, type DatePhrases } from './date-text.ts';
import { spanText } from './span-text.ts';

const calendar = testCalendar('2026-12-06');
const phrases = (locale: 'en' | 'zh') => Object.fromEntries(keysStartingWith('dates.').map((k) => [k, dictionary(locale)[k]])) as DatePhrases;
const city = (slug: string) => slug;
/** Intl puts thin spaces around a range's dash in English; the tests read the words. */
const flat = (s: string | undefined) => s?.replace(/\s*–\s*/g, '–');
const texts = (dates: string, locale: 'en' | 'zh') =>
  checkDates(dateSpan(dates) ?? { from: '', to: '' }, calendar).map((f) => {
    const t = findingText(f, calendar, phrases(locale), locale, city);
    return { ...t, title: flat(t.title) as string };
  });

describe('findingText', () => {
  it('names National Day 2027 as expected, not announced, in both languages', () => {
    const [en] = texts('2027-10-02/2027-10-05', 'en');
    expect(en?.title).toBe('National Day holiday, expected: 1–3 October 2027');
    expect(en?.note).toMatch(/^Expected, not yet announced: the statutory days only/);
    expect(en?.why).toMatch(/^Why it matters: government offices/);
    const [zh] = texts('2027-10-02/2027-10-05', 'zh');
    expect(zh?.title).toBe('国庆节假期（预计）：2027年10月1日至3日');
    expect(zh?.source).toBe('来源：中华人民共和国国务院《全国年节及纪念日放假办法》');
  });

  it('names the Spring Festival 2027 and the travel rush with its rule', () => {
    const en = texts('2027-02-05/2027-02-09', 'en').map((t) => t.title);
    expect(en).toContain('Spring Festival travel rush (chunyun): 22 January–2 March 2027');
    expect(en).toContain('Spring Festival holiday, expected: 5–8 February 2027');
    const zh = texts('2027-02-05/2027-02-09', 'zh').map((t) => t.title);
    expect(zh).toContain('春运：2027年1月22日至3月2日');
  });

  it('names an adjusted working day with its weekday and the notice', () => {
    const [zh] = texts('2026-09-20', 'zh');
    expect(zh?.title).toBe('2026年9月20日（星期日）为国庆节调休上班日');
    expect(zh?.source).toBe('来源：国务院办公厅《国务院办公厅关于2026年部分节假日安排的通知》（2025年）');
    expect(texts('2026-09-20', 'en')[0]?.title).toBe('Sunday 20 September 2026 is an adjusted working day (调休) for the National Day holiday');
  });

  it('labels a fair’s past editions as a pattern', () => {
    const pattern = texts('2027-11-06', 'en').find((t) => t.title.startsWith('China International Import Expo'));
    expect(pattern?.title).toBe('China International Import Expo (CIIE), shanghai: in past years held 5–10 November 2018; 5–10 November 2025');
    expect(pattern?.note).toBe('A pattern from past editions, not an announcement: the 2027 dates have not been announced.');
  });

  it('puts a finding on one line for the files', () => {
    const [first] = texts('2027-10-02', 'en');
    expect(flat(first && findingLine(first, phrases('en')))).toMatch(/^National Day holiday, expected: 1–3 October 2027 — Expected, not yet announced/);
  });
});

describe('spanText and dayText', () => {
  it('write a day and a span as each language writes dates', () => {
    expect(flat(spanText('2027-10-01', '2027-10-07', 'en'))).toBe('1–7 October 2027');
    expect(spanText('2027-10-01', '2027-10-01', 'zh')).toBe('2027年10月1日');
    expect(dayText('2026-10-10', 'en')).toBe('Saturday 10 October 2026');
  });
});
