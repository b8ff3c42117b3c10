// npm run chart-template -- <venue-slug> [file.xlsx] [--force]
// Writes a venue's capacity chart as a bilingual workbook for the city bureau to send to the venue:
// instructions first, then the chart with the rooms on file. Then reads the file back as
// `npm run import` will, and says whether it brings back the rooms exactly as they are on file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/lib/build/build-date.ts';
import { formatChartProblem } from '../src/lib/tooling/capacity-chart/chart.ts';
import { importChartRooms } from '../src/lib/tooling/capacity-chart/import.ts';
import { roomListChanges } from '../src/lib/tooling/capacity-chart/rooms.ts';
import { capacityChartTemplate, defaultTemplateFile } from '../src/lib/tooling/capacity-chart/template.ts';
import { existingRooms, VenueFileError, venueFactsOf } from '../src/lib/tooling/capacity-chart/venue-yaml.ts';
import { readChartFile } from './lib/chart-file.ts';
import { chartTemplateWorkbook } from './lib/chart-workbook.ts';
import { UnknownVenueError, venueFile } from './lib/venue-file.ts';

const usage = `Usage: npm run chart-template -- <venue-slug> [file.xlsx] [--force]

  file.xlsx   where to write the workbook (default: <venue-slug>-capacity-chart.xlsx in this folder)
  --force     replace the file if it exists`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length < 1 || positionals.length > 2) fail(`Expected a venue's slug, and optionally the file to write.\n\n${usage}`, 2);
const [slug = '', output = defaultTemplateFile(slug)] = positionals;
if (extname(output).toLowerCase() !== '.xlsx') fail(`Expected the file to end in .xlsx (an Excel workbook), got "${output}".`, 2);
// npm runs scripts in the project folder; a file name is where the editor typed it (INIT_CWD).
const outputPath = resolve(process.env.INIT_CWD ?? process.cwd(), output);
if (existsSync(outputPath) && !values.force) fail(`Not written: ${output} already exists (a chart a venue sent back?). Name another file, or add --force to replace it.`);

const { path, shown } = (() => {
  try {
    return venueFile(slug);
  } catch (error) {
    return error instanceof UnknownVenueError ? fail(error.message) : fail(String(error));
  }
})();
const venueText = readFileSync(path, 'utf8');
const venue = (() => {
  try {
    return venueFactsOf(venueText, shown);
  } catch (error) {
    return error instanceof VenueFileError ? fail(`No chart written: ${shown} has ${error.message}`) : fail(String(error));
  }
})();

const template = capacityChartTemplate(venue, buildDate.toISOString().slice(0, 10));
writeFileSync(outputPath, await chartTemplateWorkbook(template));
const rooms = venue.rooms.length;
console.log(`Wrote ${output}: ${venue.name.zh} / ${venue.name.en}, ${rooms} room${rooms === 1 ? '' : 's'} on file, ${template.missingCells} empty cell${template.missingCells === 1 ? '' : 's'} (yellow) for the venue to fill in.`);
console.log(`  Sheets: "${template.instructions.name}" (how to fill it in, Chinese and English), "${template.chart.name}".`);

// The file as the import will read it, against the file it came from.
if (rooms === 0) {
  console.log('No rooms on file: the chart has its header only, for the venue to list its rooms.');
} else {
  const result = importChartRooms(venueText, (await readChartFile(outputPath)).rows);
  const changes = result.ok ? roomListChanges(existingRooms(venueText), result.plan.rooms) : result.problems.map(formatChartProblem);
  if (changes.length === 0) console.log(`Read back as npm run import reads it: the chart brings back the ${rooms} rooms as they are in ${shown}.`);
  else {
    console.log(`Read back as npm run import reads it, the chart ${result.ok ? 'cannot carry everything on file; importing it would change' : 'would be refused'}:`);
    for (const line of changes) console.log(`  ! ${line}`);
    console.log(`After importing the venue's chart, check these in ${shown} by hand.`);
  }
}
console.log(`\nSend it to the venue. When it comes back: npm run import -- ${slug} <the returned file> --dry-run`);
