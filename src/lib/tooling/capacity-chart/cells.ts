/**
 * Reading one cell of a capacity chart: seat counts, areas and heights, "40×30" dimensions, and
 * the marks charts use for a layout that is not offered ("—", "/", "N/A").
 */

/** A cell as a spreadsheet or CSV reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** "约500" is `about`, "500以上" or "500+" is `orMore`: said of the figure, never dropped. */
export type Qualifier = 'about' | 'orMore';

/** What a cell says. `problem` is the message after "row 5, column 剧院式: ". */
export type CellReading<T> =
  | { kind: 'value'; value: T; qualifier?: Qualifier }
  | { kind: 'blank' }
  | { kind: 'mark'; text: string }
  | { kind: 'problem'; message: string };

/** The marks that, in a layout column, mean "not offered" by default (see --dash-means). */
export const dashMarks = ['—', '–', '-', '/', 'N/A', 'NA', 'n/a', '无', '不适用', '不提供'] as const;
const marks = new Set(dashMarks.map((mark) => mark.normalize('NFKC').toLowerCase()));

export type Quantity = 'seats' | 'area' | 'metres';

const unitWords: Record<Quantity, RegExp> = {
  seats: /\s*(?:人|位|席|pax|persons?|people|seats?|ppl)$/iu,
  area: /\s*(?:m2|sqm|sq m|sq\.m|sq\. m|平方米|平米|平)$/iu,
  metres: /\s*(?:m|米|metres?|meters?)$/iu,
};

const expected: Record<Quantity, string> = {
  seats: 'expected a positive whole number',
  area: 'expected a positive number of m²',
  metres: 'expected a positive number of metres',
};

/** Text as the editor typed it, for messages: `got -5`, `got "约1200"`. */
export function shown(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return 'a date';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = String(cell ?? '').trim();
  return /^-?\d+(?:\.\d+)?$/u.test(text) ? text : JSON.stringify(text);
}

/** Full-width digits and punctuation (１２００，㎡) folded to ASCII; spaces collapsed. */
export function cellText(cell: Cell): string {
  return String(cell ?? '')
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isMark(text: string): boolean {
  return marks.has(text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '')) || /^[-—–─]+$/u.test(text);
}

const approximate = /^(?:约|大约|approx\.?|approximately|about|around|ca\.?|c\.|~|≈)\s*|\s*(?:左右|approx\.?)$/iu;
const lowerBound = /^(?:>|≥|>=|more than|over|at least|超过|逾|不少于)\s*|\s*(?:\+|以上|余|多|or more|and above)$/iu;
const range = /^\d[\d,.]*\s*(?:-|~|–|—|至|到|to)\s*\d/u;

/**
 * A number written in a cell: "1,200", "1 200", "１２００", "1200人", "500㎡". A seat count, a length or
 * a height must be exact: approximate figures ("约1200"), lower bounds ("1200+") and ranges
 * ("800-1,000") are refused, as the site keeps only what the venue publishes and an editor decides.
 */
export function readNumber(cell: Cell, quantity: Quantity): CellReading<number> {
  const reading = readQualifiedNumber(cell, quantity);
  if (reading.kind !== 'value' || reading.qualifier === undefined) return reading;
  return { kind: 'problem', message: qualifierProblem(cell, reading.qualifier) };
}

/** The message for a figure with "about" or "or more" where the field cannot say so. */
export function qualifierProblem(cell: Cell, qualifier: Qualifier): string {
  return qualifier === 'about'
    ? `got ${shown(cell)} is approximate: write the figure the venue publishes, without "about", or leave the cell blank`
    : `got ${shown(cell)} is a lower bound ("or more"): write the figure the venue publishes, or leave the cell blank`;
}

/** As `readNumber`, but "about" and "or more" are read as the figure's qualifier, for a field that keeps one. */
export function readQualifiedNumber(cell: Cell, quantity: Quantity): CellReading<number> {
  if (isBlank(cell)) return { kind: 'blank' };
  if (typeof cell === 'number') return checkNumber(cell, quantity, shown(cell));
  if (typeof cell !== 'string') return { kind: 'problem', message: `${expected[quantity]}, got ${shown(cell)}` };
  const text = cellText(cell);
  if (isMark(text)) return { kind: 'mark', text };
  const got = `got ${shown(cell)}`;
  if (range.test(text)) return { kind: 'problem', message: `${got} is a range: write one figure (the venue's maximum for this layout), or leave the cell blank` };
  const qualifier: Qualifier | undefined = approximate.test(text) ? 'about' : lowerBound.test(text) ? 'orMore' : undefined;
  const digits = text.replace(approximate, '').replace(lowerBound, '').replace(unitWords[quantity], '');
  const number = plainNumber(digits);
  if (number === undefined) return { kind: 'problem', message: `${expected[quantity]}, ${got}` };
  const reading = checkNumber(number, quantity, shown(cell));
  return reading.kind === 'value' && qualifier ? { ...reading, qualifier } : reading;
}

/** "1,200", "1 200", "1200", "12.5", "-5" → the number; anything else → undefined. */
function plainNumber(text: string): number | undefined {
  const grouped = /^-?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/u.test(text);
  const plain = /^-?\d+(?:\.\d+)?$/u.test(text);
  if (!grouped && !plain) return undefined;
  return Number(text.replace(/[, ]/gu, ''));
}

function checkNumber(value: number, quantity: Quantity, got: string): CellReading<number> {
  if (!Number.isFinite(value) || value <= 0 || (quantity === 'seats' && !Number.isInteger(value))) {
    const hint = value === 0 && quantity === 'seats' ? ' (a layout the room does not offer is written —, or see --blank-means)' : '';
    return { kind: 'problem', message: `${expected[quantity]}, got ${got}${hint}` };
  }
  return { kind: 'value', value };
}

/** "40×30", "40 x 30 m", "40m*30m", and with `withHeight` "40×30×8": the measures in metres. */
export function readDimensions(cell: Cell, withHeight: boolean): CellReading<number[]> {
  if (isBlank(cell)) return { kind: 'blank' };
  const text = cellText(cell);
  if (isMark(text)) return { kind: 'mark', text };
  const wanted = withHeight ? 'length × width × height in metres, such as 40×30×8' : 'length × width in metres, such as 40×30';
  const parts = text.split(/\s*[×xX*✕]\s*/u);
  const values = parts.map((part) => plainNumber(part.replace(unitWords.metres, '')));
  if (values.length !== (withHeight ? 3 : 2) || values.some((v) => v === undefined || v <= 0)) {
    const third = !withHeight && values.length === 3 ? ' (a third figure? name the column 长×宽×高 or L×W×H if it is the height)' : '';
    return { kind: 'problem', message: `expected ${wanted}, got ${shown(cell)}${third}` };
  }
  return { kind: 'value', value: values as number[] };
}

/** A name or other text cell; numbers are names too ("101"). */
export function readText(cell: Cell): CellReading<string> {
  if (isBlank(cell)) return { kind: 'blank' };
  if (typeof cell === 'number') return { kind: 'value', value: String(cell) };
  if (typeof cell !== 'string') return { kind: 'problem', message: `expected text, got ${shown(cell)}` };
  return { kind: 'value', value: cell.replace(/\s+/gu, ' ').trim() };
}
