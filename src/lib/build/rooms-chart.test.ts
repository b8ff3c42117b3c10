import { describe, expect, it } from 'vitest';
import { chartMetrics, roomFigures, roomsChart } from './rooms-chart.ts';
import { roomRecord } from '../testing/records.ts';

describe('the rooms chart', () => {
  const hall = roomRecord('hall', { capacity: { theatre: 2000, banquet: 1000, classroom: 1200 }, notOffered: ['boardroom'] });
  const sectionA = roomRecord('hall-a', { partOf: 'hall', capacity: { theatre: 600 } });
  const upTo = roomRecord('forum', { upTo: 1320 });
  const moreThan = roomRecord('arena', { moreThan: 500 });
  const bare = roomRecord('salon', { area: 80 });
  const chart = roomsChart([
    { room: hall, depth: 0 },
    { room: sectionA, depth: 1 },
    { room: upTo, depth: 0 },
    { room: moreThan, depth: 0 },
    { room: bare, depth: 0 },
  ]);
  const bars = (id: string) => chart.rooms.find((r) => r.room.id === id)?.bars ?? [];

  it('draws one bar per published layout, in the planners’ order; layouts not offered or without a figure get none', () => {
    expect(bars('hall').map((b) => [b.layout, b.seats])).toEqual([
      ['theatre', 2000],
      ['classroom', 1200],
      ['banquet', 1000],
    ]);
    expect(bars('hall').every((b) => b.kind === 'figure')).toBe(true);
  });

  it('keeps “up to” and “more than” figures as what they are', () => {
    expect(bars('forum')).toMatchObject([{ layout: null, kind: 'up-to', seats: 1320 }]);
    expect(bars('arena')).toMatchObject([{ layout: null, kind: 'more-than', seats: 500 }]);
    expect(roomFigures(roomRecord('both', { upTo: 800, moreThan: 100 })).map((f) => f.kind)).toEqual(['up-to']);
  });

  it('scales bars to the largest figure; the largest fills the span', () => {
    expect(chart.max).toBe(2000);
    expect(bars('hall')[0]?.width).toBe(chart.barSpan);
    expect(bars('hall-a')[0]?.width).toBe(Math.round((600 / 2000) * chart.barSpan));
    expect(chart.barX + chart.barSpan + chartMetrics.valueWidth).toBe(chart.width);
  });

  it('indents sections under their room and stacks rooms downwards', () => {
    expect(chart.rooms.map((r) => r.x)).toEqual([0, chartMetrics.indent, 0, 0]);
    const ys = chart.rooms.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const lastBar = bars('arena')[0];
    expect(chart.height).toBeGreaterThan((lastBar?.y ?? 0) + chartMetrics.barHeight);
  });

  it('leaves out a room that publishes no seats, and counts it', () => {
    expect(chart.rooms.map((r) => r.room.id)).not.toContain('salon');
    expect(chart.notDrawn).toBe(1);
  });

  it('keeps a room with no seats of its own whose section has some, above that section', () => {
    const ballroom = roomRecord('ballroom', { area: 1200 });
    const section = roomRecord('ballroom-a', { partOf: 'ballroom', capacity: { banquet: 200 } });
    const withParent = roomsChart([{ room: ballroom, depth: 0 }, { room: section, depth: 1 }, { room: bare, depth: 0 }]);
    expect(withParent.rooms.map((r) => [r.room.id, r.bars.length])).toEqual([['ballroom', 0], ['ballroom-a', 1]]);
    expect(withParent.notDrawn).toBe(1);
  });

  it('is empty but valid for a venue with no rooms', () => {
    expect(roomsChart([])).toMatchObject({ rooms: [], max: 1 });
  });
});
