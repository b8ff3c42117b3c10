import { describe, expect, it } from 'vitest';
import { finderIndex } from './finder-index.ts';
import { roomRecord, venueRecordOf } from '../testing/records.ts';

describe('finderIndex', () => {
  const open = venueRecordOf('open', { rooms: [roomRecord('hall', { capacity: { theatre: 800 } })], address: { en: '1 Road', zh: '路1号' }, website: 'https://example.org/' });
  const demolished = venueRecordOf('demolished', { status: { kind: 'partly-demolished', year: 2024, source: 'source-1' } });
  const index = finderIndex([open, demolished], []);

  it('leaves out a venue whose status changed: its figures no longer describe what can be booked', () => {
    expect(index.venues.map((v) => v.slug)).toEqual(['open']);
  });
  it('keeps what matching reads and drops what it does not (addresses, websites, source details)', () => {
    const [venue] = index.venues;
    expect(venue?.rooms).toEqual(open.rooms);
    expect(venue?.sources).toEqual([{ id: 'source-1' }]);
    expect(venue).not.toHaveProperty('address');
    expect(venue).not.toHaveProperty('website');
  });
});
