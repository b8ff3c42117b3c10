/**
 * The capacity chart a city bureau sends a venue to fill in (`npm run chart-template`): a sheet of
 * instructions in Chinese and English, then the chart, with the rooms on file filled in and an
 * empty, marked cell for each figure missing. Every header and cell is written in the form the
 * import reads (headers.ts, cells.ts), so the chart the venue sends back imports as it is.
 */
import type { z } from 'zod';
import type { room } from '../../build/schemas.ts';
import { type Layout, layouts } from '../../shared/seating.ts';
import vocabularyLabels from '../../shared/vocabulary-labels.json' with { type: 'json' };
import type { ColumnField } from './headers.ts';

type Room = z.output<typeof room>;

/** What the template needs of a venue: its name and the rooms on file (as the schema reads them). */
export interface TemplateVenue {
  name: { en: string; zh: string };
  rooms: readonly Room[];
}

/**
 * How a cell looks: `missing` marks an empty cell where a figure is not on file, for the venue to
 * fill in; `header` is the chart's header row. The workbook writer gives each its style.
 */
export type TemplateCellStyle = 'title' | 'heading' | 'text' | 'note' | 'header' | 'figure' | 'missing';

export interface TemplateCell {
  value: string | number | null;
  style: TemplateCellStyle;
}

export interface TemplateSheet {
  name: string;
  rows: TemplateCell[][];
  /** Column widths, in characters. */
  columnWidths: number[];
  /** Rows kept in view while scrolling (the title and the header). */
  frozenRows: number;
}

export interface ChartTemplate {
  instructions: TemplateSheet;
  chart: TemplateSheet;
  /** Empty cells marked for the venue to fill in: figures and names not on file. */
  missingCells: number;
}

/** The mark for a layout the room does not offer: a dash, which the import reads as not offered. */
export const notOfferedMark = '—';

export interface TemplateColumn {
  /** What the import reads the column as: the header below must be recognised as exactly this. */
  field: ColumnField;
  header: { zh: string; en: string };
  width: number;
}

const layoutColumn = (layout: Layout): TemplateColumn => ({ field: { field: 'layout', layout }, header: vocabularyLabels.layout[layout], width: 11 });

/** The chart's columns, in order. Headers carry both languages, Chinese above English. */
export const templateColumns: readonly TemplateColumn[] = [
  { field: { field: 'name', lang: 'zh' }, header: { zh: '中文名称', en: 'Chinese name' }, width: 24 },
  { field: { field: 'name', lang: 'en' }, header: { zh: '英文名称', en: 'English name' }, width: 28 },
  { field: { field: 'partOf' }, header: { zh: '所属', en: 'Part of' }, width: 16 },
  { field: { field: 'area' }, header: { zh: '面积（㎡）', en: 'Area (m²)' }, width: 11 },
  { field: { field: 'length' }, header: { zh: '长（米）', en: 'Length (m)' }, width: 10 },
  { field: { field: 'width' }, header: { zh: '宽（米）', en: 'Width (m)' }, width: 10 },
  { field: { field: 'ceiling' }, header: { zh: '净高（米）', en: 'Clear height (m)' }, width: 11 },
  ...layouts.map(layoutColumn),
  { field: { field: 'upTo' }, header: { zh: '容纳人数', en: 'Capacity' }, width: 12 },
];

/** A header cell's text: Chinese, a line break, English (the import reads either, or both). */
export const headerText = (column: TemplateColumn) => `${column.header.zh}\n${column.header.en}`;

/** "约500" (about), "500以上" (500 or more): the area as the import reads it back. */
function areaCell(area: NonNullable<Room['area']>): string | number {
  if (area.about) return `约${area.value}`;
  if (area.orMore) return `${area.value}以上`;
  return area.value;
}

/** The room's "up to" figure, or its "more than" one written N以上, which the import reads as moreThan. */
function capacityCell(r: Room): string | number | undefined {
  if (r.upTo !== undefined) return r.upTo;
  if (r.moreThan !== undefined) return `${r.moreThan}以上`;
  return undefined;
}

