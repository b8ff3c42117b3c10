import { describe, expect, it } from 'vitest';
import { citySummary } from './city-summary.ts';
import type { CityRecord } from './records.ts';
import { completeVenue, roomRecord, sourceRecord as source, venueRecordOf } from '../testing/records.ts';
const city: CityRecord = {
  slug: 'hangzhou',
  name: { en: 'Hangzhou', zh: '杭州' },
  province: { en: 'Zhejiang', zh: '浙江省' },
  region: 'east',
  coordinates: { lat: 30, lng: 120 },
  joined: '2012-09-12',
  foundingMember: true,
  airports: [{ code: 'HGH', name: { en: 'Xiaoshan', zh: '萧山' }, km: 27, minutes: null, source: 'airport' }],
  railStations: [{ name: { en: 'East', zh: '东站' }, source: 'rail' }],
  hotelRooms: null,
  conventionAmbassadors: { value: 53, year: 2018, about: false, orMore: false, name: null, source: 'ambassadors' },
  icca: [
    { year: 2016, meetings: 30, rankChina: null, rankAsiaPacific: null, rankWorld: null, source: 'icca-2016' },
    { year: 2018, meetings: 36, rankChina: null, rankAsiaPacific: null, rankWorld: null, source: 'icca-2018' },
    { year: 2019, meetings: null, rankChina: 3, rankAsiaPacific: null, rankWorld: null, source: 'icca-2019' },
  ],
  keyIndustries: [],
  universities: [],
  supportProgrammes: [{ name: { en: 'P', zh: 'P' }, description: { en: 'Long text', zh: '长文' }, url: null, source: 'policy' }],
  conventionBureau: { name: { en: 'Bureau', zh: '局' }, desk: null, url: null, email: null, phone: '+86 571 1234 5678', source: 'bureau' },
  sources: ['airport', 'rail', 'ambassadors', 'icca-2016', 'icca-2018', 'icca-2019', 'policy', 'bureau'].map((id) => source(id)),
};

describe('citySummary', () => {
  const venues = [
    completeVenue('centre', [roomRecord('hall', { capacity: { theatre: 1800 } })], { exhibitionSpace: 40000, figureDetails: { exhibitionSpace: { source: 'source-1', about: false, orMore: false, year: 2020 } } }),
    completeVenue('hotel', [roomRecord('ballroom', { capacity: { theatre: 900 } })]),
    venueRecordOf('closed', { rooms: [roomRecord('old', { capacity: { theatre: 5000 } })], status: { kind: 'closed', year: 2024, source: 'source-1' } }),
    venueRecordOf('elsewhere', { city: 'xian', rooms: [roomRecord('big', { capacity: { theatre: 9000 } })] }),
  ];
  const summary = citySummary(city, venues);

  it('counts the city’s venues on this site, leaving out one whose status changed and other cities’', () => {
    expect(summary.venueCount).toBe(2);
  });
  it('takes the best theatre room and exhibition space of its venues, with the venue and its source', () => {
    expect(summary.bestTheatre).toMatchObject({ value: 1800, venue: 'centre', source: { id: 'source-1' } });
    expect(summary.bestExhibition).toMatchObject({ value: 40000, year: 2020, venue: 'centre' });
  });
  it('keeps the newest ICCA year with a meeting count', () => {
    expect(summary.icca).toMatchObject({ year: 2018, meetings: 36 });
  });
  it('carries only the sources its figures name, by publisher and date, and each airport by code and distance', () => {
    expect(summary.sources.map((s) => s.id)).toEqual(['airport', 'ambassadors', 'icca-2018']);
    for (const s of summary.sources) expect(Object.keys(s)).toEqual(['id', 'publisher', 'published']);
    expect(summary.airports).toEqual([{ code: 'HGH', km: 27, source: 'airport' }]);
    expect(summary).not.toHaveProperty('conventionBureau');
  });
  it('says nothing is on file rather than 0 where no venue has the figure', () => {
    expect(citySummary(city, []).bestTheatre).toBeNull();
    expect(citySummary(city, []).venueCount).toBe(0);
  });
});
