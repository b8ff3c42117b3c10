/**
 * A small QR Code encoder (ISO/IEC 18004): byte mode (UTF-8), error correction level M, versions
 * 1–40, drawn locally so that no request leaves the site. Written for the request-for-proposal
 * page's link; checked by the tests against the standard's tables and by decoding its own output.
 */

/** Error-correction codewords per block, and blocks, at level M, by version (index 0 unused). */
export const ecCodewordsPerBlock = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
export const ecBlockCount = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];

/** Format-information bits for level M (the standard's two bits 00). */
const levelM = 0;

export interface QrCode {
  version: number;
  size: number;
  mask: number;
  /** modules[y][x]: true is dark. */
  modules: boolean[][];
}

export const qrSize = (version: number) => version * 4 + 17;

/** Modules left for data and error correction once the function patterns are drawn. */
export function rawDataModules(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    modules -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) modules -= 36;
  }
  return modules;
}

export const dataCodewords = (version: number) => Math.floor(rawDataModules(version) / 8) - (ecCodewordsPerBlock[version] ?? 0) * (ecBlockCount[version] ?? 0);

/** Bits of the byte-mode character count: 8 up to version 9, then 16. */
const countBits = (version: number) => (version <= 9 ? 8 : 16);

/** The most bytes a version holds in byte mode at level M. */
export const byteCapacity = (version: number) => Math.floor((dataCodewords(version) * 8 - 4 - countBits(version)) / 8);

/** Centres of the alignment patterns along each axis. */
export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const positions = [6];
  for (let position = qrSize(version) - 7; positions.length < count; position -= step) positions.splice(1, 0, position);
  return positions;
}

/** Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1. */
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i -= 1) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The Reed–Solomon generator polynomial of a degree, highest coefficient (1) left out. */
function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i += 1) {
    for (let j = 0; j < degree; j += 1) {
      result[j] = gfMultiply(result[j] as number, root);
      if (j + 1 < degree) result[j] = (result[j] as number) ^ (result[j + 1] as number);
    }
    root = gfMultiply(root, 2);
  }
  return result;
}

/** The error-correction codewords of a block of data codewords. */
export function reedSolomon(data: readonly number[], degree: number): number[] {
  const divisor = rsDivisor(degree);
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() as number);
    result.push(0);
    divisor.forEach((coefficient, i) => {
      result[i] = (result[i] as number) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

/** The data codewords of `bytes` in byte mode: mode, count, data, terminator, padding. */
export function dataCodewordsFor(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i -= 1) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, countBits(version));
  for (const byte of bytes) push(byte, 8);
  const capacity = dataCodewords(version) * 8;
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; codewords.length < capacity / 8; pad ^= 0xec ^ 0x11) codewords.push(pad);
  return codewords;
}

/** Data split into blocks, each followed by its error correction, then interleaved as the symbol stores them. */
export function interleavedCodewords(data: readonly number[], version: number): number[] {
  const blocks = ecBlockCount[version] as number;
  const degree = ecCodewordsPerBlock[version] as number;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks) - degree;
  const dataBlocks: number[][] = [];
  for (let i = 0, offset = 0; i < blocks; i += 1) {
    const length = shortLength + (i < shortBlocks ? 0 : 1);
    dataBlocks.push(data.slice(offset, offset + length));
    offset += length;
  }
  const result: number[] = [];
  for (let i = 0; i <= shortLength; i += 1) for (const block of dataBlocks) if (i < block.length) result.push(block[i] as number);
  const ecBlocks = dataBlocks.map((block) => reedSolomon(block, degree));
  for (let i = 0; i < degree; i += 1) for (const block of ecBlocks) result.push(block[i] as number);
  return result;
}

/** The 15 format bits for level M and a mask, BCH-coded and XOR-ed as the standard says. */
export function formatBits(mask: number): number {
  const data = (levelM << 3) | mask;
  let remainder = data;
  for (let i = 0; i < 10; i += 1) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  return ((data << 10) | remainder) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up), BCH-coded. */
export function versionBits(version: number): number {
  let remainder = version;
  for (let i = 0; i < 12; i += 1) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
  return (version << 12) | remainder;
}

const masks: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** Whether mask `mask` darkens module (x, y): the decoder undoes it the same way. */
export const maskAt = (mask: number, x: number, y: number) => (masks[mask] as (x: number, y: number) => boolean)(x, y);

class QrSymbol {
  readonly size: number;
  readonly modules: boolean[][];
  readonly isFunction: boolean[][];

  constructor(readonly version: number) {
    this.size = qrSize(version);
    this.modules = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.isFunction = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.drawFunctionPatterns();
  }

  set(x: number, y: number, dark: boolean) {
    (this.modules[y] as boolean[])[x] = dark;
    (this.isFunction[y] as boolean[])[x] = true;
  }

