import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { decodeCsv, readChartFile } from './chart-file.ts';

const charts = 'tests/fixtures/charts';
const scratch = mkdtempSync(join(tmpdir(), 'chart-file-'));
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readChartFile', () => {
  it.each([
    ['zh-utf8.csv', 'CSV, UTF-8'],
    ['zh-utf8-bom.csv', 'CSV, UTF-8 with BOM'],
    ['zh-gb18030.csv', 'CSV, GB18030 (GBK)'],
  ])('the same Chinese chart from %s', async (name, format) => {
    const chart = await readChartFile(join(charts, name));
    expect(chart.format).toBe(format);
    expect(chart.rows[2]?.slice(0, 3)).toEqual(['会议室', '面积（㎡）', '长×宽（米）']);
    expect(chart.rows[3]?.[0]).toBe('大宴会厅');
    expect(chart.rows[1]).toEqual(['']);
  });

  it('an Excel workbook: numbers as numbers, row 1 and column A where the spreadsheet has them', async () => {
    const chart = await readChartFile(join(charts, 'en.xlsx'));
    expect(chart.format).toBe('Excel workbook, sheet "Sheet1"');
    expect(chart.rows[3]?.[0]).toBe('Function room');
    expect(chart.rows[4]?.slice(0, 4)).toEqual(['Grand Ballroom', '大宴会厅', null, 1500]);
  });

  it('GBK text that is also valid GB18030 decodes the same', () => {
    const bytes = iconv.encode('会议室,剧院式\r\n贵宾厅,20\r\n', 'gbk');
    expect(decodeCsv(bytes).text).toBe('会议室,剧院式\r\n贵宾厅,20\r\n');
    expect(decodeCsv(bytes, 'gbk').encoding).toBe('gbk');
  });

  it.each([
    ['a missing file', join(scratch, 'nope.csv'), /^file not found/],
    ['an empty file', file('empty.csv', ''), /^the file is empty/],
    ['a folder', scratch, /is a folder/],
    ['a PDF', file('chart.pdf', '%PDF-1.4'), /expected a chart as \.xlsx or \.csv, got a "\.pdf" file/],
    ['an old .xls', file('chart.xls', 'x'), /Excel 97–2003/],
    ['a workbook named .csv', file('chart.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0])), /Excel workbook, not CSV text: name it \.xlsx/],
    ['binary named .csv', file('binary.csv', Buffer.from([1, 0, 2, 0, 3])), /not a text \(CSV\) file/],
    ['text named .xlsx', file('text.xlsx', 'Room,Theatre\n'), /could not be read as an Excel workbook/],
  ])('refuses %s with a clear message', async (_, path, message) => {
    await expect(readChartFile(path)).rejects.toThrow(message);
  });

  it('a workbook whose first sheet is instructions: the chart is the first sheet with a header row', async () => {
    const workbook = await writeExcelFile([
      { sheet: '填写说明 How to fill in', data: [['填写说明', 'How to fill in'], ['面积填平方米', 'Areas in m²']] },
      { sheet: '会议室容量表 Capacity chart', data: [['会议室', '剧院式'], ['大宴会厅', 1000]] },
    ]).toBuffer();
    const chart = await readChartFile(file('instructions-first.xlsx', workbook));
    expect(chart.format).toBe('Excel workbook, sheet "会议室容量表 Capacity chart"');
    expect(chart.rows[1]).toEqual(['大宴会厅', 1000]);
    expect(chart.otherSheets).toEqual(['填写说明 How to fill in']);
  });

  it('refuses a sheet the workbook does not have, naming those it has', async () => {
    await expect(readChartFile(join(charts, 'en.xlsx'), { sheet: 'Rooms' })).rejects.toThrow('no sheet "Rooms" in the workbook: its sheets are "Sheet1"');
  });

  it('refuses an unknown encoding', async () => {
    await expect(readChartFile(join(charts, 'zh-utf8.csv'), { encoding: 'klingon' })).rejects.toThrow(/unknown encoding/);
  });
});
