import { describe, expect, it } from 'vitest';
import { importChartRooms } from './import.ts';
import { VenueFileError } from './venue-yaml.ts';

const venue = `city: lhasa
type: convention-centre
name: { en: Test Centre, zh: 测试中心 }
sources:
  - { publisher: { en: Test, zh: 测试 }, url: "https://example.org/", language: zh }
  - { id: leaflet, publisher: { en: Test, zh: 测试 }, language: zh }
rooms:
  - id: hall
    name: { en: Hall, zh: 大厅 }
    capacity: { theatre: 400 }
    source: leaflet
`;

describe('importChartRooms', () => {
  it('the new text, the plan and what was read; an unchanged room keeps its id and source', () => {
    const result = importChartRooms(venue, [['会议室', '剧院式', '宴会式'], ['大厅', 400, null], ['贵宾厅', 30, '—']]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.unchanged.map((r) => r.id)).toEqual(['hall']);
    expect(result.plan.added.map((r) => r.id)).toEqual(['room-3']);
    expect(result.text).toContain('  - id: hall\n    name: { en: Hall, zh: 大厅 }\n    capacity:\n      theatre: 400\n    source: leaflet\n');
    expect(result.text).toContain('allRoomsListed: true\n');
  });

  it('refuses a chart that does not read, with the row and column', () => {
    expect(importChartRooms(venue, [['会议室', '剧院式'], ['大厅', -5]])).toEqual({ ok: false, problems: [{ row: 2, column: '剧院式', message: 'expected a positive whole number, got -5' }] });
  });

  it('refuses what the build would refuse, by the chart row', () => {
    const result = importChartRooms(venue, [['会议室', '剧院式'], ['大厅', 400]], { source: 'nope' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ row: 2, message: expect.stringMatching(/^source: unknown source "nope"/) });
  });

  it('throws when the venue file is not YAML', () => {
    expect(() => importChartRooms('city: [x\n', [['会议室', '剧院式'], ['大厅', 400]])).toThrow(VenueFileError);
  });
});
