import { describe, expect, it } from 'vitest';
import { airportPositions, straightLines } from './airport-distances.ts';

describe('straight-line distances to the city’s airports', () => {
  it('reads the airports of the founding cities from the dataset, Daxing and Tianfu included', async () => {
    const positions = await airportPositions(['PEK', 'PKX', 'PVG', 'SHA', 'TSN', 'HGH', 'XIY', 'CTU', 'TFU', 'KMG', 'SYX']);
    expect([...positions.keys()].sort()).toEqual(['CTU', 'HGH', 'KMG', 'PEK', 'PKX', 'PVG', 'SHA', 'SYX', 'TFU', 'TSN', 'XIY']);
    // Sanity: Capital Airport lies north-east of central Beijing.
    expect(positions.get('PEK')?.lat).toBeGreaterThan(40);
    expect(positions.get('PEK')?.lng).toBeGreaterThan(116.5);
  });
  it('gives each airport with a known position, nearest first, in whole km', () => {
    const positions = new Map([
      ['PEK', { lat: 40.0785, lng: 116.5871 }],
      ['PKX', { lat: 39.5098, lng: 116.4083 }],
    ]);
    const cncc = { lat: 39.9917, lng: 116.3842 };
    const lines = straightLines(cncc, ['PKX', 'PEK', 'XXX'], positions);
    expect(lines.map((l) => l.code)).toEqual(['PEK', 'PKX']);
    expect(lines[0]?.km).toBeGreaterThan(15);
    expect(lines[0]?.km).toBeLessThan(22);
    expect(Number.isInteger(lines[1]?.km)).toBe(true);
  });
  it('gives nothing for a venue without coordinates: never a guess', () => {
    expect(straightLines(null, ['PEK'], new Map([['PEK', { lat: 40, lng: 116.6 }]]))).toEqual([]);
  });
  it('leaves out a code the dataset does not know', async () => {
    expect((await airportPositions(['ZZZ'])).size).toBe(0);
  });
});
