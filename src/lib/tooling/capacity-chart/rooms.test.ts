import { describe, expect, it } from 'vitest';
import type { ChartRoom } from './chart.ts';
import { differences, planImport, roomListChanges, roomSlug, sameFigures } from './rooms.ts';

const room = (row: number, name: ChartRoom['name'], figures: Partial<ChartRoom> = {}): ChartRoom => ({ row, name, capacity: { theatre: 100 }, notOffered: [], ...figures });

describe('roomSlug', () => {
  it('lower-case ASCII with hyphens; accents and symbols dropped', () => {
    expect(roomSlug('Grand Ballroom A')).toBe('grand-ballroom-a');
    expect(roomSlug('Salle Château & Co.')).toBe('salle-chateau-and-co');
    expect(roomSlug('大宴会厅')).toBe('');
  });
});

describe('planImport', () => {
  it('new rooms: ids from the English name, else room-<row> (never a transliteration)', () => {
    const plan = planImport([room(4, { en: 'Grand Ballroom', zh: '大宴会厅' }), room(5, { zh: '贵宾厅' })], []);
    expect(plan.rooms.map((r) => r.id)).toEqual(['grand-ballroom', 'room-5']);
    expect(plan.added).toHaveLength(2);
    expect(plan.missingNames).toEqual([{ id: 'room-5', lang: 'en', row: 5 }]);
  });

  it('an existing room keeps its id and the name the chart does not give', () => {
    const existing = [{ id: 'main-hall', name: { en: 'Main hall', zh: '主会场' }, capacity: { theatre: 100 } }];
    const plan = planImport([room(3, { zh: '主会场' }, { capacity: { theatre: 120 } })], existing);
    expect(plan.rooms[0]).toEqual({ id: 'main-hall', name: { en: 'Main hall', zh: '主会场' }, capacity: { theatre: 120 } });
    expect(plan.keptNames).toEqual([{ id: 'main-hall', lang: 'en', name: 'Main hall' }]);
    expect(plan.changed.map(({ before, after }) => differences(before, after))).toEqual([['theatre: 100 → 120']]);
    expect(plan.missingNames).toEqual([]);
  });

  it('names the rooms the chart drops, and does not give their ids to new rooms', () => {
    const existing = [{ id: 'hall-a', name: { en: 'Hall A' } }];
    const plan = planImport([room(2, { en: 'Hall-A' })], existing);
    expect(plan.removed.map((r) => r.id)).toEqual(['hall-a']);
    expect(plan.rooms[0]?.id).toBe('hall-a-2');
  });

  it('a room on file as not a meeting room stays so: a chart has no column for it', () => {
    const existing = [{ id: 'press-a', name: { en: 'News Release Hall A', zh: '新闻发布厅A' }, upTo: 140, meetingRoom: false }];
    const plan = planImport([room(3, { en: 'News Release Hall A', zh: '新闻发布厅A' }, { capacity: {}, upTo: 140 })], existing);
    expect(plan.rooms[0]).toMatchObject({ id: 'press-a', meetingRoom: false });
    expect(plan.unchanged).toHaveLength(1);
  });

  it('two names with one slug get distinct ids', () => {
    expect(planImport([room(2, { en: 'Room A' }), room(3, { en: 'Room-A' })], []).rooms.map((r) => r.id)).toEqual(['room-a', 'room-a-2']);
  });

  it('says a qualified area as the chart does', () => {
    const existing = [{ id: 'hall', name: { en: 'Hall' }, area: 500, capacity: { theatre: 100 } }];
    const plan = planImport([room(2, { en: 'Hall' }, { area: { value: 500, about: true } })], existing);
    expect(plan.changed.map(({ before, after }) => differences(before, after))).toEqual([['area: 500 → about 500']]);
  });

  it('an area written { value: 500 } in the file and 500 in the chart is unchanged', () => {
    const existing = [{ id: 'hall', name: { en: 'Hall' }, area: { value: 500, about: false }, capacity: { theatre: 100 } }];
    expect(planImport([room(2, { en: 'Hall' }, { area: 500 })], existing).unchanged.map((r) => r.id)).toEqual(['hall']);
  });

  it('unchanged rooms are said to be unchanged', () => {
    const existing = [{ id: 'hall', name: { en: 'Hall' }, capacity: { theatre: 100 }, notOffered: [] }];
    const plan = planImport([room(2, { en: 'Hall' })], existing);
    expect(plan.unchanged.map((r) => r.id)).toEqual(['hall']);
  });

  it('sections: partOf by the parent\'s name in either language, as its id', () => {
    const plan = planImport([room(2, { en: 'Ballroom', zh: '宴会厅' }), room(3, { en: 'Ballroom A' }, { partOf: '宴会厅' })], []);
    expect(plan.rooms[1]?.partOf).toBe('ballroom');
    expect(plan.problems).toEqual([]);
  });

  it('refuses a section of a room the chart does not list, or of itself', () => {
    expect(planImport([room(3, { en: 'Ballroom A' }, { partOf: 'Ballroom' })], []).problems).toEqual([{ row: 3, message: 'part of "Ballroom": no room of that name in the chart' }]);
    expect(planImport([room(3, { en: 'Ballroom A' }, { partOf: 'ballroom a' })], []).problems).toEqual([{ row: 3, message: '"ballroom a" cannot be a section of itself' }]);
  });

  it('a room whose figures the chart leaves as they were keeps its source; a changed one cites the first source', () => {
    const existing = [
      { id: 'hall', name: { en: 'Hall' }, area: { value: 500 }, capacity: { theatre: 100 }, source: 'leaflet-2019' },
      { id: 'salon', name: { en: 'Salon' }, capacity: { theatre: 100 }, source: 'leaflet-2019' },
    ];
    const plan = planImport([room(2, { en: 'Hall' }, { area: 500 }), room(3, { en: 'Salon' }, { capacity: { theatre: 90 } })], existing);
    expect(plan.rooms.map((r) => r.source)).toEqual(['leaflet-2019', undefined]);
    expect(plan.unchanged.map((r) => r.id)).toEqual(['hall']);
  });

  it('--source is the source of every room, unchanged ones included', () => {
    const existing = [{ id: 'hall', name: { en: 'Hall' }, capacity: { theatre: 100 }, source: 'leaflet-2019' }];
    expect(planImport([room(2, { en: 'Hall' })], existing, 'venue-chart').rooms[0]?.source).toBe('venue-chart');
  });

  it('records layouts not offered in the schema\'s order, and the source when given', () => {
    const plan = planImport([room(2, { en: 'Hall' }, { notOffered: ['boardroom', 'banquet'] })], [], 'venue-chart');
    expect(plan.rooms[0]).toMatchObject({ notOffered: ['banquet', 'boardroom'], source: 'venue-chart' });
  });
});

