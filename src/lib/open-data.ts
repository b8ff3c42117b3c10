/** The open-data records: the same facts the pages show, with dates as YYYY-MM-DD. */
import { isoDay } from './format.ts';
import type { CityFacts, VenueFacts } from './schemas.ts';

export function venueRecord(slug: string, venue: VenueFacts) {
  return {
    slug,
    city: venue.city,
    type: venue.type,
    name: venue.name,
    address: venue.address,
    coordinates: venue.coordinates,
    opened: venue.opened ?? null,
    meetingSpace: venue.meetingSpace ?? null,
    exhibitionSpace: venue.exhibitionSpace ?? null,
    hotelRooms: venue.hotelRooms ?? null,
    airportKm: venue.airportKm,
    website: venue.website ?? null,
    source: venue.source,
    verified: venue.verified ? isoDay(venue.verified) : null,
    rooms: venue.rooms.map((room) => ({
      name: room.name,
      area: room.area ?? null,
      ceiling: room.ceiling ?? null,
      capacity: room.capacity,
    })),
  };
}
export type VenueRecord = ReturnType<typeof venueRecord>;

export function cityRecord(slug: string, city: CityFacts) {
  return {
    slug,
    name: city.name,
    province: city.province,
    region: city.region,
    coordinates: city.coordinates,
    joined: isoDay(city.joined),
    foundingMember: city.foundingMember,
    airports: city.airports,
    railStations: city.railStations,
    hotelRooms: city.hotelRooms ?? null,
    conventionAmbassadors: city.conventionAmbassadors ?? null,
    keyIndustries: city.keyIndustries,
    universities: city.universities,
    supportProgrammes: city.supportProgrammes,
    conventionBureau: city.conventionBureau,
  };
}
