// npm run bench -- [--cities 50] [--venues 10] [--news 2] [--runs 3]
// Build cost at N and 2N pages, Pagefind index cost, the per-page ratio to a bare Astro floor,
// and page weight per template. Prints a table and writes bench/report.md. The site and the floor
// are built by turns, `runs` times each: the ratio is the median of each turn's ratio, since one
// build on this kind of machine varies by up to a quarter.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { entityPageCount, syntheticCorpus, type CorpusSize } from '../src/lib/tooling/synthetic-corpus.ts';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { kb, median, numberOption, table, timed } from './lib/measure.ts';
import { loadedWeight, type LoadedWeight } from './lib/loaded-weight.ts';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';
import { buildSite, indexSite, writeFiles } from './lib/synthetic-site.ts';

const base: CorpusSize = { cities: numberOption('cities', 50), venuesPerCity: numberOption('venues', 10), newsPerCity: numberOption('news', 2) };
const repeats = numberOption('runs', 3);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--runs takes a whole number from 1 up, not ${process.argv[process.argv.indexOf('--runs') + 1]}.`);
const spread = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} s`;
const work = resolve('bench/.work');
const astroBin = resolve('node_modules/astro/bin/astro.mjs');
const step = (text: string) => console.log(`… ${text}`);

/** The floor's content: as many MDX pages as the project builds, with the same prose. */
function floorFiles(corpus: Map<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of corpus) if (path.endsWith('.mdx')) files.set(path.replace(/\//g, '-'), text);
  return files;
}

interface Run {
  label: string;
  pages: number;
  /** Medians of the timed builds and of each turn's ratio, and every timing. */
  build: number;
  floor: number;
  ratio: number;
  builds: number[];
  floors: number[];
  index: { seconds: number; bytes: number };
  dist: string;
}

const runs: Run[] = [];
for (const [label, factor] of [['N', 1], ['2N', 2]] as const) {
  const size = { ...base, cities: base.cities * factor };
  const pages = entityPageCount(size);
  const content = join(work, `content-${label}`);
  const dist = join(work, `dist-${label}`);
  step(`${label}: writing a synthetic corpus of ${size.cities} cities × ${size.venuesPerCity} venues × ${size.newsPerCity} news (${pages} entity pages)`);
  const corpus = syntheticCorpus(size);
  writeFiles(content, corpus);
  const floorContent = join(work, `floor-content-${label}`);
  writeFiles(floorContent, floorFiles(corpus));
  const builds: number[] = [];
  const floors: number[] = [];
  for (let i = 1; i <= repeats; i += 1) {
    step(`${label}: building the site (${i} of ${repeats})`);
    builds.push(buildSite(content, dist));
    step(`${label}: built in ${(builds.at(-1) as number).toFixed(1)} s; building the bare Astro floor`);
    floors.push(timed(process.execPath, [astroBin, 'build'], { FLOOR_CONTENT: floorContent, FLOOR_OUT: join(work, `floor-dist-${label}`), ASTRO_TELEMETRY_DISABLED: '1' }, resolve('bench/floor')));
    step(`${label}: floor built in ${(floors.at(-1) as number).toFixed(1)} s`);
  }
  const build = median(builds);
  const floor = median(floors);
  const ratio = median(builds.map((b, i) => b / (floors[i] as number)));
  step(`${label}: indexing with Pagefind`);
  const index = await indexSite(dist);
  step(`${label}: indexed in ${index.seconds.toFixed(1)} s`);
  runs.push({ label, pages, build, floor, ratio, builds, floors, index, dist });
}

const [n, twoN] = runs as [Run, Run];
const buildRows = runs.map((r) => [
  r.label,
  r.pages,
  `${r.build.toFixed(1)} s`,
  Math.round(r.pages / r.build),
  `${((r.build / r.pages) * 1000).toFixed(2)} ms`,
  `${((r.floor / r.pages) * 1000).toFixed(2)} ms`,
  `${r.ratio.toFixed(2)}×`,
  spread(r.builds),
  spread(r.floors),
  `${r.index.seconds.toFixed(1)} s`,
  kb(r.index.bytes),
]);
const growth = {
  build: twoN.build / n.build,
  index: twoN.index.seconds / n.index.seconds,
};

// Every template, in the state a planner leaves it, measured in a browser: all it loads until its
// islands have drawn (their data included), gzip as served, at N and at 2N.
const brief = 'plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&breakoutLayout=classroom';
const three = 'venue-0-0,venue-0-1,venue-1-0';
const eight = 'venue-0-0,venue-0-1,venue-0-2,venue-1-0,venue-1-1,venue-2-0,venue-2-1,venue-3-0';
const templates: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/en/' },
  { name: 'city', path: '/en/cities/city-0/' },
  { name: 'venue', path: '/zh/venues/venue-0-0/' },
  { name: 'news item', path: '/en/news/2020-01-01-news-0-0/' },
  { name: 'about', path: '/zh/about/' },
  { name: 'search page', path: '/en/search/' },
  { name: 'finder, with a brief', path: `/en/venues/?${brief}`, ready: '[data-venue-finder][data-finder-ready]' },
  // Its tables, as on arrival: the charts and the scorecard load when scrolled to.
  { name: 'compare, 3 venues + 2 cities', path: `/en/compare/?venues=${three}&cities=city-0,city-1`, ready: '[data-compare-table="cities"]' },
  { name: 'request, 3 venues', path: `/zh/rfp/?${brief}&venues=${three}`, ready: '[data-rfp][data-rfp-ready]' },
  { name: 'request, 8 venues', path: `/zh/rfp/?${brief}&venues=${eight}`, ready: '[data-rfp][data-rfp-ready]' },
];
step('measuring page weight in Chromium at N and 2N');
const weights = new Map<string, LoadedWeight[]>();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
for (const [i, run] of runs.entries()) {
  const port = 4380 + i;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, DIST_DIR: run.dist }, stdio: 'ignore' });
  const page = await browser.newPage();
  for (let tries = 0; tries < 50 && !(await fetch(`http://localhost:${port}/en/`).then((r) => r.ok, () => false)); tries += 1) await new Promise((r) => setTimeout(r, 100));
  for (const t of templates) {
    const weight = await loadedWeight(page, `http://localhost:${port}${t.path}`, t.ready ? (p) => p.locator(t.ready as string).waitFor() : undefined);
    weights.set(t.name, [...(weights.get(t.name) ?? []), weight]);
  }
  await page.close();
  server.kill();
}
await browser.close();
const weightRows = templates.map((t) => {
  const [atN, at2N] = weights.get(t.name) as [LoadedWeight, LoadedWeight];
  return [t.name, kb(atN.bytes.html), kb(atN.bytes.css), kb(atN.bytes.js), kb(atN.bytes.data), kb(atN.total), kb(at2N.bytes.data), kb(at2N.total)];
});