/** The name by which the chart refers to a room in 所属 / Part of: as its name column writes it. */
function nameInChart(r: Room): string {
  return r.name.zh ?? r.name.en ?? r.id;
}

/** The cell for one room in one column; `undefined` is an empty cell. */
function roomValue(r: Room, field: ColumnField, rooms: readonly Room[]): string | number | undefined {
  switch (field.field) {
    case 'name':
      return field.lang === undefined ? undefined : r.name[field.lang];
    case 'partOf': {
      const parent = rooms.find((other) => other.id === r.partOf);
      return parent ? nameInChart(parent) : undefined;
    }
    case 'area':
      return r.area ? areaCell(r.area) : undefined;
    case 'length':
    case 'width':
    case 'ceiling':
      return r[field.field];
    case 'layout':
      return r.notOffered.includes(field.layout) ? notOfferedMark : r.capacity[field.layout];
    case 'upTo':
      return capacityCell(r);
    default:
      return undefined;
  }
}

/** Empty cells the venue is asked to fill: a name, an area, a measure or seats in a layout. */
const asksForFigure = (field: ColumnField) => !['partOf', 'upTo', 'index'].includes(field.field);

const text = (value: string, style: TemplateCellStyle = 'text'): TemplateCell => ({ value, style });

/** The chart sheet: a title and a legend above the header, then one row per room on file. */
function chartSheet(venue: TemplateVenue): { sheet: TemplateSheet; missingCells: number } {
  let missingCells = 0;
  const roomRows = venue.rooms.map((r) =>
    templateColumns.map(({ field }): TemplateCell => {
      const value = roomValue(r, field, venue.rooms);
      if (value !== undefined) return { value, style: 'figure' };
      if (!asksForFigure(field)) return { value: null, style: 'figure' };
      missingCells += 1;
      return { value: null, style: 'missing' };
    }),
  );
  const rows: TemplateCell[][] = [
    [text(`${venue.name.zh} 会议室容量表 · ${venue.name.en}: capacity chart`, 'title')],
    [text('填写方法见工作表“填写说明”。“—”表示不提供该摆台形式；空白表示暂无数据；黄色为待补充。', 'note')],
    [text('How to fill it in: see the sheet "How to fill in". — = layout not offered; blank = no figure yet; yellow = please fill in.', 'note')],
    [],
    templateColumns.map((column) => text(headerText(column), 'header')),
    ...roomRows,
  ];
  return { sheet: { name: '会议室容量表 Capacity chart', rows, columnWidths: templateColumns.map((c) => c.width), frozenRows: 5 }, missingCells };
}