describe('sameFigures', () => {
  it('reads figures as the schema does: a plain area is { value }, layouts not offered in any order', () => {
    expect(sameFigures({ id: 'a', name: { en: 'A' }, area: 500, notOffered: ['boardroom', 'banquet'] }, { id: 'b', name: { zh: '乙' }, area: { value: 500, about: false }, notOffered: ['banquet', 'boardroom'] })).toBe(true);
  });

  it('a qualifier, a seat figure or a layout not offered makes them differ', () => {
    const hall = { id: 'a', name: { en: 'A' }, area: 500, capacity: { theatre: 100 } };
    expect(sameFigures(hall, { ...hall, area: { value: 500, about: true } })).toBe(false);
    expect(sameFigures(hall, { ...hall, capacity: { theatre: 100, banquet: 60 } })).toBe(false);
    expect(sameFigures(hall, { ...hall, notOffered: ['banquet'] })).toBe(false);
  });

  it('a room the schema refuses matches nothing', () => {
    expect(sameFigures({ id: 'a', name: {} }, { id: 'a', name: {} })).toBe(false);
  });
});

describe('roomListChanges', () => {
  const hall = { id: 'hall', name: { en: 'Hall' }, area: 500, notOffered: ['boardroom', 'banquet'] };
  const salon = { id: 'salon', name: { zh: '沙龙' }, upTo: 40 };

  it('none when the lists are the same rooms as the build reads them', () => {
    expect(roomListChanges([hall, salon], [{ ...hall, area: { value: 500 }, notOffered: ['banquet', 'boardroom'], capacity: {} }, salon])).toEqual([]);
  });

  it('says each change by room and field, rooms gone or new, and a new order', () => {
    expect(roomListChanges([hall, salon], [{ ...hall, moreThan: 300, source: 'chart' }])).toEqual(['hall: moreThan: none → 300', 'hall: source: none → chart', 'salon: no longer listed']);
    expect(roomListChanges([hall], [hall, salon])).toEqual(['salon: new']);
    expect(roomListChanges([hall, salon], [salon, hall])).toEqual(['order: hall, salon → salon, hall']);
  });
});
