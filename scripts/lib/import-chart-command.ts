// npm run import: the command as a function, so tests run it in-process (scripts/import-chart.ts is
// the one-line command-line wrapper). Replaces a venue's rooms with its capacity chart; refuses the
// whole chart, writing nothing, when any row or column cannot be read or the resulting venue.yaml
// would not pass the build's check.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CellMeaning, type ChartProblem, type ChartRules, defaultRules, formatChartProblem } from '../../src/lib/tooling/capacity-chart/chart.ts';
import { importChartRooms } from '../../src/lib/tooling/capacity-chart/import.ts';
import { importReport } from '../../src/lib/tooling/capacity-chart/report.ts';
import { VenueFileError } from '../../src/lib/tooling/capacity-chart/venue-yaml.ts';
import { ChartFileError, readChartFile } from './chart-file.ts';
import { UnknownVenueError, venueFile as findVenueFile } from './venue-file.ts';

const usage = `Usage: npm run import -- <venue-slug> <chart.xlsx|chart.csv> [options]

  --dry-run                 print what would change; write nothing
  --sheet <name>            the workbook's sheet to read (default: the first with a header row)
  --encoding <name>         the CSV's encoding, when the guess is wrong (utf-8, gb18030)
  --blank-means <meaning>   a blank layout cell: no-figure (default) or not-offered
  --dash-means <meaning>    —, -, /, N/A in a layout cell: not-offered (default) or no-figure
  --ignore-column <header>  leave out a column the import does not know (repeat for more)
  --source <id>             the id, in the venue's sources, of the document the chart comes from`;

/** Where the command writes: the terminal, or a test's buffers. */
export interface CommandOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Ends the command with an exit code (thrown, so the steps below read top to bottom). */
class Exit extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/** Runs `npm run import -- …args` and returns its exit code. */
export async function importChartCommand(argv: readonly string[], out: CommandOutput = { log: console.log, error: console.error }): Promise<number> {
  const fail = (message: string, code = 1): never => {
    out.error(message);
    throw new Exit(code);
  };
  try {
    await run(argv, out, fail);
    return 0;
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
}

async function run(argv: readonly string[], out: CommandOutput, fail: (message: string, code?: number) => never) {
  const refuse = (file: string, chart: string, problems: readonly ChartProblem[]): never => {
    out.error(`Refused: ${file} was not changed.`);
    const inChart = problems.filter((p) => p.row !== undefined || p.column !== undefined || !p.message.startsWith('venue.yaml:'));
    const inVenue = problems.filter((p) => !inChart.includes(p));
    if (inChart.length > 0) out.error(`${inChart.length} problem${inChart.length === 1 ? '' : 's'} in ${chart}:`);
    for (const problem of inChart) out.error(`  ✗ ${formatChartProblem(problem)}`);
    if (inVenue.length > 0) out.error(`${inVenue.length} problem${inVenue.length === 1 ? '' : 's'} in ${file} itself, to fix first (npm run check names them too):`);
    for (const problem of inVenue) out.error(`  ✗ ${formatChartProblem(problem)}`);
    throw new Exit(1);
  };

  const args = (() => {
    try {
      return parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          'dry-run': { type: 'boolean', default: false },
          sheet: { type: 'string' },
          encoding: { type: 'string' },
          'blank-means': { type: 'string', default: defaultRules.blankMeans },
          'dash-means': { type: 'string', default: defaultRules.dashMeans },
          'ignore-column': { type: 'string', multiple: true, default: [] },
          source: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      return fail(`${(error as Error).message}\n\n${usage}`, 2);
    }
  })();
  const { values, positionals } = args;
  if (values.help) {
    out.log(usage);
    return;
  }
  if (positionals.length !== 2) fail(`Expected a venue's slug and a chart file.\n\n${usage}`, 2);
  const [slug = '', chartPath = ''] = positionals;

  const meaning = (option: string, value: string): CellMeaning =>
    value === 'not-offered' || value === 'no-figure' ? value : fail(`--${option}: expected not-offered or no-figure, got "${value}"`, 2);
  const rules: ChartRules = {
    blankMeans: meaning('blank-means', values['blank-means']),
    dashMeans: meaning('dash-means', values['dash-means']),
    ignoreColumns: values['ignore-column'],
  };

  const { path: venueFile, shown: shownFile } = (() => {
    try {
      return findVenueFile(slug);
    } catch (error) {
      if (error instanceof UnknownVenueError) fail(error.message);
      throw error;
    }
  })();

  let chart;
  try {
    chart = await readChartFile(chartPath, { sheet: values.sheet, encoding: values.encoding });
  } catch (error) {
    if (error instanceof ChartFileError) fail(`Cannot read ${chartPath}: ${error.message}`);
    throw error;
  }

  const before = readFileSync(venueFile, 'utf8');
  let result;
  try {
    result = importChartRooms(before, chart.rows, { rules, source: values.source });
  } catch (error) {
    if (error instanceof VenueFileError) fail(`Refused: ${shownFile} was not changed: ${error.message}`);
    throw error;
  }
  if (!result.ok) return refuse(shownFile, chartPath, result.problems);
  const { reading, plan, text: after } = result;

  out.log(`Chart: ${chartPath} (${chart.format})`);
  if (chart.otherSheets.length > 0) out.log(`Other sheets not read: ${chart.otherSheets.join(', ')} (choose one with --sheet)`);
  for (const line of importReport(reading, plan, rules, values.source)) out.log(line);
  out.log('');
  if (after === before) out.log(`No change: ${shownFile} already lists these rooms.`);
  else if (values['dry-run']) out.log(`Dry run: ${shownFile} was not changed. Run again without --dry-run to write it.`);
  else {
    writeFileSync(venueFile, after);
    out.log(`Wrote ${shownFile} (rooms replaced, allRoomsListed: true).`);
    out.log(`Review it with git diff ${shownFile}, then npm run check.`);
  }
}
