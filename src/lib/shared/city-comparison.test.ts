import { describe, expect, it } from 'vitest';
import { compareCityRows, type CityCompareLabels } from './city-comparison.ts';
import type { CityRecord } from './records.ts';
import { numberFormatter } from './number-format.ts';
import { cityRecordOf, venueRecordOf } from '../testing/records.ts';
import { citySummary } from './city-summary.ts';

const city = (slug: string, overrides: Partial<CityRecord>): CityRecord => cityRecordOf(slug, { province: { en: 'Province', zh: '省' }, foundingMember: true, ...overrides });
const labels = (locale: 'en' | 'zh'): CityCompareLabels => ({
  province: 'Province',
  foundingMember: 'Founding member',
  airports: 'Airports',
  hotelRooms: 'Hotel rooms',
  venues: 'Venues listed',
  ambassadors: 'Convention ambassadors',
  yes: 'Yes',
  no: 'No',
  countInYear: locale === 'zh' ? '{n}间（{year}年）' : '{n} ({year})',
  countScoped: locale === 'zh' ? '{n}间（{year}年，仅{scope}）' : '{n} ({year}; {scope} only)',
  about: locale === 'zh' ? '约{n}' : 'about {n}',
  orMore: locale === 'zh' ? '逾{n}' : 'more than {n}',
  km: locale === 'zh' ? '{n}公里' : '{n} km',
  listSeparator: locale === 'zh' ? '、' : ', ',
  formatNumber: numberFormatter(locale),
});

describe('compareCityRows', () => {
  const chengdu = city('chengdu', {
    airports: [
      { code: 'TFU', name: { en: 'Tianfu', zh: '天府' }, km: 51, minutes: null, source: 's' },
      { code: 'CTU', name: { en: 'Shuangliu', zh: '双流' }, km: null, minutes: null, source: 's' },
    ],
    hotelRooms: { value: 16000, year: 2011, about: true, orMore: false, scope: { en: 'rooms in four- and five-star hotels', zh: '四星级和五星级酒店客房' }, source: 's' },
  });
  const sanya = city('sanya', { foundingMember: false });
  const venues = [venueRecordOf('a', { city: 'chengdu' }), venueRecordOf('b', { city: 'chengdu' })];
  const rows = compareCityRows([citySummary(chengdu, venues), citySummary(sanya, venues)], 'zh', labels('zh'));
  const row = (key: string) => rows.find((r) => r.key === key)?.values;

  it('gives counts with the year they were true, in the page’s number style, "about" and a narrower scope kept', () => {
    expect(row('hotelRooms')).toEqual(['约1.6万间（2011年，仅四星级和五星级酒店客房）', null]);
    const en = compareCityRows([citySummary(chengdu, venues)], 'en', labels('en'));
    expect(en.find((r) => r.key === 'hotelRooms')?.values).toEqual(['about 16,000 (2011; rooms in four- and five-star hotels only)']);
    const whole = compareCityRows([citySummary({ ...chengdu, hotelRooms: { ...chengdu.hotelRooms!, about: false, scope: null } }, venues)], 'en', labels('en'));
    expect(whole.find((r) => r.key === 'hotelRooms')?.values).toEqual(['16,000 (2011)']);
    // A lower bound is said as one, never shown as the exact figure.
    const atLeast = compareCityRows([citySummary({ ...chengdu, hotelRooms: { ...chengdu.hotelRooms!, about: false, orMore: true, scope: null } }, venues)], 'zh', labels('zh'));
    expect(atLeast.find((r) => r.key === 'hotelRooms')?.values).toEqual(['逾1.6万间（2011年）']);
  });
  it('keeps a figure nobody published null, never 0, and names an airport without its distance', () => {
    expect(row('ambassadors')).toEqual([null, null]);
    expect(row('airports')).toEqual(['TFU (51公里)、CTU', '']);
  });
  it('counts the venues listed and says who founded the alliance', () => {
    expect(row('venues')).toEqual([2, 0]);
    expect(row('foundingMember')).toEqual(['Yes', 'No']);
  });
});
