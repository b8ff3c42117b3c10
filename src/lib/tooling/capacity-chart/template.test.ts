import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChartHeader, readChart } from './chart.ts';
import { recognizeHeader } from './headers.ts';
import { importChartRooms } from './import.ts';
import { roomListChanges } from './rooms.ts';
import { capacityChartTemplate, defaultTemplateFile, headerText, sheetValues, templateColumns } from './template.ts';
import { existingRooms, venueFactsOf } from './venue-yaml.ts';

// Sections, "up to" and "more than", qualified areas, layouts not offered, one-language names.
const fixtureText = readFileSync('tests/fixtures/chart-template/venues/test-riverside-centre/venue.yaml', 'utf8');
const fixture = venueFactsOf(fixtureText);
const template = capacityChartTemplate(fixture, '2026-12-01');
const chartRows = sheetValues(template.chart);
const headerRow = 5;
const roomRow = (id: string) => chartRows[headerRow + fixture.rooms.findIndex((r) => r.id === id)] ?? [];
const cellOf = (id: string, header: string) => roomRow(id)[templateColumns.findIndex((c) => c.header.en === header)];

describe('capacityChartTemplate: the chart sheet', () => {
  it.each(templateColumns.map((column) => [headerText(column).replace('\n', ' / '), column] as const))('the import reads the header %s as its field', (_, column) => {
    expect(recognizeHeader(headerText(column))).toEqual(column.field);
  });

  it('the import finds the header below the title and the legend, every column known', () => {
    const reading = readChart(chartRows);
    expect(reading.headerRow).toBe(headerRow);
    expect(reading.columns.map((c) => c.field)).toEqual(templateColumns.map((c) => c.field));
    expect(reading.notes[0]).toBe('测试滨江会议中心 会议室容量表 · Test Riverside Centre: capacity chart');
  });

  it('one row per room on file, in the file\'s order, names in their own language\'s column', () => {
    expect(chartRows.slice(headerRow).map((row) => row.slice(0, 2))).toEqual([
      ['大宴会厅', 'Grand Ballroom'],
      ['大宴会厅A', 'Grand Ballroom A'],
      ['大宴会厅B', null],
      [null, 'River Hall'],
      ['屋顶露台（户外）', 'Rooftop terrace (outdoor)'],
      ['101', '101'],
    ]);
  });

  it('figures as the import reads them: a dash for a layout not offered, 约 and 以上 for a qualified area or "more than"', () => {
    expect(cellOf('grand-ballroom', 'Theatre')).toBe(1500);
    expect(cellOf('grand-ballroom', 'U-shape')).toBe('—');
    expect(cellOf('grand-ballroom-b', 'Area (m²)')).toBe('约750');
    expect(cellOf('rooftop-terrace', 'Area (m²)')).toBe('2000以上');
    expect(cellOf('rooftop-terrace', 'Capacity')).toBe('1000以上');
    expect(cellOf('river-hall', 'Capacity')).toBe(300);
    expect(cellOf('room-101', 'Area (m²)')).toBe(60.5);
  });

  it('a section names its room as the room\'s name column writes it', () => {
    expect(cellOf('grand-ballroom-a', 'Part of')).toBe('大宴会厅');
    expect(cellOf('river-hall', 'Part of')).toBeNull();
  });

  it('an empty cell where a figure or a name is missing, marked for the venue; not in 所属 or 容纳人数', () => {
    const styles = template.chart.rows[headerRow + 3]?.map((cell) => cell.style);
    expect(cellOf('river-hall', 'Theatre')).toBeNull();
    expect(styles?.[0]).toBe('missing');
    expect(styles?.[2]).toBe('figure');
    expect(styles?.at(-1)).toBe('figure');
    expect(template.missingCells).toBe(template.chart.rows.flat().filter((cell) => cell.style === 'missing').length);
    expect(template.missingCells).toBe(42);
  });

  it('a venue with no rooms on file: the header alone, for the venue to fill in', () => {
    const empty = capacityChartTemplate({ name: fixture.name, rooms: [] }, '2026-12-01');
    expect(hasChartHeader(sheetValues(empty.chart))).toBe(true);
    expect(empty.chart.rows).toHaveLength(headerRow);
  });
});