  private drawFunctionPatterns() {
    const { size } = this;
    for (let i = 0; i < size; i += 1) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    // Finder patterns with their separators.
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
      for (let dy = -4; dy <= 4; dy += 1) {
        for (let dx = -4; dx <= 4; dx += 1) {
          const x = cx + dx;
          const y = cy + dy;
          const distance = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < size && y >= 0 && y < size) this.set(x, y, distance !== 2 && distance !== 4);
        }
      }
    }
    const positions = alignmentPositions(this.version);
    const last = positions.length - 1;
    positions.forEach((cx, i) =>
      positions.forEach((cy, j) => {
        // Not where a finder pattern is.
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
        for (let dy = -2; dy <= 2; dy += 1) for (let dx = -2; dx <= 2; dx += 1) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }),
    );
    this.drawFormatBits(0);
    if (this.version >= 7) {
      const bits = versionBits(this.version);
      for (let i = 0; i < 18; i += 1) {
        const dark = ((bits >>> i) & 1) === 1;
        const a = size - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.set(a, b, dark);
        this.set(b, a, dark);
      }
    }
  }

  drawFormatBits(mask: number) {
    const bits = formatBits(mask);
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    const { size } = this;
    for (let i = 0; i <= 5; i += 1) this.set(8, i, bit(i));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let i = 9; i < 15; i += 1) this.set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i += 1) this.set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i += 1) this.set(8, size - 15 + i, bit(i));
    // The dark module.
    this.set(8, size - 8, true);
  }

  /** Codewords into the non-function modules, in two-module columns zigzagging from the bottom right. */
  placeCodewords(codewords: readonly number[]) {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let step = 0; step < size; step += 1) {
        for (let j = 0; j < 2; j += 1) {
          const x = right - j;
          const upward = ((right + 1) & 2) === 0;
          const y = upward ? size - 1 - step : step;
          if (!this.isFunction[y]?.[x] && i < codewords.length * 8) {
            (this.modules[y] as boolean[])[x] = (((codewords[i >>> 3] as number) >>> (7 - (i & 7))) & 1) === 1;
            i += 1;
          }
        }
      }
    }
  }

  applyMask(mask: number) {
    for (let y = 0; y < this.size; y += 1) {
      for (let x = 0; x < this.size; x += 1) {
        if (!this.isFunction[y]?.[x] && maskAt(mask, x, y)) (this.modules[y] as boolean[])[x] = !this.modules[y]?.[x];
      }
    }
  }
}

/** The standard's penalty for a masked symbol: runs, 2×2 blocks, finder-like patterns, dark balance. Lower reads better. */
export function maskPenalty(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  const at = (x: number, y: number) => modules[y]?.[x] === true;
  let penalty = 0;
  const finderLike = [
    [true, false, true, true, true, false, true, false, false, false, false],
    [false, false, false, false, true, false, true, true, true, false, true],
  ];
  for (const horizontal of [true, false]) {
    for (let a = 0; a < size; a += 1) {
      const line = Array.from({ length: size }, (_, b) => (horizontal ? at(b, a) : at(a, b)));
      let run = 1;
      for (let b = 1; b <= size; b += 1) {
        if (b < size && line[b] === line[b - 1]) run += 1;
        else {
          if (run >= 5) penalty += 3 + run - 5;
          run = 1;
        }
      }
      for (let b = 0; b + 11 <= size; b += 1) {
        if (finderLike.some((pattern) => pattern.every((dark, k) => line[b + k] === dark))) penalty += 40;
      }
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (at(x, y)) dark += 1;
      if (x + 1 < size && y + 1 < size && at(x, y) === at(x + 1, y) && at(x, y) === at(x, y + 1) && at(x, y) === at(x + 1, y + 1)) penalty += 3;
    }
  }
  const total = size * size;
  return penalty + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** The smallest version from 1 to `maxVersion` that holds `text`, encoded; null when none does. */
export function encodeQr(text: string, maxVersion = 40): QrCode | null {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  while (version <= Math.min(maxVersion, 40) && byteCapacity(version) < bytes.length) version += 1;
  if (version > Math.min(maxVersion, 40)) return null;
  const codewords = interleavedCodewords(dataCodewordsFor(bytes, version), version);
  let best: { mask: number; penalty: number; modules: boolean[][] } | undefined;
  for (let mask = 0; mask < 8; mask += 1) {
    const symbol = new QrSymbol(version);
    symbol.placeCodewords(codewords);
    symbol.applyMask(mask);
    symbol.drawFormatBits(mask);
    const penalty = maskPenalty(symbol.modules);
    if (!best || penalty < best.penalty) best = { mask, penalty, modules: symbol.modules };
  }
  const chosen = best as { mask: number; modules: boolean[][] };
  return { version, size: qrSize(version), mask: chosen.mask, modules: chosen.modules };
}

/** An SVG path of the dark modules, one unit a module, runs of a row merged, offset by the quiet zone (4 modules, as the standard asks). */
export function qrPath(code: QrCode, quietZone = 4): string {
  const parts: string[] = [];
  code.modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      parts.push(`M${x + quietZone} ${y + quietZone}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return parts.join('');
}
