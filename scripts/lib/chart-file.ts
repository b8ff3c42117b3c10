/**
 * Reads a capacity chart file into rows of cells, as a spreadsheet shows them (row 1 first, column
 * A first): `.xlsx` with read-excel-file (the first sheet with a header row, unless one is named),
 * `.csv` with csv-parse after decoding UTF-8 (with or without BOM), UTF-16 (with BOM) or
 * GB18030/GBK, which Chinese Excel writes.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import readXlsxFile from 'read-excel-file/node';
import type { Cell } from '../../src/lib/tooling/capacity-chart/cells.ts';
import { hasChartHeader } from '../../src/lib/tooling/capacity-chart/chart.ts';

export class ChartFileError extends Error {
  override name = 'ChartFileError';
}

export interface ChartFile {
  rows: Cell[][];
  /** How it was read, for the import's output: "CSV, GB18030", "Excel, sheet 会议室". */
  format: string;
  /** Other sheets of a workbook, which the import did not read. */
  otherSheets: string[];
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** The text of a CSV file and the encoding it was in: a BOM says; else UTF-8 if valid, else GB18030. */
export function decodeCsv(bytes: Uint8Array, encoding?: string): { text: string; encoding: string } {
  if (encoding) {
    if (!iconv.encodingExists(encoding)) throw new ChartFileError(`unknown encoding "${encoding}": try utf-8 or gb18030`);
    return { text: iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true }), encoding };
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Chinese Excel saves "CSV" in the system's code page: GBK, which GB18030 contains.
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GB18030 (GBK)' };
  }
}

/** CSV text into rows; one record is one spreadsheet row, empty lines included. */
export function parseCsv(text: string): Cell[][] {
  try {
    return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ChartFileError(`the CSV file could not be read${line ? ` (line ${line})` : ''}: ${(error as Error).message}`);
  }
}

async function readWorkbook(bytes: Buffer, sheet?: string): Promise<ChartFile> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(bytes, { trim: false })) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ChartFileError(
      code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'this is an old Excel 97–2003 (.xls) file: open it in Excel or WPS and save it as .xlsx (Excel Workbook) or CSV'
        : `the file could not be read as an Excel workbook (.xlsx): ${(error as Error).message}`,
    );
  }
  // Unnamed, the chart is the first sheet with a header row: a sheet of instructions may come first.
  const chosen = sheet === undefined ? (sheets.find((s) => hasChartHeader(s.data as Cell[][])) ?? sheets[0]) : sheets.find((s) => s.sheet === sheet);
  if (!chosen) throw new ChartFileError(`no sheet "${sheet}" in the workbook: its sheets are ${sheets.map((s) => `"${s.sheet}"`).join(', ')}`);
  const rows = chosen.data.map((row) => row.map((cell) => (cell === null || cell === undefined ? null : (cell as Cell))));
  return { rows, format: `Excel workbook, sheet "${chosen.sheet}"`, otherSheets: sheets.map((s) => s.sheet).filter((name) => name !== chosen.sheet) };
}

/** Reads `.xlsx` or `.csv`; anything else, or a file that is not what its name says, is refused. */
export async function readChartFile(path: string, options: { sheet?: string; encoding?: string } = {}): Promise<ChartFile> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ChartFileError(code === 'ENOENT' ? `file not found: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a chart file` : `the file could not be opened: ${(error as Error).message}`);
  }
  if (bytes.length === 0) throw new ChartFileError(`the file is empty: ${path}`);
  const extension = extname(path).toLowerCase();
  const isZip = startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
  if (extension === '.xlsx') return readWorkbook(bytes, options.sheet);
  if (extension === '.xls') throw new ChartFileError('this is an old Excel 97–2003 (.xls) file: open it in Excel or WPS and save it as .xlsx (Excel Workbook) or CSV');
  if (extension !== '.csv') throw new ChartFileError(`expected a chart as .xlsx or .csv, got a "${extension || 'nameless'}" file`);
  if (isZip) throw new ChartFileError('this file is an Excel workbook, not CSV text: name it .xlsx');
  if (bytes.includes(0) && !startsWith(bytes, 0xff, 0xfe) && !startsWith(bytes, 0xfe, 0xff)) throw new ChartFileError('this is not a text (CSV) file: save the chart from Excel or WPS as CSV or .xlsx');
  const { text, encoding } = decodeCsv(bytes, options.encoding);
  return { rows: parseCsv(text), format: `CSV, ${encoding}`, otherSheets: [] };
}
