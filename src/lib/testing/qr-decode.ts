/**
 * A QR Code reader for tests, written apart from the encoder: it finds the function areas from the
 * standard's own tables, reads the format bits, undoes the mask, reads the zigzag, checks every
 * block's Reed–Solomon syndromes with log/antilog tables (not the encoder's arithmetic) and parses
 * the byte-mode segment. It reads clean matrices only (no error correction): enough to check a round trip.
 */

/** The standard's alignment-pattern centres (ISO/IEC 18004, Annex E) for the versions the tests use. */
export const alignmentTable: Record<number, number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
  14: [6, 26, 46, 66],
  15: [6, 26, 48, 70],
  16: [6, 26, 50, 74],
  17: [6, 30, 54, 78],
  18: [6, 30, 56, 82],
  19: [6, 30, 58, 86],
  20: [6, 34, 62, 90],
  25: [6, 32, 58, 84, 110],
  32: [6, 34, 60, 86, 112, 138],
  40: [6, 30, 58, 86, 114, 142, 170],
};

const exp = new Array<number>(512);
const log = new Array<number>(256);
for (let i = 0, x = 1; i < 255; i += 1) {
  exp[i] = x;
  log[x] = i;
  x <<= 1;
  if (x & 0x100) x ^= 0x11d;
}
for (let i = 255; i < 512; i += 1) exp[i] = exp[i - 255] as number;
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : (exp[(log[a] as number) + (log[b] as number)] as number));

/** r(α^i) for i < degree: all zero for a valid Reed–Solomon codeword (highest power first). */
export function syndromes(codeword: readonly number[], degree: number): number[] {
  return Array.from({ length: degree }, (_, i) => codeword.reduce((sum, c) => mul(sum, exp[i] as number) ^ c, 0));
}

/** The valid 15-bit format words: level bits (L 01, M 00, Q 11, H 10) and mask, from the standard's BCH code. */
function formatWord(level: number, mask: number): number {
  const data = (level << 3) | mask;
  let value = data << 10;
  for (let bit = 14; bit >= 10; bit -= 1) if ((value >>> bit) & 1) value ^= 0x537 << (bit - 10);
  return ((data << 10) | value) ^ 0x5412;
}

export interface Decoded {
  version: number;
  level: 'L' | 'M' | 'Q' | 'H';
  mask: number;
  text: string;
  /** Whether both copies of the format bits agree. */
  formatCopiesAgree: boolean;
}

export function decodeQr(modules: readonly (readonly boolean[])[], blocks: { count: number; ecPerBlock: number }): Decoded {
  const size = modules.length;
  const version = (size - 17) / 4;
  const at = (x: number, y: number) => modules[y]?.[x] === true;

  // Format bits, both copies, bit i as the encoder of the standard places it.
  const first: [number, number][] = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]];
  const second: [number, number][] = [
    ...Array.from({ length: 8 }, (_, i): [number, number] => [size - 1 - i, 8]),
    ...Array.from({ length: 7 }, (_, i): [number, number] => [8, size - 7 + i]),
  ];
  const read = (positions: [number, number][]) => positions.reduce((word, [x, y], i) => word | (Number(at(x, y)) << i), 0);
  const word = read(first);
  let found: { level: number; mask: number } | undefined;
  for (let level = 0; level < 4; level += 1) for (let mask = 0; mask < 8; mask += 1) if (formatWord(level, mask) === word) found = { level, mask };
  if (!found) throw new Error(`no valid format word: ${word.toString(2)}`);
  const { level, mask } = found;

  // Function modules: finders with separators and format areas, timing, alignment, version areas.
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserve = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y += 1) for (let x = x0; x < x0 + w; x += 1) if (x >= 0 && y >= 0 && x < size && y < size) (reserved[y] as boolean[])[x] = true;
  };
  reserve(0, 0, 9, 9);
  reserve(size - 8, 0, 8, 9);
  reserve(0, size - 8, 9, 8);
  reserve(6, 0, 1, size);
  reserve(0, 6, size, 1);
  const centres = alignmentTable[version];
  if (!centres) throw new Error(`no alignment table for version ${version}`);
  for (const cx of centres) {
    for (const cy of centres) {
      const onFinder = (cx < 9 && cy < 9) || (cx > size - 9 && cy < 9) || (cx < 9 && cy > size - 9);
      if (!onFinder) reserve(cx - 2, cy - 2, 5, 5);
    }
  }
  if (version >= 7) {
    reserve(size - 11, 0, 3, 6);
    reserve(0, size - 11, 6, 3);
  }

  const maskFunctions = [
    (x: number, y: number) => (x + y) % 2 === 0,
    (_x: number, y: number) => y % 2 === 0,
    (x: number) => x % 3 === 0,
    (x: number, y: number) => (x + y) % 3 === 0,
    (x: number, y: number) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
    (x: number, y: number) => ((x * y) % 2) + ((x * y) % 3) === 0,
    (x: number, y: number) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
    (x: number, y: number) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
  ];
  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right -= 1;
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < size; step += 1) {
      const y = upward ? size - 1 - step : step;
      for (const x of [right, right - 1]) {
        if (reserved[y]?.[x]) continue;
        bits.push(Number(at(x, y) !== (maskFunctions[mask] as (x: number, y: number) => boolean)(x, y)));
      }
    }
  }
  const total = Math.floor(bits.length / 8);
  const codewords = Array.from({ length: total }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((byte, bit) => (byte << 1) | bit, 0));

  // De-interleave: short blocks first, each one data codeword shorter.
  const { count, ecPerBlock } = blocks;
  const shortBlocks = count - (total % count);
  const shortData = Math.floor(total / count) - ecPerBlock;
  const dataBlocks: number[][] = Array.from({ length: count }, () => []);
  let k = 0;
  for (let i = 0; i <= shortData; i += 1) for (let b = 0; b < count; b += 1) if (i < shortData || b >= shortBlocks) (dataBlocks[b] as number[]).push(codewords[k++] as number);
  const ecBlocks: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < ecPerBlock; i += 1) for (let b = 0; b < count; b += 1) (ecBlocks[b] as number[]).push(codewords[k++] as number);
  dataBlocks.forEach((data, b) => {
    const bad = syndromes([...data, ...(ecBlocks[b] as number[])], ecPerBlock).some((s) => s !== 0);
    if (bad) throw new Error(`block ${b} fails its Reed–Solomon check`);
  });

  // Byte-mode segment.
  const data = dataBlocks.flat();
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >>> (7 - i)) & 1));
  let p = 0;
  const take = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i += 1) v = (v << 1) | (stream[p++] as number);
    return v;
  };
  const mode = take(4);
  if (mode !== 0b0100) throw new Error(`not byte mode: ${mode}`);
  const length = take(version <= 9 ? 8 : 16);
  const bytes = Uint8Array.from({ length }, () => take(8));
  return {
    version,
    level: (['M', 'L', 'H', 'Q'] as const)[level] as Decoded['level'],
    mask,
    text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    formatCopiesAgree: read(second) === word,
  };
}
