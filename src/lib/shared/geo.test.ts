import { describe, expect, it } from 'vitest';
import { straightLineKm } from './geo.ts';

describe('straightLineKm', () => {
  it('is 0 between a place and itself', () => {
    expect(straightLineKm({ lat: 39.9, lng: 116.4 }, { lat: 39.9, lng: 116.4 })).toBe(0);
  });
  it('gives one degree of latitude as about 111 km', () => {
    expect(straightLineKm({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111.2, 0);
  });
  it('measures Beijing to Shanghai (city centres) at about 1,070 km, the same both ways', () => {
    const beijing = { lat: 39.9042, lng: 116.4074 };
    const shanghai = { lat: 31.2304, lng: 121.4737 };
    expect(straightLineKm(beijing, shanghai)).toBeGreaterThan(1060);
    expect(straightLineKm(beijing, shanghai)).toBeLessThan(1075);
    expect(straightLineKm(shanghai, beijing)).toBeCloseTo(straightLineKm(beijing, shanghai), 9);
  });
});
