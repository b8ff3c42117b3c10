import { describe, expect, it } from 'vitest';
import { pick } from '../../i18n/ui.ts';
import { listingKeys } from './listing-text.ts';
import vocabularyLabels from './vocabulary-labels.json' with { type: 'json' };
import { compareCsv, compareVenueRows, csvField, type CompareLabels } from './venue-comparison.ts';
import { citation } from './citation.ts';
import { completeVenue, roomRecord, sourceRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';
import { venueSummary } from './venue-summary.ts';

const labels: CompareLabels = {
  city: 'City',
  type: 'Type',
  rooms: 'Rooms',
  largestRoom: 'Largest room (m²)',
  exhibitionSpace: 'Exhibition (m²)',
  hotelRooms: 'Hotel rooms',
  airport: 'Airport (km)',
  verified: 'Verified',
  source: 'Source',
  layouts: Object.fromEntries(Object.entries(vocabularyLabels.layout).map(([layout, label]) => [layout, label.en])) as CompareLabels['layouts'],
  venueTypes: { 'convention-centre': 'Convention centre' },
  cityNames: { hangzhou: 'Hangzhou' },
  listing: pick('en', listingKeys),
  formatNumber: new Intl.NumberFormat('en-GB').format,
  orMore: 'more than {n}',
  cite: (source) => citation(source, 'en'),
};

describe('compare', () => {
  const a = completeVenue('a', [roomRecord('hall', { area: 5000, capacity: { theatre: 3000 } })], { exhibitionSpace: 100000 });
  const b = { ...venueWithTotal('b', [roomRecord('ballroom', { area: 1200, capacity: { banquet: 800 } })], 100, true), hotelRooms: 500 };
  const rows = compareVenueRows([a, b], labels);
  const row = (key: string) => rows.find((r) => r.key === key)?.values;

  it('puts each venue’s figures in its own column', () => {
    expect(row('city')).toEqual(['Hangzhou', 'Hangzhou']);
    expect(row('largestRoom')).toEqual([5000, 1200]);
    expect(row('capacity.theatre')).toEqual([3000, null]);
    expect(row('capacity.banquet')).toEqual([null, 800]);
    expect(row('exhibitionSpace')).toEqual([100000, null]);
    expect(row('hotelRooms')).toEqual([null, 500]);
  });

  it('says how many of its rooms each venue lists, and keeps a figure nobody published null, never 0', () => {
    expect(row('rooms')).toEqual(['1, all listed', '1 listed (the venue has more than 100)']);
    expect(row('capacity.u_shape')).toEqual([null, null]);
    expect(row('airportKm')).toEqual([null, null]);
  });

  it('shows an area published as "more than N" as such, as the scorecard reads it', () => {
    const hall = venueRecordOf('tianjin', { rooms: [roomRecord('central', { area: 2700, areaQualifier: 'or-more', moreThan: 2000 })] });
    expect(compareVenueRows([hall], labels).find((r) => r.key === 'largestRoom')?.values).toEqual(['more than 2,700']);
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('Hangzhou, China')).toBe('"Hangzhou, China"');
    expect(csvField('the "Expo"')).toBe('"the ""Expo"""');
    expect(csvField(null)).toBe('');
    expect(csvField(3000)).toBe('3000');
  });

  it('writes CSV with a BOM, a header of venue names and CRLF lines', () => {
    const csv = compareCsv(['Expo, Hangzhou', '博览中心'], rows.slice(0, 1));
    expect(csv).toBe('\uFEFF,"Expo, Hangzhou",博览中心\r\nCity,Hangzhou,Hangzhou\r\n');
  });
  it('reads a venue summary (what the compare page fetches) as it reads the full record', () => {
    const full = completeVenue('a', [roomRecord('hall', { area: 5000, capacity: { theatre: 3000 }, source: 's' })], { exhibitionSpace: 100000, hotelRooms: 300, sources: [sourceRecord('s', { title: 'A title', url: 'https://example.org/s', published: '2019-01-01' })] });
    expect(compareVenueRows([venueSummary(full)], labels)).toEqual(compareVenueRows([full], labels));
  });
});
