// npm run check: validates the content, then reports translation status and data freshness.
// Exits 1 when there are errors; warnings (untranslated, outdated, unverified) do not fail it.
import { buildDate } from '../src/lib/build/build-date.ts';
import { checkContent } from '../src/lib/build/content-check.ts';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { formatProblem } from '../src/lib/build/content-problems.ts';
import { dataFreshness } from '../src/lib/build/freshness.ts';
import { roomNameGaps } from '../src/lib/tooling/room-name-gaps.ts';
import { translationStatus } from '../src/lib/tooling/translation-status.ts';
import type { VenueFacts } from '../src/lib/build/schemas.ts';
import { fileHistories } from './lib/git-history.ts';

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

if (errors.length > 0) {
  console.log(`\n${errors.length} error${errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log('\nNo errors.');
