import { describe, expect, it } from 'vitest';
import {
  alignmentPositions,
  byteCapacity,
  dataCodewordsFor,
  ecBlockCount,
  ecCodewordsPerBlock,
  encodeQr,
  formatBits,
  qrPath,
  rawDataModules,
  reedSolomon,
  versionBits,
  type QrCode,
} from './qr-code.ts';
import { alignmentTable, decodeQr, syndromes } from '../testing/qr-decode.ts';

const decode = (code: QrCode) => decodeQr(code.modules, { count: ecBlockCount[code.version] as number, ecPerBlock: ecCodewordsPerBlock[code.version] as number });

describe('QR code tables (level M)', () => {
  it('match the standard’s byte-mode capacities', () => {
    // ISO/IEC 18004 table 7, byte mode, level M.
    const capacities: Record<number, number> = { 1: 14, 2: 26, 5: 84, 7: 122, 10: 213, 14: 362, 20: 666, 25: 997, 40: 2331 };
    for (const [version, bytes] of Object.entries(capacities)) expect(byteCapacity(Number(version)), `version ${version}`).toBe(bytes);
  });
  it('every version’s codewords add up: data + error correction = the modules left for them', () => {
    for (let version = 1; version <= 40; version += 1) {
      expect(Math.floor(rawDataModules(version) / 8)).toBeGreaterThan((ecCodewordsPerBlock[version] as number) * (ecBlockCount[version] as number));
    }
    expect(Math.floor(rawDataModules(1) / 8)).toBe(26);
    expect(Math.floor(rawDataModules(40) / 8)).toBe(3706);
  });
  it('place alignment patterns where the standard’s table puts them', () => {
    for (const [version, centres] of Object.entries(alignmentTable)) expect(alignmentPositions(Number(version)), `version ${version}`).toEqual(centres);
  });
  it('write the format bits of the standard’s table for level M', () => {
    // Level M, masks 0 to 7 (ISO/IEC 18004 Annex C).
    const table = ['101010000010010', '101000100100101', '101111001111100', '101101101001011', '100010111111001', '100000011001110', '100111110010111', '100101010100000'];
    table.forEach((bits, mask) => expect(formatBits(mask).toString(2).padStart(15, '0'), `mask ${mask}`).toBe(bits));
  });
  it('write the version bits of the standard’s table', () => {
    expect(versionBits(7).toString(16)).toBe('7c94');
    expect(versionBits(10).toString(16)).toBe('a4d3');
    expect(versionBits(40).toString(16)).toBe('28c69');
  });
});

describe('Reed–Solomon', () => {
  it('gives the error correction of the standard’s worked example (“HELLO WORLD”, 1-M)', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });
  it('makes codewords whose syndromes are all zero (checked with other arithmetic)', () => {
    const data = Array.from({ length: 40 }, (_, i) => (i * 37 + 11) % 256);
    expect(syndromes([...data, ...reedSolomon(data, 28)], 28).every((s) => s === 0)).toBe(true);
  });
  it('pads byte-mode data with the terminator and 0xEC, 0x11', () => {
    expect(dataCodewordsFor(new TextEncoder().encode('A'), 1)).toEqual([0x40, 0x14, 0x10, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec]);
  });
});

describe('a QR code', () => {
  const code = encodeQr('https://example.org/') as QrCode;

  it('takes the smallest version that holds the text', () => {
    expect(code.version).toBe(2);
    expect(encodeQr('x'.repeat(14))?.version).toBe(1);
    expect(encodeQr('x'.repeat(15))?.version).toBe(2);
    expect(encodeQr('x'.repeat(2331))?.version).toBe(40);
    expect(encodeQr('x'.repeat(2332))).toBeNull();
    expect(encodeQr('x'.repeat(300), 10)).toBeNull();
  });

  it('has three finder patterns with separators, timing patterns and the dark module', () => {
    const { modules, size } = code;
    const finder = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];
    for (const [x0, y0] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
      const drawn = finder.map((_, dy) => Array.from({ length: 7 }, (_, dx) => (modules[y0 + dy]?.[x0 + dx] ? '1' : '0')).join(''));
      expect(drawn).toEqual(finder);
    }
    // Separators are light.
    for (let i = 0; i < 8; i += 1) {
      expect(modules[7]?.[i]).toBe(false);
      expect(modules[i]?.[7]).toBe(false);
      expect(modules[size - 8]?.[i]).toBe(false);
    }
    for (let i = 8; i < size - 8; i += 1) {
      expect(modules[6]?.[i]).toBe(i % 2 === 0);
      expect(modules[i]?.[6]).toBe(i % 2 === 0);
    }
    expect(modules[size - 8]?.[8]).toBe(true);
  });

  it('decodes, with a reader written apart, to the text it was given: level M, both format copies alike', () => {
    for (const text of ['https://example.org/', '会议询价函 <script>alert(1)</script>', `https://example.org/zh/rfp/?venues=${'a-venue,'.repeat(40)}&event=${encodeURIComponent('第十届亚洲心脏病学大会')}`]) {
      const qr = encodeQr(text) as QrCode;
      const decoded = decode(qr);
      expect(decoded).toMatchObject({ text, level: 'M', mask: qr.mask, formatCopiesAgree: true });
    }
  });

  it('decodes at every version the tables cover, version information included (7 and up)', () => {
    for (const version of [1, 2, 5, 7, 10, 14, 20, 25, 32, 40]) {
      const text = 'ü'.repeat(Math.floor(byteCapacity(version) / 2));
      const qr = encodeQr(text) as QrCode;
      expect(qr.version).toBe(version);
      expect(decode(qr).text).toBe(text);
      if (version >= 7) {
        const bits = versionBits(version);
        for (let i = 0; i < 18; i += 1) expect(qr.modules[Math.floor(i / 3)]?.[qr.size - 11 + (i % 3)]).toBe(((bits >>> i) & 1) === 1);
      }
    }
  });

  it('draws as an SVG path, a unit a module, with a quiet zone of four', () => {
    const path = qrPath(code);
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true);
    const area = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).toBe(code.modules.flat().filter(Boolean).length);
  });
});
