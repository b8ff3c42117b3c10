import { describe, expect, it } from 'vitest';
import { roomNameGaps } from './room-name-gaps.ts';

describe('roomNameGaps', () => {
  it('lists rooms without a name in each language', () => {
    const rooms = [
      { id: 'grand-ballroom', name: { en: 'Grand Ballroom', zh: '大宴会厅' } },
      { id: 'room-5', name: { zh: '贵宾厅' } },
      { id: 'harbour-room', name: { en: 'Harbour Room' } },
    ];
    expect(roomNameGaps(rooms)).toEqual({ en: ['room-5'], zh: ['harbour-room'] });
  });

  it('no gap when every room is named in both languages', () => {
    expect(roomNameGaps([{ id: 'a', name: { en: 'A', zh: '甲' } }])).toEqual({});
  });
});
