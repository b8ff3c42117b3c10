import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importChartCommand } from './lib/import-chart-command.ts';

const charts = resolve('tests/fixtures/charts');
const venueYaml = `# Facts from the venue's website.
city: lhasa
type: convention-centre
name: { en: Test Convention Centre, zh: 测试国际会议中心 }
sources:
  - { publisher: { en: Test Convention Centre, zh: 测试国际会议中心 }, url: "https://example.org/", language: zh }
rooms:
  - id: grand-ballroom
    name: { en: Grand Ballroom, zh: 大宴会厅 }
    capacity: { theatre: 900 }
  - id: old-hall
    name: { en: Old hall }
    upTo: 50
`;

let content: string;
let venueFile: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'import-chart-'));
  mkdirSync(join(content, 'venues', 'test-centre'), { recursive: true });
  venueFile = join(content, 'venues', 'test-centre', 'venue.yaml');
  writeFileSync(venueFile, venueYaml);
});

/** The command run in-process, on the test's content folder, with what it prints. */
async function importChart(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = content;
  try {
    const code = await importChartCommand(args, { log: (line) => out.push(line), error: (line) => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  }
}

describe('npm run import', () => {
  it('imports a Chinese GB18030 chart: rooms replaced, comments kept, changes and missing English names said', async () => {
    const { code, out } = await importChart('test-centre', join(charts, 'zh-gb18030.csv'));
    expect(code).toBe(0);
    expect(out).toContain('CSV, GB18030 (GBK)');
    expect(out).toContain('4 rooms in the chart: 3 new, 1 changed, 0 unchanged.');
    expect(out).toContain('theatre: 900 → 1000');
    expect(out).toMatch(/no longer listed \(1\)[^\n]*\n  - old-hall \(Old hall\)/);
    expect(out).toContain('3 rooms have no English name');
    expect(out).toContain('注：“—”表示不提供该形式；空白表示暂无数据。');
    const written = readFileSync(venueFile, 'utf8');
    expect(written).toMatch(/^# Facts from the venue's website\.\n/);
    expect(written).toContain('allRoomsListed: true\nrooms:\n  - id: grand-ballroom\n    name: { en: Grand Ballroom, zh: 大宴会厅 }\n    area: 1200\n');
    expect(written).toContain('  - id: room-5\n    name: { zh: 多功能厅 }');
    expect(written).not.toContain('old-hall');
  });

  it('--dry-run prints the changes and writes nothing', async () => {
    const { code, out } = await importChart('test-centre', join(charts, 'en.xlsx'), '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('+ grand-ballroom-1 (大宴会厅1 / Grand Ballroom 1): theatre 700');
    expect(out).toContain('part of grand-ballroom');
    expect(out).toContain('Dry run:');
    expect(readFileSync(venueFile, 'utf8')).toBe(venueYaml);
  });

  it.each([
    ['an unknown venue', ['no-such-venue', join(charts, 'en.xlsx')], /^Unknown venue "no-such-venue"/],
    ['an unreadable file', ['test-centre', join(charts, 'missing.xlsx')], /^Cannot read .*missing\.xlsx: file not found/],
    ['a wrong option value', ['test-centre', join(charts, 'en.xlsx'), '--blank-means', 'zero'], /--blank-means: expected not-offered or no-figure/],
    ['a missing argument', ['test-centre'], /Expected a venue's slug and a chart file/],
  ])('refuses %s with a clear message and a non-zero exit', async (_, args, message) => {
    const { code, err } = await importChart(...args);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(readFileSync(venueFile, 'utf8')).toBe(venueYaml);
  });

  it('refuses a chart with bad cells whole, naming each row and column, and writes nothing', async () => {
    const chart = join(content, 'bad.csv');
    writeFileSync(chart, '会议室,剧院式,备注\n大宴会厅,-5,\n贵宾厅,约30,\n');
    const { code, err } = await importChart('test-centre', chart);
    expect(code).toBe(1);
    expect(err).toContain('Refused: ');
    expect(err).toContain('row 1, column 备注: unknown column (column C)');
    expect(err).toContain('row 2, column 剧院式: expected a positive whole number, got -5');
    expect(err).toContain('row 3, column 剧院式: got "约30" is approximate');
    expect(readFileSync(venueFile, 'utf8')).toBe(venueYaml);
  });

  it('refuses a chart with no header row', async () => {
    const chart = join(content, 'no-header.csv');
    writeFileSync(chart, '大宴会厅,1000\n贵宾厅,30\n');
    const { code, err } = await importChart('test-centre', chart);
    expect(code).toBe(1);
    expect(err).toMatch(/no header row found/);
  });

  it('refuses when venue.yaml itself does not pass the check, saying the problem is in the file', async () => {
    writeFileSync(venueFile, venueYaml.replace('type: convention-centre', 'type: TODO'));
    const { code, err } = await importChart('test-centre', join(charts, 'en.xlsx'));
    expect(code).toBe(1);
    expect(err).toMatch(/1 problem in .*venue\.yaml itself, to fix first[^\n]*\n  ✗ venue\.yaml: type: expected one of/);
  });

  it('refuses when the resulting venue.yaml would not pass the check (an unknown --source)', async () => {
    const { code, err } = await importChart('test-centre', join(charts, 'en.xlsx'), '--source', 'venue-chart');
    expect(code).toBe(1);
    expect(err).toMatch(/row 5: source: unknown source "venue-chart"/);
    expect(readFileSync(venueFile, 'utf8')).toBe(venueYaml);
  });
});

describe('the command line', { timeout: 30_000 }, () => {
  it('runs as npm run import does: a real process, its exit code and its output (the other tests call the same function in-process)', () => {
    const result = spawnSync(process.execPath, ['scripts/import-chart.ts', 'test-centre', join(charts, 'en.xlsx'), '--dry-run'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Dry run:');
    const missing = spawnSync(process.execPath, ['scripts/import-chart.ts', 'test-centre'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Expected a venue's slug and a chart file");
  });
});
