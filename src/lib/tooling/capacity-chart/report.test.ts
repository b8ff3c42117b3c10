import { describe, expect, it } from 'vitest';
import { defaultRules } from './chart.ts';
import { importChartRooms } from './import.ts';
import { importReport } from './report.ts';

const venue = `city: lhasa
type: convention-centre
name: { en: Test Centre, zh: 测试中心 }
sources:
  - { publisher: { en: Test, zh: 测试 }, language: zh }
  - { id: venue-chart, publisher: { en: Test, zh: 测试 }, language: zh }
rooms:
  - { id: hall, name: { en: Hall, zh: 大厅 }, capacity: { theatre: 400 } }
`;
const chart = [['会议室', '剧院式'], ['大厅', 450], ['贵宾厅', 30]];

function report(source?: string) {
  const result = importChartRooms(venue, chart, { source });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return importReport(result.reading, result.plan, defaultRules, source);
}

describe('importReport', () => {
  it('says what is new and changed, and which source new and changed rooms cite without --source', () => {
    const lines = report();
    expect(lines).toContain('2 rooms in the chart: 1 new, 1 changed, 0 unchanged.');
    expect(lines).toContain('      theatre: 400 → 450');
    expect(lines).toContainEqual(expect.stringMatching(/^The 2 new or changed rooms cite the venue's first source; .* --source <its id>\.$/u));
  });

  it('with --source, no word about sources', () => {
    expect(report('venue-chart').filter((line) => line.includes('first source'))).toEqual([]);
  });
});
