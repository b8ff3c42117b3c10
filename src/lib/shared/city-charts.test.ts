import { describe, expect, it } from 'vitest';
import { cityBarChart, cityChartMetrics as m } from './city-charts.ts';

describe('city bar charts', () => {
  const chart = cityBarChart([
    { label: 'Hangzhou', value: 50000 },
    { label: 'Xi’an', value: null },
    { label: 'Sanya', value: 25000 },
  ]);

  it('scales each bar to the largest figure', () => {
    const span = m.width - m.labelWidth - m.valueWidth;
    expect(chart.bars.map((b) => b.width)).toEqual([span, 0, Math.round(span / 2)]);
  });

  it('draws no bar for a figure nobody published (never a zero-length “0”)', () => {
    expect(chart.bars[1]).toMatchObject({ value: null, width: 0 });
  });

  it('gives each city a row', () => {
    expect(chart.bars.map((b) => b.y)).toEqual([15, 35, 55]);
    expect(chart.height).toBe(64);
  });

  it('a published zero is a value, drawn as a hairline', () => {
    expect(cityBarChart([{ label: 'A', value: 0 }]).bars[0]).toMatchObject({ value: 0, width: 1 });
  });
});
