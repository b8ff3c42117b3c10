// End to end, as an editor works: import a venue's capacity chart, build the site; then the mistakes
// an editor can make, each of which must leave the last good site exactly as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/lib/project-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'import-and-build-'));
const content = join(work, 'content');
const site = join(work, 'site');
// Built in a copy of the project, so npm test can build the site itself at the same time.
const project = projectCopy();

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { SITE_URL: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [script, ...args], { cwd: project.root, encoding: 'utf8', env: { ...inherited, ...project.env, CONTENT_DIR: content, ...env } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const importChart = (slug: string, chart: string) => run('scripts/import-chart.ts', [slug, join(process.cwd(), 'tests/fixtures/charts', chart)]);
const build = () => run('scripts/build.ts', ['--out', site], { SITE_URL: 'https://mice.example.org' });
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

/** Every file of the built site with a hash of its bytes: equal snapshots, an untouched site. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/** No line of a stack trace ("    at handler (file.js:1:2)") reaches the editor. */
const stackFrames = (output: string) => output.split('\n').filter((line) => /^\s+at\s/u.test(line.replace(/\x1b\[[0-9;]*m/gu, '')));

describe('import a chart and publish it', () => {
  beforeAll(() => {
    cpSync('tests/fixtures/import-site', content, { recursive: true });
  });

  it('imports a Chinese GB18030 CSV and an English xlsx into two venues, and the site builds with their rooms', () => {
    expect(importChart('test-convention-centre', 'zh-gb18030.csv').code).toBe(0);
    expect(importChart('test-harbour-hotel', 'en.xlsx').code).toBe(0);
    // Built for deployment, as the site is published: the address comes from SITE_URL alone.
    const { code, output } = build();
    expect(code, output).toBe(0);
    expect(output).toContain('Site address: https://mice.example.org (SITE_URL)');
    expect(page('en')).toContain('<link rel="canonical" href="https://mice.example.org/en/">');
    expect(readFileSync(join(site, 'en/rss.xml'), 'utf8')).toContain('https://mice.example.org/en/');
    expect(readFileSync(join(site, 'sitemap-0.xml'), 'utf8')).not.toContain('localhost');

    // A Chinese-only room name on the English page: shown as it is, marked as Chinese.
    const zhChart = page('en/venues/test-convention-centre');
    expect(zhChart).toMatch(/data-room="room-4"[^]*?<span lang="zh-CN">大宴会厅<\/span>/u);
    expect(zhChart).toMatch(/data-room="room-4"[^]*?data-layout="u_shape" data-state="not-offered"/u);
    // The English chart's rooms on the Chinese page: both names where given, English marked where only it is.
    const enChart = page('zh/venues/test-harbour-hotel');
    expect(enChart).toContain('大宴会厅1');
    expect(enChart).toMatch(/<span lang="en">Harbour Room<\/span>/u);
    const venues = JSON.parse(readFileSync(join(site, 'data/venues.json'), 'utf8')) as { slug: string; rooms: { id: string; partOf: string | null }[] }[];
    const hotel = venues.find((v) => v.slug === 'test-harbour-hotel');
    expect(hotel?.rooms.map((r) => [r.id, r.partOf])).toEqual([
      ['grand-ballroom', null],
      ['grand-ballroom-1', 'grand-ballroom'],
      ['grand-ballroom-2', 'grand-ballroom'],
      ['harbour-room', null],
      ['boardroom', null],
    ]);
    expect(existsSync(`${site}.staging`)).toBe(false);
  });

  it('npm run check lists the room names the charts leave to the editor, as a translation gap, not an error; its coverage counts the imported rooms', () => {
    const { code, output } = run('scripts/content-status.ts', ['--coverage-json', join(work, 'coverage.json')]);
    expect(code).toBe(0);
    expect(output).toContain('rooms on file: 7 (and 2 sections) across 2 venues; 0 venues with none');
    const coverage = JSON.parse(readFileSync(join(work, 'coverage.json'), 'utf8')) as { totals: { roomsWithSeats: number; venuesWith: { allRoomsListed: number } } };
    expect(coverage.totals).toMatchObject({ roomsWithSeats: 9, venuesWith: { allRoomsListed: 2 } });
    expect(output).toContain('room names venues/test-convention-centre: no English name (name.en) for room-4, room-5, room-6, room-7');
    expect(output).toContain('room names venues/test-harbour-hotel: no Chinese name (name.zh) for harbour-room, boardroom');
  });
});

describe('a failed build keeps the last good site', () => {
  const mdx = () => join(content, 'venues/test-harbour-hotel/en.mdx');
  const yaml = () => join(content, 'venues/test-harbour-hotel/venue.yaml');
  let good: Map<string, string>;
  let original: { mdx: string; yaml: string };
  beforeAll(() => {
    good = snapshot(site);
    expect(good.size).toBeGreaterThan(20);
    original = { mdx: readFileSync(mdx(), 'utf8'), yaml: readFileSync(yaml(), 'utf8') };
  });
  const restore = () => {
    writeFileSync(mdx(), original.mdx);
    writeFileSync(yaml(), original.yaml);
  };

  it('an MDX syntax error: names the file and line, no stack trace, the old site intact', () => {
    writeFileSync(mdx(), `${original.mdx}\nThe hall seats {about 1,500 people.\n`);
    const { code, output } = build();
    restore();
    expect(code).toBe(1);
    expect(output).toMatch(/venues\/test-harbour-hotel\/en\.mdx:\d+:\d+/u);
    expect(output).toContain('was not changed: it still holds the last good build.');
    expect(stackFrames(output)).toEqual([]);
    expect(snapshot(site)).toEqual(good);
    expect(existsSync(`${site}.staging`)).toBe(false);
  });

  it('a page that throws while it is built: names the page and its file, the old site intact', () => {
    writeFileSync(mdx(), `${original.mdx}\n{(() => { throw new Error('test: this page throws'); })()}\n`);
    const { code, output } = build();
    restore();
    expect(code).toBe(1);
    expect(output).toContain('test: this page throws');
    expect(output).toMatch(/Caught error rendering \/en\/venues\/test-harbour-hotel\/[^\n]*\(the page shows [^\n]*venues\/test-harbour-hotel\/en\.mdx\)/u);
    expect(stackFrames(output)).toEqual([]);
    expect(snapshot(site)).toEqual(good);
  });

  it('a content error: the editor\'s message by file and field, no stack trace, the old site intact', () => {
    writeFileSync(yaml(), original.yaml.replace('type: conference-hotel', 'type: castle'));
    const { code, output } = build();
    restore();
    expect(code).toBe(1);
    expect(output).toMatch(/venues\/test-harbour-hotel\/venue\.yaml: type: expected one of convention-centre, [^\n]*, got "castle"/u);
    expect(output).not.toContain('[ERROR]');
    expect(stackFrames(output)).toEqual([]);
    expect(snapshot(site)).toEqual(good);
  });

  it('a deployment build without the site\'s address says so and writes nothing', () => {
    const { code, output } = run('scripts/build.ts', ['--out', site]);
    expect(code).toBe(1);
    expect(output).toContain('SITE_URL is not set. A build for deployment needs the public address');
    expect(snapshot(site)).toEqual(good);
  });
});
