import { describe, expect, it } from 'vitest';
import { readDimensions, readNumber, readQualifiedNumber, readText } from './cells.ts';

const value = (v: unknown) => ({ kind: 'value', value: v });

describe('readNumber', () => {
  it.each([
    [1200, 1200],
    ['1200', 1200],
    ['1,200', 1200],
    ['12,000', 12000],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['１２００', 1200],
    ['１，２００', 1200],
    ['1200人', 1200],
    ['1,200 pax', 1200],
    [' 80 ', 80],
  ])('seats: %j', (cell, expected) => {
    expect(readNumber(cell, 'seats')).toEqual(value(expected));
  });

  it.each([
    ['500㎡', 500],
    ['500 m²', 500],
    ['1,200 sqm', 1200],
    ['500平方米', 500],
    [30.5, 30.5],
  ])('area: %j', (cell, expected) => {
    expect(readNumber(cell, 'area')).toEqual(value(expected));
  });

  it.each([
    ['3.5m', 3.5],
    ['9米', 9],
    [12, 12],
  ])('metres: %j', (cell, expected) => {
    expect(readNumber(cell, 'metres')).toEqual(value(expected));
  });

  it('blank is blank; dashes, slashes and N/A are marks', () => {
    for (const cell of [null, undefined, '', '   ']) expect(readNumber(cell, 'seats')).toEqual({ kind: 'blank' });
    for (const cell of ['—', '–', '-', '--', '/', '／', 'N/A', 'n/a', 'NA', '无', '不适用', '－']) expect(readNumber(cell, 'seats').kind).toBe('mark');
  });

  it.each([
    [-5, 'expected a positive whole number, got -5'],
    ['-5', 'expected a positive whole number, got -5'],
    [12.5, 'expected a positive whole number, got 12.5'],
    ['1,20', 'expected a positive whole number, got "1,20"'],
    ['many', 'expected a positive whole number, got "many"'],
    [true, 'expected a positive whole number, got TRUE'],
    [new Date(0), 'expected a positive whole number, got a date'],
  ])('refuses %j for seats', (cell, message) => {
    expect(readNumber(cell, 'seats')).toEqual({ kind: 'problem', message });
  });

  it('refuses 0 seats, with the way to say "not offered"', () => {
    const reading = readNumber(0, 'seats');
    expect(reading.kind === 'problem' && reading.message).toMatch(/got 0 .*—/);
  });

  it.each(['约1200', '大约1,200', 'about 1200', 'approx. 1200', '~1200', '1200左右'])('never drops "about": %s is refused as approximate', (cell) => {
    const reading = readNumber(cell, 'seats');
    expect(reading.kind === 'problem' && reading.message).toMatch(/is approximate/);
  });

  it.each(['1200+', '1200以上', '100多', 'more than 100', '>100'])('refuses a lower bound: %s', (cell) => {
    const reading = readNumber(cell, 'seats');
    expect(reading.kind === 'problem' && reading.message).toMatch(/lower bound/);
  });

  it.each(['800-1,000', '800~1000', '800至1000'])('refuses a range: %s', (cell) => {
    const reading = readNumber(cell, 'seats');
    expect(reading.kind === 'problem' && reading.message).toMatch(/is a range/);
  });

  it('a negative area or height', () => {
    expect(readNumber(-3, 'metres')).toEqual({ kind: 'problem', message: 'expected a positive number of metres, got -3' });
    expect(readNumber('0', 'area')).toEqual({ kind: 'problem', message: 'expected a positive number of m², got 0' });
  });
});

describe('readQualifiedNumber', () => {
  it('"about" and "or more" are kept as the figure\'s qualifier, for a field that can say so', () => {
    expect(readQualifiedNumber('约500㎡', 'area')).toEqual({ kind: 'value', value: 500, qualifier: 'about' });
    expect(readQualifiedNumber('about 1,200 sqm', 'area')).toEqual({ kind: 'value', value: 1200, qualifier: 'about' });
    expect(readQualifiedNumber('1200人以上', 'seats')).toEqual({ kind: 'value', value: 1200, qualifier: 'orMore' });
    expect(readQualifiedNumber('500+', 'area')).toEqual({ kind: 'value', value: 500, qualifier: 'orMore' });
    expect(readQualifiedNumber('500', 'area')).toEqual({ kind: 'value', value: 500 });
  });

  it('still refuses a range, and a qualifier on no number', () => {
    expect(readQualifiedNumber('800-1000', 'seats').kind).toBe('problem');
    expect(readQualifiedNumber('约', 'seats')).toEqual({ kind: 'problem', message: 'expected a positive whole number, got "约"' });
  });
});

describe('readDimensions', () => {
  it.each([
    ['40×30', [40, 30]],
    ['40x30', [40, 30]],
    ['40X30', [40, 30]],
    ['40 * 30', [40, 30]],
    ['40m × 30m', [40, 30]],
    ['４０×３０', [40, 30]],
    ['25.5 x 12', [25.5, 12]],
  ])('%s', (cell, expected) => {
    expect(readDimensions(cell, false)).toEqual(value(expected));
  });

  it('with the height when the column says so', () => {
    expect(readDimensions('40×30×8', true)).toEqual(value([40, 30, 8]));
  });

  it('refuses a third figure in a length × width column, and one figure', () => {
    const three = readDimensions('40×30×8', false);
    expect(three.kind === 'problem' && three.message).toMatch(/长×宽×高/);
    expect(readDimensions('40', false)).toEqual({ kind: 'problem', message: 'expected length × width in metres, such as 40×30, got 40' });
    expect(readDimensions('40×-3', false).kind).toBe('problem');
  });

  it('blank and marks carry no dimensions', () => {
    expect(readDimensions('', false)).toEqual({ kind: 'blank' });
    expect(readDimensions('/', false).kind).toBe('mark');
  });
});

describe('readText', () => {
  it('a number as a name, white space collapsed', () => {
    expect(readText(101)).toEqual(value('101'));
    expect(readText('大宴会厅\n Grand Ballroom')).toEqual(value('大宴会厅 Grand Ballroom'));
  });
});
