import { describe, expect, it } from 'vitest';
import { testCalendar } from '../testing/travel-records.ts';
import { checkDates, crossesMajorBreak, dateSpan, overlap } from './date-check.ts';
import { readDates } from './rfp-query.ts';

const calendar = testCalendar('2026-12-06');
const kinds = (text: string, cities?: string[]) => checkDates(dateSpan(text) ?? { from: '', to: '' }, calendar, cities);

describe('dateSpan: the days a request’s dates cover', () => {
  it('reads a day, a month, and ranges of either', () => {
    expect(dateSpan('2027-10-02')).toEqual({ from: '2027-10-02', to: '2027-10-02' });
    expect(dateSpan('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(dateSpan('2027-10-02/2027-10-05')).toEqual({ from: '2027-10-02', to: '2027-10-05' });
    expect(dateSpan('2027-09/2027-10')).toEqual({ from: '2027-09-01', to: '2027-10-31' });
  });
  it('reads exactly what the request reads as dates (rfp-query.ts), though written apart from it', () => {
    for (const text of ['2027-10-02', '2027-10', '2027-10-02/2027-10-05', '2027-09/2027-10', '2027-10-02/2027-10-02', '2027-02-30', '2027-13', '2027-10/2027-10-05', 'May 2027', '', '2027-10-02/2027-10-03/2027-10-04']) {
      expect(dateSpan(text) !== undefined, text).toBe(['day', 'month', 'range'].includes(readDates(text).kind));
    }
  });
  it('leaves a reversed range alone: the request reads it as a range only so its plausibility check can name it', () => {
    expect(readDates('2027-10-05/2027-10-02').kind).toBe('range');
    expect(dateSpan('2027-10-05/2027-10-02')).toBeUndefined();
  });
  it('gives nothing for words or an empty field', () => {
    expect(dateSpan('early autumn')).toBeUndefined();
    expect(dateSpan('')).toBeUndefined();
  });
  it('overlap is inclusive and empty when spans only touch from outside', () => {
    expect(overlap({ from: '2027-10-02', to: '2027-10-05' }, { from: '2027-10-01', to: '2027-10-03' })).toEqual({ from: '2027-10-02', to: '2027-10-03' });
    expect(overlap({ from: '2027-10-04', to: '2027-10-05' }, { from: '2027-10-01', to: '2027-10-03' })).toBeUndefined();
  });
});

describe('checkDates', () => {
  it('a 2026 date in the announced arrangement: 18–21 September meets the adjusted working day of Sunday 20 September', () => {
    const findings = kinds('2026-09-18/2026-09-21');
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'workday', day: '2026-09-20' }));
    expect(findings.some((f) => f.kind === 'holiday')).toBe(false);
  });

  it('3 October 2026 falls in the announced National Day holiday and its Golden Week', () => {
    const findings = kinds('2026-10-03');
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'holiday', from: '2026-10-03', holiday: expect.objectContaining({ festival: 'national-day', status: 'announced' }) }));
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'peak', peak: expect.objectContaining({ kind: 'national-day-golden-week' }) }));
  });

  it('2–5 October 2027 meets National Day, expected: no notice for 2027 yet', () => {
    const findings = kinds('2027-10-02/2027-10-05');
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'holiday', from: '2027-10-02', to: '2027-10-03', holiday: expect.objectContaining({ festival: 'national-day', status: 'expected' }) }));
    expect(crossesMajorBreak(findings)).toBe(true);
  });

  it('5–9 February 2027 meets the Spring Festival (5–8 February, expected) and the travel rush', () => {
    const findings = kinds('2027-02-05/2027-02-09');
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'holiday', from: '2027-02-05', to: '2027-02-08', holiday: expect.objectContaining({ festival: 'spring-festival' }) }));
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'peak', peak: expect.objectContaining({ kind: 'spring-festival-travel', from: '2027-01-22', to: '2027-03-02' }) }));
  });

  it('a quiet week says nothing', () => {
    expect(kinds('2027-03-15/2027-03-19')).toEqual([]);
  });

  it('a fair already held shows only as a pattern, in its own city and the requested year', () => {
    const findings = kinds('2027-11-01/2027-11-12', ['shanghai']);
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'pattern', year: 2027, event: expect.objectContaining({ slug: 'ciie-shanghai' }) }));
    expect(kinds('2027-11-01/2027-11-12', ['beijing']).some((f) => f.kind === 'pattern')).toBe(false);
  });

  it('an announced edition is dated, not a pattern', () => {
    const early = testCalendar('2026-01-01');
    const findings = checkDates({ from: '2026-09-10', to: '2026-09-11' }, early, ['beijing']);
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'event', from: '2026-09-10', to: '2026-09-11' }));
  });

  it('a year past the calendar is said to be uncovered', () => {
    expect(kinds('2040-05-01')).toEqual([{ kind: 'uncovered', year: 2040 }]);
  });
});
