// The capacity chart template's promise: what `npm run chart-template` writes, `npm run import` reads
// back into the same rooms. Through real .xlsx files, in-process, except one run of the command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChartRooms } from '../../src/lib/tooling/capacity-chart/import.ts';
import { roomListChanges } from '../../src/lib/tooling/capacity-chart/rooms.ts';
import { capacityChartTemplate } from '../../src/lib/tooling/capacity-chart/template.ts';
import { existingRooms, venueFactsOf } from '../../src/lib/tooling/capacity-chart/venue-yaml.ts';
import { readChartFile } from '../../scripts/lib/chart-file.ts';
import { chartTemplateWorkbook } from '../../scripts/lib/chart-workbook.ts';

const work = mkdtempSync(join(tmpdir(), 'chart-template-'));
const fixtureContent = 'tests/fixtures/chart-template';

/** The venue file after importing `workbook` into it, as `npm run import` would write it. */
async function importWorkbook(venueText: string, workbook: string) {
  const chart = await readChartFile(workbook);
  const result = importChartRooms(venueText, chart.rows);
  if (!result.ok) throw new Error(`the import refused the template: ${JSON.stringify(result.problems)}`);
  return { chart, result };
}

describe('chart template → import, through an .xlsx file', () => {
  it('a fixture venue (sections, up to / more than, qualified areas, layouts not offered, one-language names): the command writes it, the import brings the rooms back as they were', async () => {
    const workbook = join(work, 'riverside.xlsx');
    const command = spawnSync(process.execPath, ['scripts/chart-template.ts', 'test-riverside-centre', workbook], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: fixtureContent, BUILD_DATE: '2026-12-01' },
    });
    expect(command.status, command.stderr).toBe(0);
    expect(command.stdout).toContain('6 rooms on file, 42 empty cells (yellow) for the venue to fill in');
    expect(command.stdout).toContain('the chart brings back the 6 rooms as they are');

    const venueText = readFileSync(join(fixtureContent, 'venues/test-riverside-centre/venue.yaml'), 'utf8');
    const { chart, result } = await importWorkbook(venueText, workbook);
    expect(chart.format).toBe('Excel workbook, sheet "会议室容量表 Capacity chart"');
    expect(chart.otherSheets).toEqual(['填写说明 How to fill in']);
    expect(roomListChanges(existingRooms(venueText), result.plan.rooms)).toEqual([]);
    // The rest of the file is as it was; the import says the chart is the venue's complete list.
    expect(venueFactsOf(result.text)).toEqual({ ...venueFactsOf(venueText), allRoomsListed: true });
  });

  const venuesWithRooms = readdirSync('content/venues')
    .map((slug) => ({ slug, text: readFileSync(join('content/venues', slug, 'venue.yaml'), 'utf8') }))
    .filter(({ text }) => venueFactsOf(text).rooms.length > 0);

  it('there are real venues with rooms to try', () => {
    expect(venuesWithRooms.length).toBeGreaterThan(10);
  });

  it.each(venuesWithRooms.map(({ slug, text }) => [slug, text]))('content/venues/%s: the import brings back its rooms as they are on file', async (slug, venueText) => {
    const workbook = join(work, `${slug}.xlsx`);
    writeFileSync(workbook, await chartTemplateWorkbook(capacityChartTemplate(venueFactsOf(venueText), '2026-12-01')));
    const { result } = await importWorkbook(venueText, workbook);
    expect(roomListChanges(existingRooms(venueText), result.plan.rooms)).toEqual([]);
    expect(venueFactsOf(result.text)).toEqual({ ...venueFactsOf(venueText), allRoomsListed: true });
  });
});
