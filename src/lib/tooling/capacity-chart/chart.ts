/**
 * A venue's capacity chart, read as the editor sees it in a spreadsheet: find the header row below
 * any title or notes, recognise its columns, and read each room row into figures. Every problem
 * names the row and the column as the spreadsheet shows them.
 */
import type { z } from 'zod';
import type { Layout } from '../../shared/seating.ts';
import type { room } from '../../build/schemas.ts';
import { type Cell, type CellReading, cellText, isBlank, qualifierProblem, readDimensions, readNumber, readQualifiedNumber, readText } from './cells.ts';
import { type ColumnField, describeField, knownHeaderExamples, recognizeHeader } from './headers.ts';
import { splitByScript } from './script.ts';

export interface ChartProblem {
  /** Spreadsheet row number, from 1. */
  row?: number;
  /** The column's header as the chart writes it, or its letter where it has none. */
  column?: string;
  message: string;
}

export function formatChartProblem(problem: ChartProblem): string {
  const where = [problem.row === undefined ? undefined : `row ${problem.row}`, problem.column === undefined ? undefined : `column ${problem.column}`]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** What a blank cell, and what a dash or slash, means in a layout column. */
export type CellMeaning = 'not-offered' | 'no-figure';

export interface ChartRules {
  blankMeans: CellMeaning;
  dashMeans: CellMeaning;
  /** Headers of columns the editor has asked to leave out (`--ignore-column`). */
  ignoreColumns: readonly string[];
}

export const defaultRules: ChartRules = { blankMeans: 'no-figure', dashMeans: 'not-offered', ignoreColumns: [] };

/** One room as its chart row gives it: the room's fields, without an id yet. */
export interface ChartRoom extends Pick<z.input<typeof room>, 'name' | 'length' | 'width' | 'ceiling' | 'upTo' | 'moreThan'> {
  row: number;
  /** m²; with its qualifier where the chart says "about" or "more than". */
  area?: number | { value: number; about?: true; orMore?: true };
  /** The name, as the chart writes it, of the room this one is a section of. */
  partOf?: string;
  capacity: Partial<Record<Layout, number>>;
  notOffered: Layout[];
}

export interface Column {
  /** 0-based position in the row. */
  index: number;
  /** The header as the chart writes it ("剧院式"), or the column's letter where it has none. */
  label: string;
  field: ColumnField;
}

export interface ChartReading {
  rooms: ChartRoom[];
  problems: ChartProblem[];
  /** Row of the header (the second, where the header takes two rows). */
  headerRow?: number;
  columns: Column[];
  /** Lines of text above the header or below the rooms: the title, notes, a legend. */
  notes: string[];
  /** Rows left out, with why (a total row). */
  skipped: { row: number; reason: string }[];
}

/** A, B, … Z, AA: the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** A cell's text as the spreadsheet shows it, on one line. */
const asWritten = (cell: Cell) => String(cell ?? '').replace(/\s+/gu, ' ').trim();

const filled = (row: readonly Cell[] | undefined) => (row ?? []).map((cell, index) => ({ cell, index })).filter(({ cell }) => !isBlank(cell));

interface HeaderCandidate {
  /** Row number of the header's first row. */
  firstRow: number;
  /** Row number of its last row (the second, where the header takes two rows). */
  row: number;
  /** Header text per column: the lower row's where the header takes two rows. */
  texts: Map<number, string>;
}

/**
 * A row reads as a header when it names the room column and at least one figure column. A second
 * row of layout names under a merged "容纳人数 / Capacity" cell is part of the header too.
 */
function findHeader(rows: readonly (readonly Cell[])[]): HeaderCandidate | undefined {
  const fieldsOf = (texts: Map<number, string>) => [...texts.values()].map((text) => recognizeHeader(text));
  for (let r = 0; r < rows.length; r += 1) {
    const upper = new Map(filled(rows[r]).map(({ cell, index }) => [index, asWritten(cell)]));
    if (upper.size < 2) continue;
    const lowerCells = filled(rows[r + 1]);
    const lowerIsHeader = lowerCells.length > 0 && lowerCells.every(({ cell }) => typeof cell === 'string' && recognizeHeader(cell)?.field === 'layout');
    const texts = new Map(upper);
    if (lowerIsHeader) for (const { cell, index } of lowerCells) texts.set(index, asWritten(cell));
    const fields = fieldsOf(texts);
    if (fields.some((f) => f?.field === 'name') && fields.some((f) => f && f.field !== 'name' && f.field !== 'index')) {
      return { firstRow: r + 1, row: lowerIsHeader ? r + 2 : r + 1, texts };
    }
  }
  return undefined;
}

/** True when the rows hold a chart's header row: how a workbook's chart sheet is told from a sheet of notes. */
export function hasChartHeader(rows: readonly (readonly Cell[])[]): boolean {
  return findHeader(rows) !== undefined;
}

function recognizeColumns(header: HeaderCandidate, rules: ChartRules, problems: ChartProblem[]): Column[] {
  const ignored = new Set(rules.ignoreColumns.map((text) => cellText(text).toLowerCase()));
  const columns: Column[] = [];
  for (const [index, text] of [...header.texts.entries()].sort(([a], [b]) => a - b)) {
    if (ignored.has(cellText(text).toLowerCase())) continue;
    const field = recognizeHeader(text);
    if (!field) {
      problems.push({
        row: header.row,
        column: text,
        message: `unknown column (column ${columnLetter(index)}): rename it to a header the import knows (${knownHeaderExamples}), or leave it out with --ignore-column "${text}"`,
      });
      continue;
    }
    const same = columns.find((c) => JSON.stringify(c.field) === JSON.stringify(field));
    if (same && field.field !== 'index') {
      problems.push({ row: header.row, column: text, message: `two columns give the ${describeField(field)}: ${same.label} (column ${columnLetter(same.index)}) and this one (column ${columnLetter(index)})` });
      continue;
    }
    columns.push({ index, label: text, field });
  }
  const fields = columns.map((c) => c.field);
  if (fields.some((f) => f.field === 'dimensions') && fields.some((f) => f.field === 'length' || f.field === 'width')) {
    problems.push({ row: header.row, message: 'the chart gives dimensions twice (a 长×宽 column and 长 or 宽 columns): keep one or the other' });
  }
  return columns;
}

const noteStart = /^(?:注|备注|说明|附注|图例|note|notes|remark|remarks|legend|\*|※)/iu;
const totalName = /^(?:合计|总计|共计|小计|total|totals|subtotal|grand total)$/iu;

/** A line of text alone in its row that starts like a note ("注：…", "* …", "Note: …"). */
function noteOf(row: readonly Cell[] | undefined): string | undefined {
  const cells = filled(row);
  if (cells.length !== 1) return undefined;
  const text = asWritten(cells[0]?.cell);
  return noteStart.test(cellText(text)) ? text : undefined;
}

type Figures = Omit<ChartRoom, 'row' | 'name' | 'partOf'>;

/** Records one cell's reading into the room, or its problem. */
function readFigure(column: Column, cell: Cell, figures: Figures, rules: ChartRules, problem: (message: string) => void) {
  const { field } = column;
  const take = <T>(reading: CellReading<T>, keep: (value: T) => void) => {
    if (reading.kind === 'value') keep(reading.value);
    else if (reading.kind === 'problem') problem(reading.message);
  };
  switch (field.field) {
    case 'layout': {
      const reading = readNumber(cell, 'seats');
      const meaning = reading.kind === 'blank' ? rules.blankMeans : reading.kind === 'mark' ? rules.dashMeans : undefined;
      if (meaning === 'not-offered') figures.notOffered.push(field.layout);
      take(reading, (seats) => (figures.capacity[field.layout] = seats));
      return;
    }
    case 'area': {
      const reading = readQualifiedNumber(cell, 'area');
      return take(reading, (value) => (figures.area = reading.kind === 'value' && reading.qualifier ? { value, [reading.qualifier]: true } : value));
    }
    case 'length':
    case 'width':
    case 'ceiling': {
      const key = field.field;
      return take(readNumber(cell, 'metres'), (value) => (figures[key] = value));
    }
    case 'upTo': {
      // "1200人以上" under 容纳人数 is the schema's moreThan: a minimum, never a maximum.
      const reading = readQualifiedNumber(cell, 'seats');
      if (reading.kind === 'value' && reading.qualifier === 'about') return problem(qualifierProblem(cell, 'about'));
      return take(reading, (value) => (reading.kind === 'value' && reading.qualifier === 'orMore' ? (figures.moreThan = value) : (figures.upTo = value)));
    }
    case 'dimensions':
      return take(readDimensions(cell, field.withHeight), ([length, width, height]) => {
        figures.length = length;
        figures.width = width;
        if (height !== undefined) figures.ceiling = height;
      });
    default:
      return;
  }
}

/** The room's names from its name columns: one cell in both languages, or a column per language. */
function readName(columns: Column[], row: readonly Cell[], problem: (column: Column, message: string) => void): ChartRoom['name'] {
  const name: ChartRoom['name'] = {};
  for (const column of columns) {
    if (column.field.field !== 'name') continue;
    const reading = readText(row[column.index]);
    if (reading.kind === 'problem') problem(column, reading.message);
    if (reading.kind !== 'value') continue;
    const wanted = column.field.lang;
    // In a column for Chinese names, a name that keeps an English name beside it (宴会厅（China Hall）) is the Chinese name.
    const split = wanted === 'zh' && /\p{Script=Han}/u.test(reading.value) ? { kind: 'zh' as const, zh: reading.value } : splitByScript(reading.value);
    const parts: ChartRoom['name'] =
      split.kind === 'both'
        ? { zh: split.zh, en: split.en }
        : split.kind === 'zh'
          ? { zh: split.zh }
          : split.kind === 'en'
            ? { en: split.en }
            : split.kind === 'neutral'
              ? { en: split.text, zh: split.text }
              : {};
    if (split.kind === 'mixed') {
      problem(column, `could not tell the Chinese name from the English one in "${reading.value}": put them in two columns (中文名称, 英文名称)`);
      continue;
    }
    if (wanted && split.kind !== 'neutral' && split.kind !== wanted) {
      problem(column, `expected ${wanted === 'en' ? 'an English' : 'a Chinese'} name, got "${reading.value}"`);
      continue;
    }
    for (const lang of ['en', 'zh'] as const) {
      const value = parts[lang];
      if (value === undefined || (wanted && wanted !== lang)) continue;
      const earlier = name[lang];
      if (earlier !== undefined && earlier !== value) problem(column, `two ${lang === 'en' ? 'English' : 'Chinese'} names for one room: "${earlier}" and "${value}"`);
      else name[lang] = value;
    }
  }
  return name;
}

/** Normalised for comparing names: "Grand  Ballroom" and "grand ballroom" are one room. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Reads a chart (rows of cells, top to bottom, as a spreadsheet shows them) into rooms. */
export function readChart(rows: readonly (readonly Cell[])[], rules: ChartRules = defaultRules): ChartReading {
  const problems: ChartProblem[] = [];
  const notes: string[] = [];
  const skipped: ChartReading['skipped'] = [];
  const header = findHeader(rows);
  if (!header) {
    problems.push({
      message: `no header row found: expected a row naming the room column (会议室, 厅名, 名称, Room, Function room) and at least one figure column (面积, 剧院式, Area, Theatre …) above the rooms`,
    });
    return { rooms: [], problems, columns: [], notes, skipped };
  }
  for (let r = 0; r < header.firstRow - 1; r += 1) {
    const cells = filled(rows[r]);
    if (cells.length > 0) notes.push(cells.map(({ cell }) => asWritten(cell)).join(' '));
  }
  const columns = recognizeColumns(header, rules, problems);
  const known = new Set([...header.texts.keys()]);
  const rooms: ChartRoom[] = [];
  for (let r = header.row; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    const cells = filled(row);
    if (cells.length === 0) continue;
    const note = noteOf(row);
    if (note !== undefined) {
      notes.push(note);
      continue;
    }
    for (const { cell, index } of cells) {
      if (!known.has(index)) problems.push({ row: rowNumber, column: columnLetter(index), message: `a value, ${JSON.stringify(cellText(cell))}, in a column with no header: give the column a header, or delete the value` });
    }
    const problemsBefore = problems.length;
    const problem = (column: Column, message: string) => problems.push({ row: rowNumber, column: column.label, message });
    const name = readName(columns, row, problem);
    const label = name.zh ?? name.en;
    if (label !== undefined && totalName.test(label)) {
      skipped.push({ row: rowNumber, reason: `"${label}" is a total, not a room` });
      continue;
    }
    const figures: Figures = { capacity: {}, notOffered: [] };
    for (const column of columns) readFigure(column, row[column.index], figures, rules, (message) => problem(column, message));
    const partOfColumn = columns.find((c) => c.field.field === 'partOf');
    const partOf = partOfColumn ? readText(row[partOfColumn.index]) : undefined;
    const nameColumn = columns.find((c) => c.field.field === 'name');
    // A cell already refused says what is wrong; "no name" or "no figure" would only echo it.
    if (problems.length > problemsBefore) continue;
    if (label === undefined) {
      if (nameColumn) problems.push({ row: rowNumber, column: nameColumn.label, message: 'no room name: every row below the header is a room and needs its name' });
      continue;
    }
    const hasFigure =
      figures.area !== undefined ||
      figures.upTo !== undefined ||
      figures.moreThan !== undefined ||
      (figures.length !== undefined && figures.width !== undefined) || Object.keys(figures.capacity).length > 0;
    if (!hasFigure) {
      problems.push({ row: rowNumber, message: `"${label}" has no figure: a room needs seats in a layout, a capacity, an area, or length and width (a heading row? delete it)` });
    }
    rooms.push({ row: rowNumber, name, ...(partOf?.kind === 'value' ? { partOf: partOf.value } : {}), ...figures });
  }
  checkNames(rooms, problems);
  if (rooms.length === 0 && problems.length === 0) problems.push({ row: header.row, message: 'no rooms below the header row' });
  return { rooms, problems, headerRow: header.row, columns, notes, skipped };
}

/** The same name twice is one room listed twice (or two rooms the site could not tell apart). */
function checkNames(rooms: readonly ChartRoom[], problems: ChartProblem[]) {
  for (const lang of ['en', 'zh'] as const) {
    const seen = new Map<string, number>();
    for (const room of rooms) {
      const name = room.name[lang];
      if (name === undefined) continue;
      const earlier = seen.get(nameKey(name));
      if (earlier !== undefined) problems.push({ row: room.row, message: `"${name}" is listed twice (rows ${earlier} and ${room.row}): each room once` });
      else seen.set(nameKey(name), room.row);
    }
  }
}

/** The rule for blank and dash cells, said as the import's output and the editors' guide say it. */
export function describeRules(rules: ChartRules): string {
  const say = (meaning: CellMeaning) => (meaning === 'not-offered' ? 'not offered' : 'no published figure');
  return `In layout columns, a blank cell = ${say(rules.blankMeans)}; —, -, /, N/A = ${say(rules.dashMeans)} (change with --blank-means / --dash-means). Elsewhere both mean no figure.`;
}
