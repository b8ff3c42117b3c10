// npm run check [-- --coverage-json <file>]: validates the content, then reports translation status,
// data freshness and coverage (what is on file and what is missing, by city and venue); with
// --coverage-json, also writes the coverage as JSON. Exits 1 when there are errors; warnings
// (untranslated, outdated, unverified) do not fail it.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/lib/build/build-date.ts';
import { checkContent } from '../src/lib/build/content-check.ts';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { formatProblem } from '../src/lib/build/content-problems.ts';
import { dataFreshness } from '../src/lib/build/freshness.ts';
import { roomNameGaps } from '../src/lib/tooling/room-name-gaps.ts';
import { translationStatus } from '../src/lib/tooling/translation-status.ts';
import { contentCoverage, coverageLines } from '../src/lib/tooling/coverage.ts';
import type { CityFacts, VenueFacts } from '../src/lib/build/schemas.ts';
import { fileHistories } from './lib/git-history.ts';

const { values } = (() => {
  try {
    return parseArgs({ options: { 'coverage-json': { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: npm run check [-- --coverage-json <file.json>]`);
    process.exit(2);
  }
})();
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const { problems, entities } = checkContent(contentDir());
const errors = problems.filter((p) => p.severity === 'error');

const counts = Object.entries(Object.groupBy(entities, (e) => e.kind)).map(([kind, list]) => `${list?.length ?? 0} ${kind}`);
console.log(`${bold('Content')}: ${counts.join(', ')}`);

if (errors.length > 0) {
  console.log(`\n${bold(`Errors (${errors.length})`)}: the build refuses these`);
  for (const problem of errors) console.log(`  ✗ ${formatProblem(problem)}`);
}

console.log(`\n${bold('Translation status')}`);
const withProse = entities.filter((e) => Object.keys(e.prose).length > 0);
const histories = fileHistories(withProse.flatMap((e) => Object.values(e.prose)));
let upToDate = 0;
for (const entity of withProse) {
  const status = translationStatus(
    Object.fromEntries(Object.entries(entity.prose).map(([locale, path]) => [locale, histories.get(path)])),
  );
  const name = `${entity.kind}/${entity.slug}`;
  if (status?.state === 'missing') console.log(`  missing   ${name}: no ${status.missing}.mdx (written in ${status.source})`);
  else if (status?.state === 'outdated')
    console.log(`  outdated  ${name}: ${status.source}.mdx changed after ${status.outdated}.mdx was last updated`);
  else upToDate += 1;
}
// Room names a one-language capacity chart left to the editor (npm run import): never machine-translated.
for (const entity of entities.filter((e) => e.kind === 'venues' && e.facts)) {
  for (const [locale, ids] of Object.entries(roomNameGaps((entity.facts as VenueFacts).rooms))) {
    console.log(`  room names venues/${entity.slug}: no ${locale === 'en' ? 'English' : 'Chinese'} name (name.${locale}) for ${ids.join(', ')}`);
  }
}
console.log(`  up to date: ${upToDate} of ${withProse.length}`);

console.log(`\n${bold('Data freshness')} (venue figures; stale after 12 months)`);
const venues = entities.filter((e) => e.kind === 'venues' && e.facts);
const byFreshness = Object.groupBy(venues, (e) => dataFreshness((e.facts as VenueFacts).verified, buildDate));
for (const state of ['unverified', 'stale'] as const) {
  const list = byFreshness[state] ?? [];
  if (list.length > 0) console.log(`  ${state.padEnd(10)} ${list.length}: ${list.map((e) => e.slug).join(', ')}`);
}
console.log(`  verified   ${(byFreshness.verified ?? []).length} of ${venues.length}`);

console.log(`\n${bold('Coverage')} (what is on file and what is missing, by city; npm run chart-template asks a venue for its rooms)`);
const coverage = contentCoverage(
  entities.filter((e) => e.kind === 'cities' && e.facts).map((e) => ({ slug: e.slug, facts: e.facts as CityFacts })),
  venues.map((e) => ({ slug: e.slug, facts: e.facts as VenueFacts })),
  buildDate,
);
for (const line of coverageLines(coverage)) console.log(line);
if (values['coverage-json']) {
  // npm runs scripts in the project folder; a file name is where the editor typed it (INIT_CWD).
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values['coverage-json']);
  writeFileSync(file, `${JSON.stringify(coverage, null, 2)}\n`);
  console.log(`  Wrote the coverage as JSON to ${values['coverage-json']}.`);
}

if (errors.length > 0) {
  console.log(`\n${errors.length} error${errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log('\nNo errors.');
