/**
 * Small bar charts of the compared cities' key figures: one chart per figure, a bar per city scaled
 * to the largest, and no bar where the figure is not published (the chart says so instead).
 */
export interface CityBar {
  label: string;
  value: number | null;
  /** Baseline of the row's text. */
  y: number;
  /** 0 where the value is unknown. */
  width: number;
}

export const cityChartMetrics = { width: 300, labelWidth: 84, valueWidth: 100, rowHeight: 20, barHeight: 12, fontSize: 11 } as const;

export function cityBarChart(rows: readonly { label: string; value: number | null }[]): { width: number; height: number; barX: number; bars: CityBar[] } {
  const m = cityChartMetrics;
  const span = m.width - m.labelWidth - m.valueWidth;
  const max = Math.max(0, ...rows.flatMap((r) => (r.value === null ? [] : [r.value])));
  const bars = rows.map((row, i) => ({
    ...row,
    y: (i + 1) * m.rowHeight - 5,
    width: row.value === null ? 0 : max === 0 ? 1 : Math.max(1, Math.round((row.value / max) * span)),
  }));
  return { width: m.width, height: rows.length * m.rowHeight + 4, barX: m.labelWidth, bars };
}
