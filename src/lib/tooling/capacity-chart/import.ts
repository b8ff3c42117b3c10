/**
 * The whole import of a chart into a venue file, writing nothing: read the chart, plan the rooms,
 * write them into the file's text and check that text as the build will. `npm run import` and the
 * chart template's round trip both run exactly this.
 */
import type { Cell } from './cells.ts';
import { type ChartProblem, type ChartReading, type ChartRules, defaultRules, readChart } from './chart.ts';
import { type ImportPlan, planImport } from './rooms.ts';
import { checkVenueText, existingRooms, replaceRooms } from './venue-yaml.ts';

export type ChartImport =
  | { ok: true; reading: ChartReading; plan: ImportPlan; text: string }
  /** Refused: nothing may be written. Problems in the file itself start `venue.yaml:`. */
  | { ok: false; problems: ChartProblem[] };

/**
 * The venue file's new text with the chart's rooms, or every problem that refuses the chart.
 * Throws VenueFileError when the venue file cannot be read at all.
 */
export function importChartRooms(venueText: string, rows: readonly (readonly Cell[])[], options: { rules?: ChartRules; source?: string } = {}): ChartImport {
  const reading = readChart(rows, options.rules ?? defaultRules);
  if (reading.problems.length > 0) return { ok: false, problems: reading.problems };
  const plan = planImport(reading.rooms, existingRooms(venueText), options.source);
  if (plan.problems.length > 0) return { ok: false, problems: plan.problems };
  const text = replaceRooms(venueText, plan.rooms);
  const invalid = checkVenueText(text, plan.rowOf);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  return { ok: true, reading, plan, text };
}