const report = [
  `# Benchmark report`,
  '',
  `Machine: ${availableParallelism()} cores, Node ${process.version}. Corpus N: ${base.cities} cities × ${base.venuesPerCity} venues × ${base.newsPerCity} news, both languages; 2N doubles the cities.`,
  '',
  '## Build',
  '',
  `Site and floor built by turns, ${repeats} times each: times are medians, the ratio is the median of each turn's ratio, the ranges are every build's time.`,
  '',
  table(['size', 'entity pages', 'build', 'pages/s', 'per page', 'floor per page', 'ratio to floor', 'site builds', 'floor builds', 'Pagefind', 'index size'], buildRows),
  '',
  `Growth from N to 2N: build ×${growth.build.toFixed(2)}, Pagefind ×${growth.index.toFixed(2)} (linear means ≤ ×2.2). Goal for the ratio to the floor: ≤ 1.3× at N and 2N.`,
  '',
  '## Page weight (gzip as served, everything loaded until the page is ready, in Chromium)',
  '',
  table(['template', 'HTML', 'CSS', 'JS', 'data', 'total at N', 'data at 2N', 'total at 2N'], weightRows),
  '',
  'Targets (issue 18; held by tests/e2e/budgets.spec.ts): HTML ≤ 14 KB; home, city, venue, news ≤ 20 KB in all; finder ≤ 40 KB; compare and the request ≤ 25 KB.',
  '',
].join('\n');

console.log(`\n${report}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.md', report);
console.log('Written to bench/report.md');
