/** Builders of venue and room records for unit tests and the finder benchmark: every field at its "nothing published" value unless given. */
import type { CityRecord, RoomRecord, SourceRecord, VenueRecord } from '../shared/records.ts';

/** A source named `id` by a publisher of the same name, nothing else known unless given. */
export const sourceRecord = (id: string, overrides: Partial<SourceRecord> = {}): SourceRecord => ({ id, publisher: { en: id, zh: id }, title: null, url: null, language: 'en', published: null, ...overrides });

export function roomRecord(id: string, overrides: Partial<RoomRecord> = {}): RoomRecord {
  return {
    id,
    name: { en: id, zh: id },
    partOf: null,
    area: null,
    areaQualifier: null,
    length: null,
    width: null,
    ceiling: null,
    upTo: null,
    moreThan: null,
    capacity: {},
    notOffered: [],
    meetingRoom: true,
    source: 'source-1',
    ...overrides,
  };
}

export function venueRecordOf(slug: string, overrides: Partial<VenueRecord> = {}): VenueRecord {
  return {
    slug,
    city: 'hangzhou',
    type: 'convention-centre',
    name: { en: slug, zh: slug },
    address: null,
    coordinates: null,
    opened: null,
    website: null,
    status: null,
    meetingRoomsTotal: null,
    meetingSpace: null,
    exhibitionSpace: null,
    hotelRooms: null,
    airportKm: null,
    airportsStraightLine: [],
    figureDetails: {},
    allRoomsListed: false,
    verified: null,
    sources: [{ id: 'source-1', publisher: { en: 'Source', zh: '来源' }, title: null, url: 'https://example.org/', language: 'en', published: null }],
    rooms: [],
    ...overrides,
  };
}

/** A venue whose `rooms` are its complete list. */
export const completeVenue = (slug: string, rooms: RoomRecord[], overrides: Partial<VenueRecord> = {}) =>
  venueRecordOf(slug, { rooms, allRoomsListed: true, ...overrides });

/** A venue that publishes a room total: exact, or a lower bound ("100+"). */
export const venueWithTotal = (slug: string, rooms: RoomRecord[], total: number, orMore = false) =>
  venueRecordOf(slug, {
    rooms,
    meetingRoomsTotal: total,
    figureDetails: { meetingRoomsTotal: { source: 'source-1', about: false, orMore, year: null } },
  });

/** A city with nothing published but its name and a bureau without contacts, unless given. */
export function cityRecordOf(slug: string, overrides: Partial<CityRecord> = {}): CityRecord {
  return {
    slug,
    name: { en: slug, zh: slug },
    province: { en: slug, zh: slug },
    region: 'east',
    coordinates: { lat: 30, lng: 120 },
    joined: '2012-09-12',
    foundingMember: false,
    airports: [],
    railStations: [],
    hotelRooms: null,
    conventionAmbassadors: null,
    icca: [],
    keyIndustries: [],
    universities: [],
    supportProgrammes: [],
    conventionBureau: { name: { en: `${slug} bureau`, zh: `${slug}局` }, desk: null, url: null, email: null, phone: null, source: 'bureau' },
    sources: [sourceRecord('bureau')],
    ...overrides,
  };
}
