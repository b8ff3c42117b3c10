import { describe, expect, it } from 'vitest';
import { formatArea, formatDate, formatDateRange, formatKm, formatNumber, isoDay, qualified } from './format.ts';

const founding = new Date('2012-09-12T00:00:00Z');

describe('format', () => {
  it('writes numbers as each language’s copy does: 12,500 / 1.25万', () => {
    expect(formatNumber('en', 12500)).toBe('12,500');
    expect(formatNumber('zh', 12500)).toBe('1.25万');
    expect(formatNumber('zh', 5100)).toBe('5100');
  });
  it('writes dates as each language does', () => {
    expect(formatDate('en', founding)).toBe('12 September 2012');
    expect(formatDate('zh', founding)).toBe('2012年9月12日');
  });
  it('does not shift a date by time zone', () => {
    expect(isoDay(founding)).toBe('2012-09-12');
  });
  it('collapses a one-day range to one date', () => {
    expect(formatDateRange('en', founding, founding)).toBe('12 September 2012');
  });
  it('writes a same-month range with the month once', () => {
    const [start, end] = [new Date('2019-11-05T00:00:00Z'), new Date('2019-11-07T00:00:00Z')];
    expect(formatDateRange('zh', start, end)).toBe('2019年11月5日至7日');
    expect(formatDateRange('en', start, end)).toBe('5–7 November 2019');
  });
  it('writes both dates of a range across months', () => {
    const [start, end] = [new Date('2019-10-30T00:00:00Z'), new Date('2019-11-02T00:00:00Z')];
    expect(formatDateRange('en', start, end)).toBe('30 October 2019 – 2 November 2019');
    expect(formatDateRange('zh', start, end)).toBe('2019年10月30日至2019年11月2日');
  });
  it('writes units after the number', () => {
    expect(formatArea('en', 2500)).toBe('2,500 m²');
    expect(formatArea('zh', 2500)).toBe('2500平方米');
    expect(formatKm('zh', 27)).toBe('27公里');
  });
  it('says what a source says of a figure: about, or more than', () => {
    expect(qualified('en', '16,000', { about: true, orMore: false })).toBe('about 16,000');
    expect(qualified('zh', '1.6万', { about: true, orMore: false })).toBe('约1.6万');
    expect(qualified('en', '100', { about: false, orMore: true })).toBe('more than 100');
    expect(qualified('zh', '100', { about: false, orMore: true })).toBe('逾100');
    expect(qualified('en', '27', { about: false, orMore: false })).toBe('27');
  });
});
