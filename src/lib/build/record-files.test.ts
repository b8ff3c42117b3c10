import { describe, expect, it } from 'vitest';
import { recordFile, recordFilePath, recordFiles } from './record-files.ts';
import { citySummary } from '../shared/city-summary.ts';
import { venueSummary } from '../shared/venue-summary.ts';
import { cityRecordOf, roomRecord, venueRecordOf } from '../testing/records.ts';

const venues = [venueRecordOf('expo', { rooms: [roomRecord('hall', { capacity: { theatre: 800 } })] }), venueRecordOf('hotel', { hotelRooms: 300 })];
const cities = [cityRecordOf('hangzhou')];

describe('the one-file-per-record copies of the open data', () => {
  it('are one record each, as in the full files, and compare’s summaries of the same records', () => {
    const files = new Map(recordFiles(venues, cities));
    expect([...files.keys()]).toEqual(['venues/expo.json', 'venues/hotel.json', 'venue-summaries/expo.json', 'venue-summaries/hotel.json', 'cities/hangzhou.json', 'city-summaries/hangzhou.json']);
    expect(files.get('venues/hotel.json')).toBe(venues[1]);
    expect(files.get('venue-summaries/expo.json')).toEqual(venueSummary(venues[0]!));
    expect(files.get('cities/hangzhou.json')).toBe(cities[0]);
    expect(files.get('city-summaries/hangzhou.json')).toEqual(citySummary(cities[0]!, venues));
  });
  it('name no file for a slug no venue or city has', () => {
    expect(recordFile('venues', 'nowhere', venues, cities)).toBeUndefined();
    expect(recordFile('city-summaries', 'expo', venues, cities)).toBeUndefined();
  });
  it('are found by their path under /data/, and only those', () => {
    expect(recordFilePath.exec('venue-summaries/china-world-hotel-beijing.json')?.slice(1)).toEqual(['venue-summaries', 'china-world-hotel-beijing']);
    for (const path of ['venues.json', 'venues/../cities.json', 'venues/Upper.json', 'entry/x.json', 'cities/x.json.map']) expect(recordFilePath.test(path), path).toBe(false);
  });
});
