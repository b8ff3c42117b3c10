import { describe, expect, it } from 'vitest';
import { boardScores, cityCriteria, parseBoardSettings, rankByScore, venueCriteria, writeBoardSettings, type Criterion } from './board-scores.ts';
import { boardKeys, keepBoardKeys } from './board-query.ts';
import { citySummary } from './city-summary.ts';
import { cityRecordOf, completeVenue, roomRecord, sourceRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';

interface Item {
  name: string;
  seats: number | null;
  km: number | null;
}
const criteria: Criterion<Item>[] = [
  { key: 'seats', better: 'more', figure: (i) => (i.seats === null ? null : { value: i.seats, source: null, year: null }) },
  { key: 'km', better: 'less', figure: (i) => (i.km === null ? null : { value: i.km, source: null, year: null }) },
];
const items: Item[] = [
  { name: 'big-far', seats: 2000, km: 40 },
  { name: 'small-near', seats: 1000, km: 20 },
  { name: 'unknown-km', seats: 2000, km: null },
];

describe('board scores', () => {
  it('scores each figure as a share of the best among those compared, weighted', () => {
    const [bigFar, smallNear] = boardScores(items, criteria, { weights: { seats: 3, km: 1 }, musts: {} });
    // big-far: seats 1 × 3, km 20/40 × 1 → 3.5 / 4
    expect(bigFar?.score).toBe(88);
    // small-near: seats 0.5 × 3, km 1 × 1 → 2.5 / 4
    expect(smallNear?.score).toBe(63);
    expect(bigFar?.criteria.map((c) => c.points)).toEqual([1, 0.5]);
  });

  it('never scores an unknown figure as zero: it is left out and the score says it rests on fewer criteria', () => {
    const [, , unknown] = boardScores(items, criteria, { weights: {}, musts: {} });
    expect(unknown).toMatchObject({ score: 100, known: 1, total: 2 });
    expect(unknown?.criteria[1]).toMatchObject({ figure: null, points: null });
  });

  it('a weight of 0 leaves a criterion out; with no figure for any weighted criterion there is no score', () => {
    const [bigFar] = boardScores(items, criteria, { weights: { km: 0 }, musts: {} });
    expect(bigFar).toMatchObject({ score: 100, known: 1, total: 1 });
    const none = boardScores([{ name: 'x', seats: null, km: null }], criteria, { weights: {}, musts: {} });
    expect(none[0]).toMatchObject({ score: null, known: 0, total: 2 });
  });

  it('checks must-haves: met, failed, or open for want of a figure; fails rank last', () => {
    const scores = boardScores(items, criteria, { weights: {}, musts: { seats: 1500, km: 30 } });
    expect(scores.map((s) => [s.item.name, s.fails, s.open])).toEqual([
      ['big-far', ['km'], []],
      ['small-near', ['seats'], []],
      ['unknown-km', [], ['km']],
    ]);
    expect(rankByScore(scores)[0]?.item.name).toBe('unknown-km');
  });

  it('ranks by the criteria a score rests on, then by score: a high score on one criterion never ranks above one on two', () => {
    // big-far: 2 of 2 criteria; hotel-like: seats only, and the most seats, so 100 on 1 of 2.
    const partial: Item[] = [
      { name: 'two-criteria', seats: 1000, km: 40 },
      { name: 'one-criterion', seats: 3000, km: null },
      { name: 'none', seats: null, km: null },
    ];
    const scores = boardScores(partial, criteria, { weights: {}, musts: {} });
    expect(scores.map((s) => [s.item.name, s.score, s.known])).toEqual([
      ['two-criteria', 67, 2],
      ['one-criterion', 100, 1],
      ['none', null, 0],
    ]);
    expect(rankByScore(scores).map((s) => s.item.name)).toEqual(['two-criteria', 'one-criterion', 'none']);
    // On the same number of criteria, the higher score first.
    const even = boardScores([{ name: 'b', seats: 1000, km: 40 }, { name: 'a', seats: 2000, km: 20 }], criteria, { weights: {}, musts: {} });
    expect(rankByScore(even).map((s) => [s.item.name, s.score])).toEqual([['a', 100], ['b', 50]]);
  });

  it('keeps weights and must-haves in the URL and reads them back, dropping what is malformed', () => {
    const params = new URLSearchParams('venues=a,b');
    writeBoardSettings(params, 'venues', { weights: { theatre: 3, airport: 1, exhibition: 0 }, musts: { theatre: 1000 } });
    expect(params.toString()).toBe('venues=a%2Cb&vw=theatre%3A3%2Cexhibition%3A0&vmust=theatre%3A1000');
    expect(parseBoardSettings(params, 'venues', venueCriteria)).toEqual({ weights: { theatre: 3, exhibition: 0 }, musts: { theatre: 1000 } });
    const tampered = new URLSearchParams('vw=theatre:9,nothing:2,<b>:1,airport:-1&vmust=theatre:-5,airport:abc,exhibition:20000');
    expect(parseBoardSettings(tampered, 'venues', venueCriteria)).toEqual({ weights: {}, musts: { exhibition: 20000 } });
    expect(boardKeys.cities).toEqual({ weights: 'cw', musts: 'cmust' });
  });

  it('keeps the board’s keys when the compared list changes', () => {
    expect(keepBoardKeys('venues=a', '?venues=a,b&vw=theatre:3&cmust=airport:40&x=1')).toBe('venues=a&vw=theatre:3&cmust=airport:40');
  });
});

describe('criteria read from the records', () => {
  const figure = (key: string, venue: Parameters<(typeof venueCriteria)[number]['figure']>[0]) => venueCriteria.find((c) => c.key === key)?.figure(venue) ?? null;

  it('venues: largest theatre room and area with the room’s source, totals with theirs, unknown as null', () => {
    const venue = completeVenue('a', [roomRecord('hall', { area: 3000, capacity: { theatre: 2500 } }), roomRecord('salon', { area: 200, capacity: { theatre: 150 } })], {
      exhibitionSpace: 20000,
      figureDetails: { exhibitionSpace: { source: 'source-1', about: false, orMore: false, year: 2020 } },
    });
    expect(figure('theatre', venue)).toMatchObject({ value: 2500, source: { id: 'source-1' } });
    expect(figure('largestRoom', venue)?.value).toBe(3000);
    expect(figure('exhibition', venue)).toMatchObject({ value: 20000, year: 2020 });
    expect(figure('meetingRooms', venue)?.value).toBe(2);
    expect(figure('hotelRooms', venue)).toBeNull();
    expect(figure('meetingRooms', venueWithTotal('b', [], 100, true))).toMatchObject({ value: 100, orMore: true });
    expect(figure('meetingRooms', venueRecordOf('c'))).toBeNull();
  });

  it('the largest room by area is the same figure the compare table shows: "more than 2,700" stays a lower bound, never "not on file"', () => {
    const hall = venueRecordOf('tianjin', { rooms: [roomRecord('central', { area: 2700, areaQualifier: 'or-more', moreThan: 2000 })] });
    expect(figure('largestRoom', hall)).toMatchObject({ value: 2700, orMore: true });
  });

  it('cities: hotel supply, nearest airport, latest ICCA year, and the best of its venues on this site', () => {
    const city = cityRecordOf('hangzhou', {
      hotelRooms: { value: 50000, year: 2019, about: false, orMore: false, source: 's', scope: null },
      airports: [
        { code: 'HGH', name: { en: '', zh: '' }, km: 27, minutes: null, source: 's' },
        { code: 'XXX', name: { en: '', zh: '' }, km: null, minutes: null, source: 's' },
      ],
      icca: [
        { year: 2016, meetings: 30, rankChina: null, rankAsiaPacific: null, rankWorld: null, source: 's' },
        { year: 2018, meetings: 36, rankChina: null, rankAsiaPacific: null, rankWorld: null, source: 's' },
        { year: 2019, meetings: null, rankChina: 3, rankAsiaPacific: null, rankWorld: null, source: 's' },
      ],
      sources: [sourceRecord('s', { publisher: { en: 'P', zh: 'P' }, url: 'https://example.org/' })],
    });
    const venues = [completeVenue('v1', [roomRecord('hall', { capacity: { theatre: 1800 } })]), venueRecordOf('v2', { city: 'xian' })];
    const summary = citySummary(city, venues);
    const of = (key: string) => cityCriteria.find((c) => c.key === key)?.figure(summary) ?? null;
    expect(of('hotelRooms')).toMatchObject({ value: 50000, year: 2019, source: { id: 's' } });
    expect(of('airport')).toMatchObject({ of: expect.any(String) });
    expect(of('airport')?.value).toBe(27);
    expect(of('icca')).toMatchObject({ value: 36, year: 2018 });
    expect(of('venues')?.value).toBe(1);
    expect(of('theatre')?.value).toBe(1800);
    expect(of('exhibition')).toBeNull();
    expect(of('ambassadors')).toBeNull();
  });
});

describe('a city figure of narrower scope', () => {
  it('is shown with its scope but never compared or scored as the city’s total', () => {
    const hotels = cityCriteria.find((c) => c.key === 'hotelRooms')!;
    const scope = { en: 'rooms in four- and five-star hotels', zh: '四星级和五星级酒店客房' };
    const chengdu = { slug: 'chengdu', sources: [], hotelRooms: { value: 16000, year: 2011, about: true, orMore: false, scope, source: 's' } } as unknown as Parameters<typeof hotels.figure>[0];
    const beijing = { slug: 'beijing', sources: [], hotelRooms: { value: 134000, year: 2010, about: false, orMore: false, scope: null, source: 's' } } as unknown as Parameters<typeof hotels.figure>[0];
    expect(hotels.figure(chengdu)).toBeNull();
    expect(hotels.scoped?.(chengdu)).toMatchObject({ value: 16000, year: 2011, about: true, scope });
    expect(hotels.figure(beijing)).toMatchObject({ value: 134000, year: 2010 });
    const [scored] = boardScores([chengdu], [hotels], { weights: {}, musts: { hotelRooms: 10000 } });
    expect(scored).toMatchObject({ score: null, known: 0, open: ['hotelRooms'] });
  });
});
