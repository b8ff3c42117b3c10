import { describe, expect, it } from 'vitest';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';
import { headlineFact, roomRows, venueKeyFacts, venueRoomListingText } from './venue-view.ts';

const sources = [
  { id: 'source-1', publisher: { en: 'Venue', zh: '场馆' }, title: null, url: 'https://example.org/', language: 'zh' as const, published: null },
  { id: 'qiuwen', publisher: { en: 'Qiuwen Baike', zh: '求闻百科' }, title: null, url: 'https://example.org/q', language: 'zh' as const, published: null },
];
const cncc = {
  ...venueWithTotal('cncc', [roomRecord('plenary-hall', { name: { en: 'Plenary Hall', zh: '大会堂' }, area: 6400, capacity: { theatre: 5100 } })], 100, true),
  sources,
  figureDetails: {
    meetingRoomsTotal: { source: 'qiuwen', about: false, orMore: true, year: null },
    exhibitionSpace: { source: 'source-1', about: true, orMore: false, year: 2019 },
  },
  exhibitionSpace: 40000,
};

describe('headlineFact', () => {
  it('is never headed by a room that is not a meeting room: it says the rooms listed are not meeting rooms', () => {
    const press = venueRecordOf('v', { rooms: [roomRecord('press', { upTo: 140, meetingRoom: false })] });
    expect(headlineFact(press, 'en')).toEqual({ label: 'Largest capacity listed', value: 'Not on file yet (the rooms listed are not meeting rooms)' });
    expect(headlineFact(press, 'zh')?.value).toBe('本站暂未收录（已收录的厅室均非会议室）');
    expect(headlineFact(venueRecordOf('v'), 'en')).toBeUndefined();
  });
  it('says it is the largest LISTED room while the list is incomplete, in which layout, and which room', () => {
    expect(headlineFact(cncc, 'en')).toEqual({ label: 'Largest capacity listed', value: '5,100 (theatre)', note: 'Plenary Hall', source: 1 });
    expect(headlineFact(cncc, 'zh')).toMatchObject({ label: '已收录场地中的最大容量', value: '5100人（剧院式）', note: '大会堂' });
  });
  it('drops "listed" when the list is complete', () => {
    expect(headlineFact(completeVenue('v', cncc.rooms), 'en')?.label).toBe('Largest capacity');
  });
  it('an "up to" figure says the layout is not stated', () => {
    expect(headlineFact(completeVenue('v', [roomRecord('ballroom', { upTo: 1320 })]), 'en')?.value).toBe('up to 1,320 (layout not stated)');
    expect(headlineFact(completeVenue('v', [roomRecord('ballroom', { moreThan: 2000 })]), 'zh')?.value).toBe('2000人以上（未注明台型）');
  });
});

describe('venueRoomListingText', () => {
  it('says how many rooms are listed of how many', () => {
    expect(venueRoomListingText(cncc, 'en')).toBe('1 listed (the venue has more than 100)');
    expect(venueRoomListingText(cncc, 'zh')).toBe('逾100间，本站收录1间');
    expect(venueRoomListingText(venueRecordOf('v'), 'zh')).toBe('本站暂未收录（总数不详）');
    expect(venueRoomListingText(venueWithTotal('v', [], 61), 'en')).toBe('0 of 61 listed');
    expect(venueRoomListingText(venueRecordOf('v', { rooms: [roomRecord('a', { area: 10 })] }), 'en')).toBe('1 listed; total not on file');
    expect(venueRoomListingText(completeVenue('v', [roomRecord('a', { area: 10 })]), 'zh')).toBe('1间（已全部收录）');
  });
});

describe('venueKeyFacts', () => {
  const facts = venueKeyFacts(cncc, 'en', 'Beijing', '/en/cities/beijing/');
  it('leaves out figures nobody published instead of showing 0', () => {
    expect(facts.map((f) => f.label)).toEqual(['Type', 'City', 'Largest capacity listed', 'Largest area listed', 'Meeting rooms', 'Exhibition space']);
  });
  it('points every published figure to its source, and says what the source says of it', () => {
    expect(facts.find((f) => f.label === 'Meeting rooms')).toMatchObject({ value: '1 listed (the venue has more than 100)', source: 2 });
    expect(facts.find((f) => f.label === 'Exhibition space')).toMatchObject({ value: 'about 40,000 m²', note: '(2019 figure)', source: 1 });
  });
});

describe('roomRows', () => {
  it('puts each room’s sections right under it, saying whose section each is', () => {
    const venue = venueRecordOf('v', {
      rooms: [
        roomRecord('a1', { partOf: 'ballroom', name: { en: 'Ballroom A', zh: '宴会厅A' } }),
        roomRecord('other'),
        roomRecord('ballroom', { name: { en: 'Ballroom', zh: '宴会厅' } }),
        roomRecord('a1x', { partOf: 'a1' }),
      ],
    });
    expect(roomRows(venue, 'en').map((r) => [r.room.id, r.depth, r.sectionOf ?? null])).toEqual([
      ['other', 0, null],
      ['ballroom', 0, null],
      ['a1', 1, 'Ballroom'],
      ['a1x', 2, 'Ballroom A'],
    ]);
  });
});
