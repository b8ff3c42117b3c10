import { describe, expect, it } from 'vitest';
import { cityRecord, venueRecord } from './open-data.ts';
import { cityFacts, venueFacts } from './schemas.ts';

// Facts as an editor writes them, parsed by the same schema the build uses.
const venue = venueFacts.parse({
  city: 'beijing',
  type: 'convention-centre',
  name: { en: 'China National Convention Center', zh: '国家会议中心' },
  opened: 2009,
  meetingRoomsTotal: { value: 100, orMore: true, source: 'qiuwen' },
  exhibitionSpace: 40000,
  sources: [
    { publisher: { en: 'Venue', zh: '场馆' }, url: 'https://example.org/', language: 'zh' },
    { id: 'qiuwen', publisher: { en: 'Qiuwen Baike', zh: '求闻百科' }, title: '国家会议中心', url: 'https://example.org/q', language: 'zh', published: '2020-05-01' },
  ],
  rooms: [
    { id: 'ballroom', name: { en: 'Grand Ballroom' }, area: { value: 4860, about: true }, upTo: 3500, capacity: { banquet: 2500 }, notOffered: ['theatre'], meetingRoom: true, source: 'qiuwen' },
    { id: 'ballroom-a', name: { zh: '大宴会厅A' }, partOf: 'ballroom', length: 40, width: 30, moreThan: 2000 },
  ],
});
const record = venueRecord('china-national-convention-center', venue);

