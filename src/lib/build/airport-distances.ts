/**
 * Straight-line distances from a venue to its city's airports, from the venue's sourced coordinates
 * and the airports' positions in a maintained dataset (airport-data-js, CC BY 4.0, pinned in
 * package.json). Labelled "straight line" wherever shown; never used as a road distance.
 */
// A CommonJS package: its functions are on the default export when the build loads it as a module.
import airportData from 'airport-data-js';
import { straightLineKm, type Position } from '../shared/geo.ts';
import type { StraightLine } from '../shared/records.ts';

/** Where the airports' positions come from, as the pages name it. */
export const airportDataset = { name: 'airport-data-js', version: '4.0.0', licence: 'CC BY 4.0', url: 'https://github.com/aashishvanand/airport-data-js' } as const;

/** The positions of airports by IATA code; a code the dataset lacks is left out. */
export async function airportPositions(codes: readonly string[]): Promise<Map<string, Position>> {
  const found = await Promise.all(
    [...new Set(codes)].map(async (code) => {
      const [airport] = await airportData.getAirportByIata(code).catch(() => []);
      return airport ? ([code, { lat: airport.latitude, lng: airport.longitude }] as const) : undefined;
    }),
  );
  return new Map(found.filter((entry): entry is readonly [string, Position] => entry !== undefined));
}

/** The venue's straight-line distance to each airport with a known position, nearest first, whole km. */
export function straightLines(venue: Position | null, airports: readonly string[], positions: ReadonlyMap<string, Position>): StraightLine[] {
  if (!venue) return [];
  return airports
    .flatMap((code) => {
      const airport = positions.get(code);
      return airport ? [{ code, km: Math.max(1, Math.round(straightLineKm(venue, airport))) }] : [];
    })
    .sort((a, b) => a.km - b.km);
}