/** The instructions, a line a row: Chinese in the first column, English in the second. */
function instructionsSheet(venue: TemplateVenue, prepared: string): TemplateSheet {
  const heading = (zh: string, en: string) => [text(zh, 'heading'), text(en, 'heading')];
  const line = (zh: string, en: string) => [text(zh), text(en)];
  const layoutNames = (lang: 'en' | 'zh') => layouts.map((l) => vocabularyLabels.layout[l][lang]).join(lang === 'zh' ? '、' : ', ');
  const rows: TemplateCell[][] = [
    [text('会议室容量表 填写说明', 'title'), text('Capacity chart: how to fill it in', 'title')],
    line(`场馆：${venue.name.zh}`, `Venue: ${venue.name.en}`),
    line(`编制日期：${prepared}`, `Prepared: ${prepared}`),
    [],
    heading('请您做什么', 'What we ask'),
    line(
      '第二个工作表“会议室容量表”列出了我们目前掌握的贵场馆会议室数据（来自公开资料）。请逐项核对，改正有误之处，补全黄色的空白单元格，补充表中没有的会议室，然后将本文件发回。',
      'The second sheet, "Capacity chart", lists your meeting rooms as we have them on file, from published sources. Please check every figure, correct any that is wrong, fill in the yellow cells you can, add the rooms that are missing, and send this file back.',
    ),
    line('本表应列出贵场馆的全部会议室：表中没有的会议室，我们将视为不再对外提供。', 'The chart should list all your meeting rooms: a room left out is taken to be no longer available.'),
    [],
    heading('每一行是一个会议室', 'One row per room'),
    line('新增的会议室请接在最后一行之后填写；已不存在的会议室请删除整行。', 'Add new rooms in the rows below the last one; delete the whole row of a room that no longer exists.'),
    line(
      '中文名称、英文名称：按贵场馆自己使用的名称填写（指示牌、官网、宣传资料）。没有英文名称的请留空，请勿机器翻译。',
      "Chinese name, English name: as the venue itself names the room (signage, website, brochure). Leave the English name blank if the room has none; please do not machine-translate.",
    ),
    line('我们按名称核对会议室：名称确有变更时才修改。', 'Rooms are matched by name: change a name only when the room has really been renamed.'),
    line(
      '所属：可分隔的会议室（如大宴会厅分为A厅、B厅），请在A厅、B厅各自一行的“所属”栏填写整厅的名称，与整厅的“中文名称”或“英文名称”完全一致；独立的会议室留空。',
      "Part of: for the sections of a divisible room (a ballroom divided into A and B), write in each section's row the name of the whole room, exactly as in its Chinese or English name column. Leave it blank for a room on its own.",
    ),
    [],
    heading('数字与单位', 'Figures and units'),
    line(
      '面积填平方米，长、宽、净高填米，各摆台形式填可容纳的人数。只填数字，不带单位：写 1200，不写“1200人”或“1200㎡”。',
      'Area in square metres; length, width and clear height in metres; each layout in people. Numbers only, without units: 1200, not "1200 people" or "1200 m²".',
    ),
    line('人数、长、宽、净高请填确切数字，不要写“约1200”“1200左右”或“800-1000”这样的范围。', 'Seats, length, width and clear height: exact figures only, not "about 1200" or a range such as "800-1000".'),
    line('面积只有约数时可写“约500”；只知道下限时可写“500以上”。', 'An area known only roughly may be written 约500 (about 500); one known only as a minimum, 500以上 (500 or more).'),
    [],
    heading('摆台形式', 'Layouts'),
    line(`${layoutNames('zh')}：填该会议室按这种摆台形式可容纳的人数。`, `${layoutNames('en')}: the number of people the room holds in that layout.`),
    line(`会议室不提供某种摆台形式：填“${notOfferedMark}”（横线）。`, `A layout the room does not offer: write ${notOfferedMark} (a dash).`),
    line('不清楚或暂无数据：留空。请勿填 0。', 'Not known, or no figure yet: leave the cell blank. Never write 0.'),
    line(
      '容纳人数：只在无法按摆台形式给出人数时填写。最多可容纳 N 人，填 N；可容纳 N 人以上，填“N以上”。',
      'Capacity: only where no figure by layout can be given. Up to N people: write N; more than N people: write N以上 (or "more than N").',
    ),
    [],
    heading('其他', 'Other'),
    line(
      '请勿修改表头，也请勿增加列（如价格、楼层、备注），否则表格无法导入。备注请写在表格下方，单独一行，以“注：”开头。',
      'Do not change the headers or add columns (price, floor, remarks …): the chart could not be read. Write any remark below the table, in a row of its own starting "注：" or "Note:".',
    ),
    line('请保存为 Excel 工作簿（.xlsx）发回，Excel 或 WPS 均可。', 'Save it as an Excel workbook (.xlsx), in Excel or WPS, and send it back.'),
  ];
  return { name: '填写说明 How to fill in', rows, columnWidths: [60, 70], frozenRows: 0 };
}

/** The workbook's two sheets for a venue; `prepared` is the date printed on it (YYYY-MM-DD). */
export function capacityChartTemplate(venue: TemplateVenue, prepared: string): ChartTemplate {
  const { sheet, missingCells } = chartSheet(venue);
  return { instructions: instructionsSheet(venue, prepared), chart: sheet, missingCells };
}

/** A sheet's cells as a spreadsheet reader gives them back: values only. */
export function sheetValues(sheet: TemplateSheet): (string | number | null)[][] {
  return sheet.rows.map((row) => row.map((cell) => cell.value));
}

/** The file a venue's template is written to when none is named. */
export const defaultTemplateFile = (slug: string) => `${slug}-capacity-chart.xlsx`;
