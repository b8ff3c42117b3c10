// npm run bench -- [--cities 50] [--venues 10] [--news 2]
// Build cost at N and 2N pages, Pagefind index cost, the per-page ratio to a bare Astro floor,
// and page weight per template. Prints a table and writes bench/report.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { entityPageCount, syntheticCorpus, type CorpusSize } from '../src/lib/tooling/synthetic-corpus.ts';
import { kb, median, numberOption, table, timed } from './lib/measure.ts';
import { pageWeight } from './lib/page-weight.ts';
import { buildSite, indexSite, writeFiles } from './lib/synthetic-site.ts';

const base: CorpusSize = { cities: numberOption('cities', 50), venuesPerCity: numberOption('venues', 10), newsPerCity: numberOption('news', 2) };
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
  build: number;
  floor: number;
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
  step(`${label}: building the site`);
  const build = buildSite(content, dist);
  step(`${label}: built in ${build.toFixed(1)} s; indexing with Pagefind`);
  const index = await indexSite(dist);
  step(`${label}: indexed in ${index.seconds.toFixed(1)} s; building the bare Astro floor`);
  const floorContent = join(work, `floor-content-${label}`);
  writeFiles(floorContent, floorFiles(corpus));
  const floor = timed(process.execPath, [astroBin, 'build'], { FLOOR_CONTENT: floorContent, FLOOR_OUT: join(work, `floor-dist-${label}`), ASTRO_TELEMETRY_DISABLED: '1' }, resolve('bench/floor'));
  step(`${label}: floor built in ${floor.toFixed(1)} s`);
  runs.push({ label, pages, build, floor, index, dist });
}

const [n, twoN] = runs as [Run, Run];
const buildRows = runs.map((r) => [
  r.label,
  r.pages,
  `${r.build.toFixed(1)} s`,
  Math.round(r.pages / r.build),
  `${((r.build / r.pages) * 1000).toFixed(2)} ms`,
  `${((r.floor / r.pages) * 1000).toFixed(2)} ms`,
  `${(r.build / r.floor).toFixed(2)}×`,
  `${r.index.seconds.toFixed(1)} s`,
  kb(r.index.bytes),
]);
const growth = {
  build: twoN.build / n.build,
  index: twoN.index.seconds / n.index.seconds,
};

const templates: [string, string][] = [
  ['home', '/en/'],
  ['city', '/en/cities/city-0/'],
  ['venue', '/zh/venues/venue-0-0/'],
  ['news item', '/en/news/2020-01-01-news-0-0/'],
  ['venue finder', '/en/venues/'],
  ['about', '/zh/about/'],
  ['search', '/en/search/'],
  ['compare', '/en/compare/'],
];
const weightRows = templates.map(([name, page]) => {
  const w = pageWeight(n.dist, page);
  return [name, page, kb(w.html), kb(w.css), kb(w.js), kb(w.html + w.css + w.js)];
});
const totals = templates.map(([, page]) => {
  const w = pageWeight(n.dist, page);
  return w.html + w.css + w.js;
});

const report = [
  `# Benchmark report`,
  '',
  `Machine: ${availableParallelism()} cores, Node ${process.version}. Corpus N: ${base.cities} cities × ${base.venuesPerCity} venues × ${base.newsPerCity} news, both languages; 2N doubles the cities.`,
  '',
  '## Build',
  '',
  table(['size', 'entity pages', 'build', 'pages/s', 'per page', 'floor per page', 'ratio to floor', 'Pagefind', 'index size'], buildRows),
  '',
  `Growth from N to 2N: build ×${growth.build.toFixed(2)}, Pagefind ×${growth.index.toFixed(2)} (linear means ≤ ×2.2).`,
  '',
  '## Page weight (gzip, at N)',
  '',
  table(['template', 'page', 'HTML', 'CSS', 'JS', 'total'], weightRows),
  '',
  `Largest page: ${kb(Math.max(...totals))}; median: ${kb(median(totals))}.`,
  '',
].join('\n');

console.log(`\n${report}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.md', report);
console.log('Written to bench/report.md');
