import { describe, expect, it } from 'vitest';
import { byEvidence, figurePeople, roomEvidence, weaker } from './evidence.ts';
import { roomRecord } from '../testing/records.ts';

const level = (room: Parameters<typeof roomRecord>[1], layout: Parameters<typeof roomEvidence>[1], seats: number) => roomEvidence(roomRecord('r', room), layout, seats);

describe('confirmed: a published figure for the layout meets the need', () => {
  it('boundary included', () => {
    expect(level({ capacity: { theatre: 1000 } }, 'theatre', 1000)).toMatchObject({ level: 'confirmed', figure: { kind: 'layout', layout: 'theatre', seats: 1000 } });
  });
  it('a figure for the layout outweighs any other figure, for or against', () => {
    expect(level({ capacity: { theatre: 1000 }, upTo: 500, area: 100 }, 'theatre', 900).level).toBe('confirmed');
    expect(level({ capacity: { classroom: 80 }, upTo: 5000, area: 2000 }, 'classroom', 100).level).toBe('ruled-out');
  });
});

describe('indicated: a figure not for the layout points to yes', () => {
  it('"up to N" with no layout stated, at or above the need', () => {
    expect(level({ upTo: 5000 }, 'theatre', 1000)).toMatchObject({ level: 'indicated', figure: { kind: 'up-to', people: 5000 } });
    expect(level({ upTo: 1000 }, 'classroom', 1000).level).toBe('indicated');
  });
  it('"more than N" with no layout stated, at or above the need', () => {
    expect(level({ moreThan: 2000 }, 'theatre', 2000)).toMatchObject({ level: 'indicated', figure: { kind: 'more-than', people: 2000 } });
  });
  it('an estimate from area under the rule: theatre at 1.00 m², classroom at 2.00 m², banquet on its fewest (2.0 m²)', () => {
    expect(level({ area: 990 }, 'theatre', 990)).toMatchObject({ level: 'indicated', figure: { kind: 'estimate', layout: 'theatre', people: [990, 990], orMore: false } });
    expect(level({ area: 200 }, 'classroom', 100).level).toBe('indicated');
    expect(level({ area: 1200 }, 'banquet', 600)).toMatchObject({ level: 'indicated', figure: { people: [600, 800] } });
  });
  it('length × width stands in for an unpublished area', () => {
    expect(level({ length: 30, width: 20 }, 'classroom', 300).level).toBe('indicated');
  });
  it('an area published as "more than" gives an estimate that is itself a lower bound', () => {
    expect(level({ area: 2700, areaQualifier: 'or-more' }, 'theatre', 2500)).toMatchObject({ level: 'indicated', figure: { kind: 'estimate', orMore: true } });
  });
});

describe('unknown: nothing on file decides it', () => {
  it('no figure at all for the room in that layout', () => {
    expect(level({ capacity: { banquet: 800 } }, 'theatre', 500)).toMatchObject({ level: 'unknown', figure: { kind: 'none', layout: 'theatre' } });
  });
  it('an estimate range that reaches the need only at its dense end', () => {
    // 1,200 m² seats 600–800 banquet-style: 700 is within the range, so neither indicated nor ruled out.
    expect(level({ area: 1200 }, 'banquet', 700)).toMatchObject({ level: 'unknown', figure: { kind: 'estimate', people: [600, 800] } });
    // 300 m² at tables seats about 150, but the room is not too small at 1.00 m² a person.
    expect(level({ area: 300 }, 'classroom', 200).level).toBe('unknown');
  });
  it('"more than N" below the need: a minimum, never a maximum', () => {
    expect(level({ moreThan: 1000 }, 'theatre', 5000)).toMatchObject({ level: 'unknown', figure: { kind: 'more-than', people: 1000 } });
  });
  it('a standing reception: the rule says nothing of it, so area neither estimates nor rules out', () => {
    expect(level({ area: 100 }, 'reception', 500)).toMatchObject({ level: 'unknown', figure: { kind: 'none' } });
  });
  it('a layout the rule gives no figure for is never estimated, only bounded', () => {
    expect(level({ area: 1000 }, 'u_shape', 60)).toMatchObject({ level: 'unknown', figure: { kind: 'none' } });
  });
});

describe('ruled out: a published figure rules it out', () => {
  it('a figure for the layout below the need', () => {
    expect(level({ capacity: { banquet: 800 } }, 'banquet', 801).level).toBe('ruled-out');
  });
  it('the source says the layout is not offered', () => {
    expect(level({ notOffered: ['banquet'], area: 5000, upTo: 5000 }, 'banquet', 10)).toMatchObject({ level: 'ruled-out', figure: { kind: 'not-offered' } });
  });
  it('"up to N" below the need, whatever the layout', () => {
    expect(level({ upTo: 1320, area: 5000 }, 'theatre', 1321)).toMatchObject({ level: 'ruled-out', figure: { kind: 'up-to', people: 1320 } });
  });
  it('by area: too small even at the rule’s least area a seat (1.00 m²), in any seated layout', () => {
    expect(level({ area: 730 }, 'theatre', 1000)).toMatchObject({ level: 'ruled-out', figure: { kind: 'area', area: 730, people: 730 } });
    expect(level({ area: 100 }, 'u_shape', 101).level).toBe('ruled-out');
    expect(level({ area: 100 }, 'banquet', 100).level).toBe('unknown');
  });
  it('an area published as "more than" never rules a room out', () => {
    expect(level({ area: 100, areaQualifier: 'or-more' }, 'theatre', 500).level).toBe('unknown');
  });
});

describe('comparing evidence', () => {
  const e = (room: Parameters<typeof roomRecord>[1], seats = 100) => roomEvidence(roomRecord('r', room), 'theatre', seats);
  it('stronger first; on a level, a published figure before an estimate, then the larger', () => {
    const sorted = [e({ area: 20000 }), e({ upTo: 3000 }), e({ capacity: { theatre: 150 } }), e({ upTo: 6000 })].sort((a, b) => byEvidence(a, b));
    expect(sorted.map((x) => figurePeople(x.figure))).toEqual([150, 6000, 3000, 20000]);
    expect([e({ upTo: 3000 }), e({ upTo: 600 })].sort((a, b) => byEvidence(a, b, true)).map((x) => figurePeople(x.figure))).toEqual([600, 3000]);
  });
  it('the weaker of two levels', () => {
    expect(weaker('confirmed', 'indicated')).toBe('indicated');
    expect(weaker('ruled-out', 'unknown')).toBe('ruled-out');
  });
});
