// Writes the capacity charts the import's tests read (tests/fixtures/charts/) and the editors' guide
// shows (docs/examples/), as venues send them: CSV in UTF-8, UTF-8 with BOM and GB18030, and .xlsx.
// The files are committed; run this (node scripts/make-chart-fixtures.ts) after changing a chart below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';

type Cell = string | number | null;

/** A Chinese venue's chart: a title and a blank row above the header, a note below the rooms. */
export const chineseChart: Cell[][] = [
  ['测试国际会议中心 会议室容量表', null, null, null, null, null, null, null, null, null, null],
  [],
  ['会议室', '面积（㎡）', '长×宽（米）', '层高（米）', '剧院式', '课桌式', '宴会式', '鸡尾酒会', 'U字型', '回字型', '会见式'],
  ['大宴会厅', '1,200', '40×30', 9, '1,000', 600, 720, '1,200', '—', '—', '—'],
  ['多功能厅', 600, '30x20', 6, 500, 280, 360, 500, '—', '—', '—'],
  ['第一会议室', 150, '15×10', 4, 120, 60, '', 100, 40, 48, '—'],
  ['贵宾厅', 80, '10×8', 3.5, '', '', '', '', '', '', 20],
  [],
  ['注：“—”表示不提供该形式；空白表示暂无数据。'],
];

/** An English hotel's chart: one name column per language, sections, Dimensions, and N/A. */
export const englishChart: Cell[][] = [
  ['Test Harbour Hotel — Function rooms', null, null, null, null, null, null, null, null, null],
  ['All figures as published by the hotel, 2026', null, null, null, null, null, null, null, null, null],
  [],
  ['Function room', '中文名称', 'Part of', 'Size (sqm)', 'Dimensions (m)', 'Ceiling height (m)', 'Theater', 'Schoolroom', 'Rounds', 'Cocktail', 'U-shape', 'Hollow square', 'Boardroom'],
  ['Grand Ballroom', '大宴会厅', null, 1500, '50 x 30', 10, '1,500', 800, 1000, 1600, 'N/A', 'N/A', 'N/A'],
  ['Grand Ballroom 1', '大宴会厅1', 'Grand Ballroom', 750, '25 x 30', 10, 700, 400, 500, 800, 'N/A', 'N/A', 'N/A'],
  ['Grand Ballroom 2', '大宴会厅2', 'Grand Ballroom', 750, '25 x 30', 10, 700, 400, 500, 800, 'N/A', 'N/A', 'N/A'],
  ['Harbour Room', null, null, 90, '10 x 9', 3.2, 60, 36, 40, 60, 24, 30, 18],
  ['Boardroom', null, null, 45, null, 3, 'N/A', 'N/A', 'N/A', 'N/A', 'N/A', 'N/A', 12],
];

/** A two-row header (layouts under a merged 容纳人数) and both names in one cell. */
export const twoRowHeaderChart: Cell[][] = [
  ['会议室名称', '面积(平方米)', '净高(m)', '容纳人数', null, null, null],
  [null, null, null, '剧院式', '课桌式', '宴会式', '酒会式'],
  ['大宴会厅 Grand Ballroom', 1200, 9, 1000, 600, 720, 1200],
  ['会议室1\nMeeting Room 1', 100, 3.5, 80, 40, '/', 60],
  ['合计', 1300, null, 1080, 640, 720, 1260],
];

const csv = (rows: Cell[][]) =>
  `${rows.map((row) => row.map((cell) => (cell === null ? '' : /[",\n]/u.test(String(cell)) ? `"${String(cell).replace(/"/gu, '""')}"` : String(cell))).join(',')).join('\r\n')}\r\n`;

function write(path: string, bytes: Buffer | string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${path}`);
}

/** `merged` spans the cell at [row, column] over `span` columns, as a merged header cell does. */
const xlsx = async (rows: Cell[][], merged?: { row: number; column: number; span: number }) =>
  Buffer.from(
    await writeExcelFile(
      rows.map((row, r) => row.map((value, c) => (value === null ? null : { value, ...(merged?.row === r && merged.column === c ? { columnSpan: merged.span } : {}) }))),
    ).toBuffer(),
  );

if (import.meta.main) {
  write('tests/fixtures/charts/zh-utf8.csv', csv(chineseChart));
  write('tests/fixtures/charts/zh-utf8-bom.csv', `\uFEFF${csv(chineseChart)}`);
  write('tests/fixtures/charts/zh-gb18030.csv', iconv.encode(csv(chineseChart), 'gb18030'));
  write('tests/fixtures/charts/en.xlsx', await xlsx(englishChart));
  write('tests/fixtures/charts/zh-two-row-header.xlsx', await xlsx(twoRowHeaderChart, { row: 0, column: 3, span: 4 }));
  write('docs/examples/capacity-chart-zh.csv', `\uFEFF${csv(chineseChart)}`);
  write('docs/examples/capacity-chart-en.xlsx', await xlsx(englishChart));
}
