// npm run bench:finder: the finder script's size (gzip) and the time to re-filter 2,000 synthetic venues.
// Budgets: script ≤ 10 KB gzip (what a brief loads on demand printed beside it); one re-filter (filters, facet counts, sort, a brief's assessment and ranking) ≤ 16 ms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assessVenue, groupForBrief, type EventBrief } from '../src/lib/shared/brief.ts';
import type { VenueRecord } from '../src/lib/shared/records.ts';
import { facetCounts, matchFilters, sortVenues, type VenueFilters } from '../src/lib/shared/venue-filter.ts';
import { layouts } from '../src/lib/shared/seating.ts';
import { roomRecord, venueRecordOf } from '../src/lib/testing/records.ts';
import { kb, median, table } from './lib/measure.ts';
import { onDemandScriptBytes, ownScriptBytes } from './lib/page-weight.ts';

function syntheticVenues(count: number): VenueRecord[] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) =>
    venueRecordOf(`venue-${i}`, {
      city: `city-${i % 100}`,
      name: { en: `Venue ${i}`, zh: `场馆${i}` },
      exhibitionSpace: Math.round(next() * 100000),
      hotelRooms: Math.round(next() * 800),
      airportKm: Math.round(next() * 60),
      // Half the venues list only some of their rooms, so matching meets open figures as it does on the site.
      meetingRoomsTotal: next() > 0.5 ? 40 : null,
      allRoomsListed: next() > 0.5,
      rooms: Array.from({ length: 3 + Math.floor(next() * 20) }, (_, r) => {
        const seats = 20 + Math.round(next() * 3000);
        const capacity = Object.fromEntries(layouts.filter(() => next() > 0.3).map((l) => [l, Math.round(seats * (0.3 + next() * 0.7))]));
        return roomRecord(`room-${r}`, {
          name: { en: `Room ${r}`, zh: `${r}号厅` },
          // Every fifth room is a section of the room before it, as divisible ballrooms are.
          partOf: r % 5 === 4 ? `room-${r - 1}` : null,
          area: seats * 1.5,
          capacity: { theatre: seats, ...capacity },
        });
      }),
    }),
  );
}

const venues = syntheticVenues(2000);
const filters: VenueFilters = { cities: [], types: ['convention-centre'], layout: 'banquet', minCapacity: 300, minRooms: 5, maxAirportKm: 40 };
const brief: EventBrief = { plenary: { seats: 1200, layout: 'theatre' }, breakouts: { rooms: 6, seats: 80, layout: 'classroom' }, exhibitionArea: 10000 };

const refilter = () => {
  const listed = venues.filter((v) => matchFilters(v, filters).answer !== 'no');
  const shown = sortVenues(listed, 'capacity', filters.layout, 'zh');
  // The brief's groups, each ranked by evidence, as the finder lists them.
  const groups = groupForBrief(shown.map((v) => assessVenue(v, brief, { value: 50000, year: 2020, about: false, orMore: false, scope: null })));
  return shown.length + groups.fits.length + facetCounts(venues, filters).cities.size;
};
for (let i = 0; i < 20; i += 1) refilter(); // warm up the JIT
const times = Array.from({ length: 100 }, () => {
  const started = performance.now();
  refilter();
  return performance.now() - started;
});

const built = existsSync(join('dist', 'en', 'venues', 'index.html'));
// The finder's own scripts: what the venues page loads up front beyond what every page loads.
const finderBytes = built ? ownScriptBytes('dist', '/en/venues/', '/en/about/') : 0;
// What the finder loads when a brief is entered: the matching rules and their words.
const briefBytes = built ? onDemandScriptBytes('dist', '/en/venues/', '/en/about/') : 0;

console.log(
  table(
    ['measure', 'value', 'budget'],
    [
      ['finder script (gzip)', built ? kb(finderBytes) : 'build first (npm start or npm test)', '≤ 10 KB'],
      ['… and what a brief loads on demand (gzip)', built ? `${kb(briefBytes)} (${kb(finderBytes + briefBytes)} in all)` : '', ''],
      ['re-filter 2,000 venues, median', `${median(times).toFixed(2)} ms`, '≤ 16 ms'],
      ['re-filter 2,000 venues, slowest of 100', `${Math.max(...times).toFixed(2)} ms`, ''],
    ],
  ),
);
