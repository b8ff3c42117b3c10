import { describe, expect, it } from 'vitest';
import { en } from '../i18n/ui.ts';
import { compareCsv, compareVenueRows, csvField, type CompareLabels } from './compare.ts';
import type { VenueRecord } from './open-data.ts';

const record = (slug: string, overrides: Partial<VenueRecord>): VenueRecord => ({
  slug,
  city: 'hangzhou',
  type: 'convention-centre',
  name: { en: slug, zh: slug },
  address: { en: '', zh: '' },
  coordinates: { lat: 30, lng: 120 },
  opened: null,
  meetingSpace: null,
  exhibitionSpace: null,
  hotelRooms: null,
  airportKm: 20,
  website: null,
  source: { name: 'S', url: 'https://example.org/' },
  verified: null,
  rooms: [],
  ...overrides,
});

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
  layouts: { theatre: en['layout.theatre'], classroom: en['layout.classroom'], banquet: en['layout.banquet'], reception: en['layout.reception'], u_shape: en['layout.u_shape'], hollow_square: en['layout.hollow_square'], boardroom: en['layout.boardroom'] },
  venueTypes: { 'convention-centre': 'Convention centre' },
  cityNames: { hangzhou: 'Hangzhou' },
};

describe('compare', () => {
  const a = record('a', { rooms: [{ name: { en: 'Hall', zh: '厅' }, area: 5000, ceiling: null, capacity: { theatre: 3000 } }], exhibitionSpace: 100000 });
  const b = record('b', { rooms: [{ name: { en: 'Ballroom', zh: '宴会厅' }, area: 1200, ceiling: null, capacity: { banquet: 800 } }], hotelRooms: 500 });
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
});
