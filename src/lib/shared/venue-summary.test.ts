import { describe, expect, it } from 'vitest';
import { venueSummary } from './venue-summary.ts';
import { roomRecord, sourceRecord, venueRecordOf } from '../testing/records.ts';
import { venueCriteria } from './board-scores.ts';

const source = (id: string) => sourceRecord(id, { publisher: { en: `Publisher ${id}`, zh: `出版方${id}` }, title: `Title ${id}`, url: `https://example.org/${id}`, published: '2019-05-01' });
const venue = venueRecordOf('hall', {
  address: { en: '1 Expo Road', zh: '会展路1号' },
  website: 'https://example.org/hall',
  hotelRooms: 300,
  rooms: [roomRecord('main', { area: 1200, capacity: { theatre: 1000 }, source: 's1' })],
  sources: [source('s1'), source('s2')],
});

describe('venueSummary: what compare reads of a venue', () => {
  const summary = venueSummary(venue);
  it('keeps the figures and rooms compare and its scorecard show, and names each source by publisher and date only', () => {
    expect(summary).toMatchObject({ slug: 'hall', hotelRooms: 300, rooms: venue.rooms });
    expect(summary.sources).toEqual([
      { id: 's1', publisher: { en: 'Publisher s1', zh: '出版方s1' }, published: '2019-05-01' },
      { id: 's2', publisher: { en: 'Publisher s2', zh: '出版方s2' }, published: '2019-05-01' },
    ]);
  });
  it('leaves out what compare never shows: the address, the website, and the sources’ titles and links', () => {
    expect(summary).not.toHaveProperty('address');
    expect(summary).not.toHaveProperty('website');
    expect(JSON.stringify(summary)).not.toContain('https://');
  });
  it('scores the same as the full record, each figure with its publisher', () => {
    for (const criterion of venueCriteria) expect(criterion.figure(summary), criterion.key).toEqual(criterion.figure({ ...venue, sources: summary.sources }));
    expect(venueCriteria.find((c) => c.key === 'theatre')?.figure(summary)).toMatchObject({ value: 1000, source: { id: 's1', publisher: { en: 'Publisher s1' } } });
  });
});