describe('venueRecord: the public contract of /data/venues.json', () => {
  it('gives every source an id and names each figure’s source by it, the first by default', () => {
    expect(record.sources.map((s) => s.id)).toEqual(['source-1', 'qiuwen']);
    expect(record.figureDetails).toEqual({
      meetingRoomsTotal: { source: 'qiuwen', about: false, orMore: true, year: null },
      exhibitionSpace: { source: 'source-1', about: false, orMore: false, year: null },
    });
    expect(record.sources[1]).toEqual({ id: 'qiuwen', publisher: { en: 'Qiuwen Baike', zh: '求闻百科' }, title: '国家会议中心', url: 'https://example.org/q', language: 'zh', published: '2020-05-01' });
  });
  it('writes every figure nobody published as null, never 0 and never left out', () => {
    expect(record).toMatchObject({ meetingRoomsTotal: 100, exhibitionSpace: 40000, meetingSpace: null, hotelRooms: null, airportKm: null, address: null, coordinates: null, website: null, verified: null });
    expect(record.allRoomsListed).toBe(false);
  });
  it('keeps rooms with ids, sections, "up to", "more than", "about", both absences and their source', () => {
    expect(record.rooms).toEqual([
      { id: 'ballroom', name: { en: 'Grand Ballroom', zh: null }, partOf: null, area: 4860, areaQualifier: 'about', length: null, width: null, ceiling: null, upTo: 3500, moreThan: null, capacity: { banquet: 2500 }, notOffered: ['theatre'], meetingRoom: true, source: 'qiuwen' },
      { id: 'ballroom-a', name: { en: null, zh: '大宴会厅A' }, partOf: 'ballroom', area: null, areaQualifier: null, length: 40, width: 30, ceiling: null, upTo: null, moreThan: 2000, capacity: {}, notOffered: [], meetingRoom: true, source: 'source-1' },
    ]);
  });
  it('names a source with no address as a printed reference and never publishes where a copy was read', () => {
    const copied = venueRecord(
      'v',
      venueFacts.parse({
        city: 'beijing',
        type: 'convention-centre',
        name: { en: 'V', zh: '场' },
        sources: [{ publisher: { en: 'Xinhua News Agency', zh: '新华社' }, title: 'T', readAt: 'https://mirror.example.net/a', language: 'zh', published: '2024-12-01' }],
      }),
    );
    expect(copied.sources).toEqual([{ id: 'source-1', publisher: { en: 'Xinhua News Agency', zh: '新华社' }, title: 'T', url: null, language: 'zh', published: '2024-12-01' }]);
    expect(JSON.stringify(copied)).not.toContain('mirror.example.net');
  });
  it('gives coordinates with their source, a reported status and straight-line distances passed in', () => {
    const placed = venueRecord(
      'v',
      venueFacts.parse({
        city: 'kunming',
        type: 'convention-and-exhibition-centre',
        name: { en: 'V', zh: '场' },
        coordinates: { lat: 25.0, lng: 102.7, source: 'news' },
        status: { kind: 'partly-demolished', year: 2024, source: 'news' },
        sources: [
          { publisher: { en: 'A', zh: '甲' }, language: 'zh' },
          { id: 'news', publisher: { en: 'B', zh: '乙' }, language: 'zh' },
        ],
      }),
      [{ code: 'KMG', km: 24.3 }],
    );
    expect(placed.coordinates).toEqual({ lat: 25.0, lng: 102.7, source: 'news' });
    expect(placed.status).toEqual({ kind: 'partly-demolished', year: 2024, source: 'news' });
    expect(placed.airportsStraightLine).toEqual([{ code: 'KMG', km: 24.3 }]);
  });
  it('is plain JSON: what the page shows is what the file says', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});

describe('cityRecord: the public contract of /data/cities.json', () => {
  const city = cityRecord(
    'hangzhou',
    cityFacts.parse({
      name: { en: 'Hangzhou', zh: '杭州' },
      province: { en: 'Zhejiang', zh: '浙江省' },
      region: 'east',
      coordinates: { lat: 30.27, lng: 120.15 },
      joined: '2012-09-12',
      airports: [{ code: 'HGH', name: { en: 'Xiaoshan', zh: '萧山' }, km: 27, source: 'travel' }],
      conventionAmbassadors: { value: 53, year: 2018, source: 'hznews' },
      icca: [{ year: 2015, meetings: 27, rankChina: 3 }],
      conventionBureau: { name: { en: 'Bureau', zh: '局' } },
      sources: [
        { publisher: { en: 'Alliance', zh: '联盟' }, url: 'https://example.org/', language: 'en' },
        { id: 'travel', publisher: { en: 'Travel guide', zh: '旅游指南' }, url: 'https://example.org/t', language: 'en' },
        { id: 'hznews', publisher: { en: 'Hangzhou Net', zh: '杭州网' }, url: 'https://example.org/h', language: 'zh' },
      ],
    }),
    ['hangzhou'],
  );
  it('gives each figure its source and, for counts, the year they were true', () => {
    expect(city.airports).toEqual([{ code: 'HGH', name: { en: 'Xiaoshan', zh: '萧山' }, km: 27, minutes: null, source: 'travel' }]);
    expect(city.conventionAmbassadors).toEqual({ value: 53, year: 2018, about: false, orMore: false, name: null, source: 'hznews' });
    expect(city.icca).toEqual([{ year: 2015, meetings: 27, rankChina: 3, rankAsiaPacific: null, rankWorld: null, source: 'source-1' }]);
    expect(city.conventionBureau).toEqual({ name: { en: 'Bureau', zh: '局' }, desk: null, url: null, email: null, phone: null, source: 'source-1' });
  });
  it('gives the bureau’s contact only as published: desk, e-mail, phone and website, null where not', () => {
    const withContact = cityRecord(
      'shanghai',
      cityFacts.parse({
        name: { en: 'Shanghai', zh: '上海' },
        province: { en: 'Shanghai', zh: '上海市' },
        region: 'east',
        coordinates: { lat: 31.23, lng: 121.47 },
        joined: '2012-09-12',
        airports: [{ code: 'PVG', name: { en: 'Pudong', zh: '浦东' } }],
        conventionBureau: { name: { en: 'Bureau', zh: '局' }, desk: { en: 'MICE desk', zh: '会奖处' }, phone: '+86 21 1234 5678' },
        sources: [{ publisher: { en: 'Alliance', zh: '联盟' }, language: 'en' }],
      }),
      [],
    );
    expect(withContact.conventionBureau).toEqual({ name: { en: 'Bureau', zh: '局' }, desk: { en: 'MICE desk', zh: '会奖处' }, url: null, email: null, phone: '+86 21 1234 5678', source: 'source-1' });
  });
  it('writes hotel supply nobody published as null, not 0', () => {
    expect(city.hotelRooms).toBeNull();
    expect(city.joined).toBe('2012-09-12');
  });
});
