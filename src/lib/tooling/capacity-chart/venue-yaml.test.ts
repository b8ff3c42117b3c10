import { describe, expect, it } from 'vitest';
import { checkVenueText, existingRooms, replaceRooms, VenueFileError, venueFactsOf } from './venue-yaml.ts';

const venue = `# A test venue
city: lhasa
type: convention-centre
name: { en: Test Centre, zh: 测试中心 }
sources:
  - { publisher: { en: Test, zh: 测试 }, url: "https://example.org/", language: zh }
# Rooms from the old leaflet.
rooms:
  - id: old-hall
    name: { en: Old hall, zh: 旧厅 }
    capacity: { theatre: 100 }   # as printed
website: https://example.org/   # kept after the rooms
`;

describe('replaceRooms', () => {
  const rooms = [{ id: 'hall', name: { zh: '大厅' }, area: 500, capacity: { theatre: 400 }, notOffered: ['banquet' as const] }];

  it('replaces the rooms and keeps every other line and comment as written', () => {
    const text = replaceRooms(venue, rooms);
    expect(text).toBe(`# A test venue
city: lhasa
type: convention-centre
name: { en: Test Centre, zh: 测试中心 }
sources:
  - { publisher: { en: Test, zh: 测试 }, url: "https://example.org/", language: zh }
allRoomsListed: true
# Rooms from the old leaflet.
rooms:
  - id: hall
    name: { zh: 大厅 }
    area: 500
    capacity:
      theatre: 400
    notOffered: [ banquet ]
website: https://example.org/ # kept after the rooms
`);
  });

  it('an area with a qualifier is written on one line', () => {
    expect(replaceRooms('city: x\n', [{ id: 'hall', name: { en: 'Hall' }, area: { value: 500, about: true } }])).toContain('    area: { value: 500, about: true }\n');
  });

  it('sets allRoomsListed where the file has it, and adds rooms where it has none', () => {
    expect(replaceRooms('city: x\nallRoomsListed: false\n', rooms)).toMatch(/^city: x\nallRoomsListed: true\nrooms:\n  - id: hall/);
  });

  it('reads the rooms there are now', () => {
    expect(existingRooms(venue)).toEqual([{ id: 'old-hall', name: { en: 'Old hall', zh: '旧厅' }, capacity: { theatre: 100 } }]);
    expect(existingRooms('city: x\n')).toEqual([]);
  });

  it('refuses a file that is not YAML, or not a venue', () => {
    expect(() => replaceRooms('city: [x\n', rooms)).toThrow(VenueFileError);
    expect(() => existingRooms('- a\n- b\n')).toThrow(/expected the venue's facts/);
  });
});

describe('checkVenueText', () => {
  it('accepts a valid venue', () => {
    expect(checkVenueText(replaceRooms(venue, [{ id: 'hall', name: { zh: '大厅' }, capacity: { theatre: 400 } }]), new Map([['hall', 5]]))).toEqual([]);
  });

  it('says a room\'s problem by its chart row, and a problem elsewhere in the file by its field', () => {
    const rows = new Map([['hall', 7]]);
    const unknownSource = replaceRooms(venue, [{ id: 'hall', name: { zh: '大厅' }, capacity: { theatre: 400 }, source: 'nope' }]);
    expect(checkVenueText(unknownSource, rows)).toEqual([{ row: 7, message: expect.stringMatching(/^source: unknown source "nope"/) }]);
    const badType = replaceRooms(venue.replace('type: convention-centre', 'type: castle'), [{ id: 'hall', name: { zh: '大厅' }, capacity: { theatre: 400 } }]);
    expect(checkVenueText(badType, rows)).toEqual([{ message: expect.stringMatching(/^venue\.yaml: type: expected one of/) }]);
  });
});

describe('venueFactsOf', () => {
  it('the facts as the build reads them: defaults filled in', () => {
    const facts = venueFactsOf(venue);
    expect(facts.name).toEqual({ en: 'Test Centre', zh: '测试中心' });
    expect(facts.rooms[0]).toMatchObject({ id: 'old-hall', capacity: { theatre: 100 }, notOffered: [] });
  });

  it('refuses a file the build would refuse, naming file and field', () => {
    expect(() => venueFactsOf(venue.replace('type: convention-centre', 'type: castle'), 'content/venues/x/venue.yaml')).toThrow(
      /^a problem to fix first \(npm run check names them too\):\n  ✗ content\/venues\/x\/venue\.yaml: type: expected one of/u,
    );
    expect(() => venueFactsOf('city: [x\n')).toThrow(VenueFileError);
  });
});
