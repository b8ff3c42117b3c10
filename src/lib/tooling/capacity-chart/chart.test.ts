import { describe, expect, it } from 'vitest';
import type { Cell } from './cells.ts';
import { columnLetter, defaultRules, describeRules, formatChartProblem, hasChartHeader, readChart } from './chart.ts';

const messages = (rows: Cell[][], rules = defaultRules) => readChart(rows, rules).problems.map(formatChartProblem);

describe('readChart: finding the header', () => {
  it('below a title, notes and blank rows; row numbers as the spreadsheet shows them', () => {
    const reading = readChart([['某某会议中心会议室一览表'], [], ['单位：平方米、人'], ['会议室', '面积', '剧院式'], ['大宴会厅', 1200, 1000]]);
    expect(reading.problems).toEqual([]);
    expect(reading.headerRow).toBe(4);
    expect(reading.rooms).toEqual([{ row: 5, name: { zh: '大宴会厅' }, area: 1200, capacity: { theatre: 1000 }, notOffered: [] }]);
    expect(reading.notes).toEqual(['某某会议中心会议室一览表', '单位：平方米、人']);
  });

  it('a header starting in a later column', () => {
    const reading = readChart([[null, null], [null, 'Room', 'Theatre'], [null, 'Hall A', 300]]);
    expect(reading.rooms.map((r) => r.name)).toEqual([{ en: 'Hall A' }]);
  });

  it('two header rows: layouts under a merged 容纳人数', () => {
    const reading = readChart([
      ['会议室', '面积', '容纳人数', null],
      [null, null, '剧院式', '课桌式'],
      ['多功能厅', 600, 500, 280],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.headerRow).toBe(2);
    expect(reading.rooms[0]).toMatchObject({ row: 3, capacity: { theatre: 500, classroom: 280 } });
  });

  it('a single 容纳人数 column is "up to", layout not stated; "N以上" there is more than N', () => {
    const reading = readChart([['会议室', '容纳人数'], ['贵宾厅', 30], ['大宴会厅', '1200人以上']]);
    expect(reading.rooms[0]).toMatchObject({ upTo: 30, capacity: {} });
    expect(reading.rooms[1]).toMatchObject({ moreThan: 1200 });
    expect(reading.rooms[1]?.upTo).toBeUndefined();
    expect(messages([['会议室', '容纳人数'], ['贵宾厅', '约30']])).toEqual([expect.stringMatching(/^row 2, column 容纳人数: got "约30" is approximate/)]);
  });

  it('an area "about" or "more than" keeps its qualifier', () => {
    const reading = readChart([['Room', 'Area (m²)'], ['Hall A', 'about 500'], ['Hall B', '300+'], ['Hall C', 200]]);
    expect(reading.rooms.map((r) => r.area)).toEqual([{ value: 500, about: true }, { value: 300, orMore: true }, 200]);
  });

  it('refuses a chart with no header row', () => {
    expect(messages([['大宴会厅', 1200, 1000], ['多功能厅', 600, 500]])).toEqual([expect.stringMatching(/^no header row found: expected a row naming the room column/)]);
    expect(messages([])).toHaveLength(1);
  });

  it('refuses a header with no rooms under it', () => {
    expect(messages([['会议室', '剧院式'], []])).toEqual(['row 1: no rooms below the header row']);
  });
});

describe('readChart: columns', () => {
  it('reports an unknown column by its header and letter, with the way to leave it out', () => {
    const [problem] = messages([['会议室', '楼层', '剧院式'], ['大宴会厅', '2F', 1000]]);
    expect(problem).toMatch(/^row 1, column 楼层: unknown column \(column B\): rename it .* or leave it out with --ignore-column "楼层"$/);
  });

  it('--ignore-column leaves it out', () => {
    const reading = readChart([['会议室', '楼层', '剧院式'], ['大宴会厅', '2F', 1000]], { ...defaultRules, ignoreColumns: ['楼层'] });
    expect(reading.problems).toEqual([]);
    expect(reading.rooms[0]?.capacity).toEqual({ theatre: 1000 });
  });

  it('refuses two columns for one field, and dimensions given twice', () => {
    expect(messages([['Room', 'Theatre', '剧院式'], ['Hall', 1, 2]])).toEqual(['row 1, column 剧院式: two columns give the theatre: Theatre (column B) and this one (column C)']);
    expect(messages([['Room', 'Dimensions', 'Length'], ['Hall', '4×3', 4]])).toEqual([expect.stringMatching(/dimensions twice/)]);
  });

  it('refuses a value in a column with no header', () => {
    expect(messages([['Room', 'Theatre'], ['Hall', 300, 'extra']])).toEqual(['row 2, column C: a value, "extra", in a column with no header: give the column a header, or delete the value']);
  });

  it('ignores the chart\'s own row numbers (序号)', () => {
    const reading = readChart([['序号', '会议室', '剧院式'], [1, '大宴会厅', 1000]]);
    expect(reading.problems).toEqual([]);
    expect(reading.rooms[0]?.name).toEqual({ zh: '大宴会厅' });
  });
});

describe('readChart: cells', () => {
  const header = ['会议室', '剧院式', '课桌式', '宴会式', '长×宽', '层高'];

  it('names the row and the column header in every problem', () => {
    expect(messages([['标题'], header, ['大宴会厅', '1,000', 600, 700, '40×30', 9], ['多功能厅', -5, '约300', '?', '40', 'high']])).toEqual([
      'row 4, column 剧院式: expected a positive whole number, got -5',
      'row 4, column 课桌式: got "约300" is approximate: write the figure the venue publishes, without "about", or leave the cell blank',
      'row 4, column 宴会式: expected a positive whole number, got "?"',
      'row 4, column 长×宽: expected length × width in metres, such as 40×30, got 40',
      'row 4, column 层高: expected a positive number of metres, got "high"',
    ]);
  });

  it('by default a blank layout cell is no figure and a dash, slash or N/A is not offered', () => {
    const [room] = readChart([header, ['大宴会厅', 1000, '', '—', '/', 'N/A']]).rooms;
    expect(room).toMatchObject({ capacity: { theatre: 1000 }, notOffered: ['banquet'] });
    expect(room?.length).toBeUndefined();
    expect(room?.ceiling).toBeUndefined();
  });

  it('--blank-means not-offered and --dash-means no-figure', () => {
    const rows = [['Room', 'Theatre', 'Classroom', 'Banquet'], ['Hall', 100, '', '-']];
    expect(readChart(rows, { ...defaultRules, blankMeans: 'not-offered' }).rooms[0]?.notOffered).toEqual(['classroom', 'banquet']);
    expect(readChart(rows, { ...defaultRules, dashMeans: 'no-figure' }).rooms[0]?.notOffered).toEqual([]);
    expect(describeRules({ ...defaultRules, blankMeans: 'not-offered' })).toMatch(/blank cell = not offered; —, -, \/, N\/A = not offered/);
  });

  it('a room name in one column, in either language or both; or one column per language', () => {
    const one = readChart([['会议室', '剧院式'], ['大宴会厅 Grand Ballroom', 1000], ['Harbour Room', 60], ['贵宾厅', 20]]).rooms.map((r) => r.name);
    expect(one).toEqual([{ zh: '大宴会厅', en: 'Grand Ballroom' }, { en: 'Harbour Room' }, { zh: '贵宾厅' }]);
    const two = readChart([['英文名称', '中文名称', 'Theatre'], ['Grand Ballroom', '大宴会厅', 1000], [null, '贵宾厅', 20]]).rooms.map((r) => r.name);
    expect(two).toEqual([{ en: 'Grand Ballroom', zh: '大宴会厅' }, { zh: '贵宾厅' }]);
  });

  it('a Chinese name that keeps the English name beside it stays whole in the Chinese column', () => {
    const rooms = readChart([['英文名称', '中文名称', 'Theatre'], ['Summit Ballroom', '宴会厅（Summit Ballroom）', 1800]]).rooms.map((r) => r.name);
    expect(rooms).toEqual([{ en: 'Summit Ballroom', zh: '宴会厅（Summit Ballroom）' }]);
  });

  it('refuses a name in the wrong language column, names that disagree, and names that cannot be split', () => {
    expect(messages([['英文名称', 'Theatre'], ['大宴会厅', 1000]])).toEqual(['row 2, column 英文名称: expected an English name, got "大宴会厅"']);
    expect(messages([['Room', '中文名称', 'Theatre'], ['大宴会厅 Grand Ballroom', '宴会厅', 1000]])).toEqual(['row 2, column 中文名称: two Chinese names for one room: "大宴会厅" and "宴会厅"']);
    expect(messages([['Room', 'Theatre'], ['Grand 大 Ballroom 厅', 1000]])).toEqual([
      'row 2, column Room: could not tell the Chinese name from the English one in "Grand 大 Ballroom 厅": put them in two columns (中文名称, 英文名称)',
    ]);
  });

  it('refuses a row with figures and no name, and a room with no figure', () => {
    expect(messages([['Room', 'Theatre', 'Classroom'], [null, 100, 50]])).toEqual(['row 2, column Room: no room name: every row below the header is a room and needs its name']);
    expect(messages([['Room', 'Theatre', 'Classroom'], ['Level 2', null, '-']])).toEqual([expect.stringMatching(/^row 2: "Level 2" has no figure/)]);
  });

  it('refuses a room listed twice', () => {
    expect(messages([['Room', 'Theatre'], ['Hall A', 100], ['hall  a', 120]])).toEqual(['row 3: "hall a" is listed twice (rows 2 and 3): each room once']);
  });

  it('a total row is left out and said; notes below the rooms are kept as notes', () => {
    const reading = readChart([['Room', 'Theatre'], ['Hall A', 100], ['Total', 100], [], ['Note: — = not available']]);
    expect(reading.rooms).toHaveLength(1);
    expect(reading.skipped).toEqual([{ row: 3, reason: '"Total" is a total, not a room' }]);
    expect(reading.notes).toEqual(['Note: — = not available']);
  });

  it('keeps the name of the room a section is part of', () => {
    const reading = readChart([['Room', 'Part of', 'Theatre'], ['Ballroom', null, 1000], ['Ballroom A', 'Ballroom', 500]]);
    expect(reading.rooms.map((r) => r.partOf)).toEqual([undefined, 'Ballroom']);
  });
});

describe('columnLetter', () => {
  it('A, Z, AA, AZ', () => {
    expect([0, 25, 26, 51].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ']);
  });
});

describe('hasChartHeader', () => {
  it('a chart sheet has one; a sheet of instructions or a title alone does not', () => {
    expect(hasChartHeader([['会议室容量表'], [], ['会议室', '剧院式'], ['大宴会厅', 1000]])).toBe(true);
    expect(hasChartHeader([['填写说明', 'How to fill in'], ['面积填平方米', 'Areas in m²']])).toBe(false);
    expect(hasChartHeader([])).toBe(false);
  });
});
