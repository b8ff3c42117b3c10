import { describe, expect, it } from 'vitest';
import { ambassadorProgrammeText, bureauFacts, cityAirports, cityGlanceFacts, cityIcca } from './city-view.ts';
import type { CityRecord } from '../shared/records.ts';
import { roomRecord, sourceRecord, venueRecordOf } from '../testing/records.ts';

const source = (id: string) => sourceRecord(id, { url: `https://example.org/${id}` });
const city: CityRecord = {
  slug: 'hangzhou',
  name: { en: 'Hangzhou', zh: '杭州' },
  province: { en: 'Zhejiang', zh: '浙江省' },
  region: 'east',
  coordinates: { lat: 30.27, lng: 120.15 },
  joined: '2012-09-12',
  foundingMember: true,
  airports: [
    { code: 'HGH', name: { en: 'Xiaoshan', zh: '萧山' }, km: 27, minutes: null, source: 'travel' },
    { code: 'XXX', name: { en: 'Other', zh: '其他' }, km: null, minutes: null, source: 'cmca' },
  ],
  railStations: [],
  hotelRooms: null,
  conventionAmbassadors: { value: 53, year: 2018, about: false, orMore: false, name: null, source: 'hznews' },
  icca: [
    { year: 2015, meetings: 27, rankChina: 3, rankAsiaPacific: null, rankWorld: 100, source: 'hznews' },
    { year: 2018, meetings: null, rankChina: 3, rankAsiaPacific: null, rankWorld: 97, source: 'hznews' },
  ],
  keyIndustries: [],
  universities: [],
  supportProgrammes: [],
  conventionBureau: { name: { en: 'Bureau', zh: '局' }, desk: null, url: null, email: null, phone: null, source: 'cmca' },
  sources: [source('cmca'), source('travel'), source('hznews')],
};

describe('cityGlanceFacts', () => {
  const venues = [venueRecordOf('expo', { exhibitionSpace: 90000, rooms: [roomRecord('hall', { name: { en: 'Main hall', zh: '主会场' }, capacity: { theatre: 2000 } })] })];
  const facts = cityGlanceFacts(city, venues, 'en');
  const fact = (label: string) => facts.find((f) => f.label === label);
  it('shows hotel supply the site has no figure for as such, not as 0 and not hidden', () => {
    expect(fact('Hotel rooms')).toEqual({ label: 'Hotel rooms', value: 'Not on file yet' });
  });
  it('gives counts with the year they were true, pointing to their source', () => {
    expect(fact('Convention ambassadors')).toEqual({ label: 'Convention ambassadors', value: '53 appointed by 2018', source: 3 });
  });
  it('names the largest listed room and its venue, and the venue with the most exhibition space', () => {
    expect(fact('Largest capacity listed')).toMatchObject({ value: '2,000 (theatre)', note: 'Main hall · expo', href: '/en/venues/expo/' });
    expect(fact('Largest exhibition space listed')).toMatchObject({ value: 'expo', note: '90,000 m²' });
  });
  it('gives every figure from the city’s file a source number', () => {
    const fromFile = facts.filter((f) => !['Venues listed', 'Largest capacity listed', 'Largest exhibition space listed', 'Hotel rooms'].includes(f.label));
    expect(fromFile.every((f) => typeof f.source === 'number')).toBe(true);
  });
});

describe('bureauFacts', () => {
  it('names the bureau and only the contact its source publishes, dialable and writable', () => {
    const withContact = { ...city, conventionBureau: { ...city.conventionBureau, desk: { en: 'MICE desk', zh: '会奖处' }, phone: '+86 21 2311 5523', url: 'https://example.org/bureau' } };
    expect(bureauFacts(withContact, 'zh')).toEqual([
      { label: '会奖主管部门', value: '局', note: '会奖处', href: 'https://example.org/bureau', source: expect.any(Number) },
      { label: '会奖主管部门电话', value: '+86 21 2311 5523', href: 'tel:+862123115523', source: expect.any(Number) },
    ]);
  });
  it('gives no phone or e-mail line where none is published', () => {
    expect(bureauFacts(city, 'en').map((f) => f.label)).toEqual(['MICE authority']);
  });
});

describe('ambassadorProgrammeText', () => {
  it('uses the city\'s own name for its ambassadors where it has one, with the year the count was true', () => {
    expect(ambassadorProgrammeText(city, 'en')).toBe('Hangzhou had appointed 53 convention ambassadors by 2018. Those named in public sources are listed below.');
    const named = { ...city, conventionAmbassadors: { ...(city.conventionAmbassadors as NonNullable<CityRecord['conventionAmbassadors']>), name: { en: 'Hangzhou Conference Ambassadors', zh: '杭州会议大使' } } };
    expect(ambassadorProgrammeText(named, 'zh')).toBe('截至2018年，“杭州会议大使”已达53位，公开资料中提及的人士列于下方。');
  });
});

describe('cityAirports and cityIcca', () => {
  it('says a distance the site does not hold is not on file', () => {
    expect(cityAirports(city, 'zh').map((a) => [a.code, a.detail, a.source])).toEqual([
      ['HGH', '距市中心27公里', 2],
      ['XXX', '距离暂未收录', 1],
    ]);
  });
  it('lists ICCA years newest first, with what each year published', () => {
    expect(cityIcca(city, 'en').map((r) => r.text)).toEqual(['2018: No. 3 in China, No. 97 worldwide', '2015: 27 meetings, No. 3 in China, No. 100 worldwide']);
    expect(cityIcca(city, 'zh')[0]?.text).toBe('2018年：全国第3、全球第97');
  });
});
