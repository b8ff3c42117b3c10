// npm run import -- <venue-slug> <chart.xlsx|chart.csv> [--dry-run] [options]
// Replaces a venue's rooms with its capacity chart. Refuses the whole chart, writing nothing, when
// any row or column cannot be read or the resulting venue.yaml would not pass the build's check.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CellMeaning, type ChartProblem, type ChartRules, defaultRules, formatChartProblem } from '../src/lib/tooling/capacity-chart/chart.ts';
import { importChartRooms } from '../src/lib/tooling/capacity-chart/import.ts';
import { importReport } from '../src/lib/tooling/capacity-chart/report.ts';
import { VenueFileError } from '../src/lib/tooling/capacity-chart/venue-yaml.ts';
import { ChartFileError, readChartFile } from './lib/chart-file.ts';
import { UnknownVenueError, venueFile as findVenueFile } from './lib/venue-file.ts';

const usage = `Usage: npm run import -- <venue-slug> <chart.xlsx|chart.csv> [options]

  --dry-run                 print what would change; write nothing
  --sheet <name>            the workbook's sheet to read (default: the first with a header row)
  --encoding <name>         the CSV's encoding, when the guess is wrong (utf-8, gb18030)
  --blank-means <meaning>   a blank layout cell: no-figure (default) or not-offered
  --dash-means <meaning>    —, -, /, N/A in a layout cell: not-offered (default) or no-figure
  --ignore-column <header>  leave out a column the import does not know (repeat for more)
  --source <id>             the id, in the venue's sources, of the document the chart comes from`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function refuse(file: string, chart: string, problems: readonly ChartProblem[]): never {
  console.error(`Refused: ${file} was not changed.`);
  const inChart = problems.filter((p) => p.row !== undefined || p.column !== undefined || !p.message.startsWith('venue.yaml:'));
  const inVenue = problems.filter((p) => !inChart.includes(p));
  if (inChart.length > 0) console.error(`${inChart.length} problem${inChart.length === 1 ? '' : 's'} in ${chart}:`);
  for (const problem of inChart) console.error(`  ✗ ${formatChartProblem(problem)}`);
  if (inVenue.length > 0) console.error(`${inVenue.length} problem${inVenue.length === 1 ? '' : 's'} in ${file} itself, to fix first (npm run check names them too):`);
  for (const problem of inVenue) console.error(`  ✗ ${formatChartProblem(problem)}`);
  process.exit(1);
}

const args = (() => {
  try {
    return parseArgs({
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
  console.log(usage);
  process.exit(0);
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
if (!result.ok) refuse(shownFile, chartPath, result.problems);
const { reading, plan, text: after } = result;

console.log(`Chart: ${chartPath} (${chart.format})`);
if (chart.otherSheets.length > 0) console.log(`Other sheets not read: ${chart.otherSheets.join(', ')} (choose one with --sheet)`);
for (const line of importReport(reading, plan, rules, values.source)) console.log(line);
console.log('');
if (after === before) console.log(`No change: ${shownFile} already lists these rooms.`);
else if (values['dry-run']) console.log(`Dry run: ${shownFile} was not changed. Run again without --dry-run to write it.`);
else {
  writeFileSync(venueFile, after);
  console.log(`Wrote ${shownFile} (rooms replaced, allRoomsListed: true).`);
  console.log(`Review it with git diff ${shownFile}, then npm run check.`);
}