describe('capacityChartTemplate: the instructions sheet', () => {
  const rows = template.instructions.rows.filter((row) => row.length > 0);

  it('comes first and is not read as a chart', () => {
    expect(hasChartHeader(sheetValues(template.instructions))).toBe(false);
  });

  it('every line in Chinese, then in English beside it', () => {
    for (const [zh, en] of rows) {
      expect(/\p{Script=Han}/u.test(String(zh?.value)), String(zh?.value)).toBe(true);
      expect(/\p{Script=Han}/u.test(String(en?.value).replace(/约500|500以上|N以上|注：/gu, '')), String(en?.value)).toBe(false);
    }
  });

  it('says units, the dash, blank, sections, "up to" and "more than", and names the venue and date', () => {
    const english = rows.map((row) => row[1]?.value).join('\n');
    for (const phrase of ['square metres', 'a dash', 'leave the cell blank', 'Never write 0', 'Part of', 'Up to N people', 'more than N', 'Test Riverside Centre', '2026-12-01']) {
      expect(english).toContain(phrase);
    }
    const chinese = rows.map((row) => row[0]?.value).join('\n');
    for (const phrase of ['平方米', '“—”', '留空', '请勿填 0', '所属', 'N以上', '测试滨江会议中心']) expect(chinese).toContain(phrase);
  });
});

describe('chart template → import', () => {
  it('brings back the rooms as they were: ids, names, sections, qualifiers, layouts not offered, sources', () => {
    const result = importChartRooms(fixtureText, chartRows);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(roomListChanges(existingRooms(fixtureText), result.plan.rooms)).toEqual([]);
    expect(result.plan.unchanged).toHaveLength(fixture.rooms.length);
    expect(venueFactsOf(result.text)).toEqual({ ...fixture, allRoomsListed: true });
  });

  it('a chart the venue filled in: a yellow cell filled, a dash, a new room with a section, a note below', () => {
    const returned = chartRows.map((row) => [...row]);
    const column = (header: string) => templateColumns.findIndex((c) => c.header.en === header);
    const riverHall = returned[headerRow + 3] as (string | number | null)[];
    riverHall[column('Chinese name')] = '江景厅';
    riverHall[column('Theatre')] = 280;
    riverHall[column('Banquet')] = '—';
    const newRoom = templateColumns.map(() => null as string | number | null);
    const newSection = [...newRoom];
    Object.assign(newRoom, { [column('Chinese name')]: '贵宾厅', [column('English name')]: 'VIP Lounge', [column('Area (m²)')]: 120, [column('Boardroom')]: 20 });
    Object.assign(newSection, { [column('Chinese name')]: '贵宾厅一区', [column('Part of')]: '贵宾厅', [column('Boardroom')]: 10 });
    returned.push(newRoom, newSection, [], ['注：以上数据为2026年12月实测。']);
    const result = importChartRooms(fixtureText, returned);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(roomListChanges(existingRooms(fixtureText), result.plan.rooms)).toEqual([
      'river-hall: name.zh: none → 江景厅',
      'river-hall: theatre: none → 280',
      'river-hall: notOffered: none → banquet',
      'vip-lounge: new',
      'room-13: new',
    ]);
    expect(result.plan.rooms.at(-1)).toMatchObject({ id: 'room-13', partOf: 'vip-lounge', capacity: { boardroom: 10 } });
    expect(result.reading.notes).toContain('注：以上数据为2026年12月实测。');
  });

  it('what one chart cell cannot carry: "up to" and "more than" for one room (the chart keeps "up to")', () => {
    const both = fixtureText.replace('    upTo: 300\n', '    upTo: 300\n    moreThan: 200\n');
    const result = importChartRooms(both, sheetValues(capacityChartTemplate(venueFactsOf(both), '2026-12-01').chart));
    expect(result.ok && roomListChanges(existingRooms(both), result.plan.rooms)).toEqual(['river-hall: moreThan: 200 → none']);
  });
});

describe('defaultTemplateFile', () => {
  it('names the file after the venue', () => {
    expect(defaultTemplateFile('tianjin-grand-theatre')).toBe('tianjin-grand-theatre-capacity-chart.xlsx');
  });
});
