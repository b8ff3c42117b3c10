import { describe, expect, it } from 'vitest';
import { cityFacts, venueFacts } from '../build/schemas.ts';
import { contentCoverage, coverageLines, venueCoverage } from './coverage.ts';

const today = new Date('2026-12-01T00:00:00Z');
const sources = [{ publisher: { en: 'Test', zh: '测试' }, language: 'zh' }];

const venue = (city: string, fields: Record<string, unknown> = {}) =>
  venueFacts.parse({ city, type: 'convention-centre', name: { en: 'Test Centre', zh: '测试中心' }, sources, ...fields });
const city = (name: { en: string; zh: string }, fields: Record<string, unknown> = {}) =>
  cityFacts.parse({
    name,
    province: { en: 'Test', zh: '测试省' },
    region: 'east',
    coordinates: { lat: 30, lng: 120 },
    joined: '2012-09-12',
    airports: [{ code: 'HGH', name: { en: 'Test Airport', zh: '测试机场' } }],
    conventionBureau: { name: { en: 'Test Bureau', zh: '测试局' } },
    sources,
    ...fields,
  });

const ballroom = venue('hangzhou', {
  website: 'https://example.org/',
  coordinates: { lat: 30.2, lng: 120.2 },
  meetingRoomsTotal: 61,
  verified: '2026-06-01',
  rooms: [
    { id: 'ballroom', name: { en: 'Ballroom' }, capacity: { theatre: 1000, banquet: 600 }, notOffered: ['boardroom'] },
    { id: 'ballroom-a', name: { en: 'Ballroom A' }, partOf: 'ballroom', capacity: { theatre: 500 }, notOffered: ['boardroom'] },
    { id: 'salon', name: { zh: '沙龙' }, upTo: 40, notOffered: ['boardroom'] },
  ],
});

describe('venueCoverage', () => {
  const coverage = venueCoverage('test-centre', ballroom, today);

  it('counts rooms apart from sections, and the rooms with seats in each layout', () => {
    expect(coverage).toMatchObject({ rooms: 2, sections: 1, publishedRoomsTotal: 61, roomsWithSeats: 2 });
    expect(coverage.seatsByLayout).toEqual({ theatre: 2, classroom: 0, banquet: 1, reception: 0, u_shape: 0, hollow_square: 0, boardroom: 0 });
  });

  it('a layout with no figure is missing unless every room rules it out', () => {
    expect(coverage.layoutsWithoutFigure).toEqual(['classroom', 'reception', 'u_shape', 'hollow_square']);
    expect(venueCoverage('empty', venue('hangzhou'), today).layoutsWithoutFigure).toHaveLength(7);
  });

  it('what is on file and what is not: website, address, coordinates, airport distance, verification', () => {
    expect(coverage).toMatchObject({ website: true, address: false, coordinates: true, airportKm: false, hotelRooms: false, verified: '2026-06-01', freshness: 'verified' });
    expect(venueCoverage('x', venue('hangzhou'), today)).toMatchObject({ verified: null, freshness: 'unverified' });
  });
});

describe('contentCoverage', () => {
  const report = contentCoverage(
    [
      {
        slug: 'hangzhou',
        facts: city(
          { en: 'Hangzhou', zh: '杭州' },
          {
            conventionBureau: { name: { en: 'Test Bureau', zh: '测试局' }, url: 'https://example.org/', phone: '+86 571 0000 0000' },
            hotelRooms: { value: 16000, year: 2011 },
            icca: [{ year: 2015, meetings: 27 }, { year: 2018, rankChina: 3 }],
            airports: [{ code: 'HGH', name: { en: 'Test Airport', zh: '测试机场' }, km: 27 }],
          },
        ),
      },
      { slug: 'xian', facts: city({ en: "Xi'an", zh: '西安' }) },
    ],
    [
      { slug: 'test-centre', facts: ballroom },
      { slug: 'a-hotel', facts: venue('hangzhou', { address: { en: '1 Test Road', zh: '测试路1号' } }) },
      { slug: 'lost-venue', facts: venue('lhasa') },
    ],
    today,
  );

  it('groups venues by city, cities and venues by slug; a city without its file is still listed', () => {
    expect(report.cities.map((c) => [c.slug, c.venues.map((v) => v.slug)])).toEqual([
      ['hangzhou', ['a-hotel', 'test-centre']],
      ['lhasa', ['lost-venue']],
      ['xian', []],
    ]);
    expect(report.cities[1]).toMatchObject({ name: null, bureau: null });
  });

  it('a city: the bureau\'s contact, the hotel supply\'s year, the newest ICCA year, airports with a distance', () => {
    expect(report.cities[0]).toMatchObject({
      bureau: { website: true, email: false, phone: true, desk: false },
      hotelRoomsYear: 2011,
      iccaNewestYear: 2018,
      airports: 1,
      airportsWithDistance: 1,
    });
    expect(report.cities[2]).toMatchObject({ hotelRoomsYear: null, iccaNewestYear: null, airportsWithDistance: 0 });
  });

  it('totals across venues and cities', () => {
    expect(report.totals).toMatchObject({
      cities: 2,
      venues: 3,
      rooms: 2,
      sections: 1,
      venuesWithoutRooms: 2,
      roomsWithSeats: 2,
      venuesWith: { website: 1, address: 1, coordinates: 1, airportKm: 0, verified: 1, allRoomsListed: 0 },
      citiesWith: { bureauWebsite: 1, bureauEmail: 0, bureauPhone: 1, hotelRooms: 1, icca: 1 },
      newestHotelRoomsYear: 2011,
      newestIccaYear: 2018,
    });
  });

  it('as lines: a row per venue under its city, and the totals in words', () => {
    const lines = coverageLines(report);
    expect(lines).toContain('Hangzhou 杭州 · bureau: website ✓, e-mail –, phone ✓ · hotel supply 2011 · ICCA 2018 · airport distances 1 of 1');
    expect(lines.find((line) => line.endsWith(' test-centre'))).toMatch(/^ {2}2\+1\/61 +2 +· +1 +· +· +· +· +✓ +– +✓ +– +2026-06-01 +test-centre$/u);
    expect(lines).toContain('lhasa (no city.yaml)');
    expect(lines).toContain('  rooms on file: 2 (and 1 section) across 3 venues; 2 venues with none');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}rooms with a seat figure: 2 of 3 \(theatre 2, classroom 0, banquet 1,/u));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}cities with the bureau's website 1 of 2, e-mail 0, phone 1; hotel supply 1 \(newest 2011\); ICCA figures 1 \(newest 2018\)$/u));
  });

  it('a check more than a year old is marked stale', () => {
    const stale = contentCoverage([], [{ slug: 'old', facts: venue('hangzhou', { verified: '2024-01-10' }) }], today);
    expect(coverageLines(stale).find((line) => line.endsWith(' old'))).toContain('2024-01-10 stale');
  });
});
