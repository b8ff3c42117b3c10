import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/build/content-check.ts';
import { scaffold, scaffoldKinds } from './scaffolds.ts';

const project = mkdtempSync(join(tmpdir(), 'scaffold-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run new scaffolds', () => {
  it('writes both languages for every entity with prose', () => {
    expect(Object.keys(scaffold('city', 'lhasa', '2026-11-22')).sort()).toEqual(['cities/lhasa/city.yaml', 'cities/lhasa/en.mdx', 'cities/lhasa/zh.mdx']);
    expect(Object.keys(scaffold('news', '2026-11-22-roadshow', '2026-11-22'))).toContain('news/2026-11-22-roadshow/zh.mdx');
  });

  it('comments every field', () => {
    for (const kind of scaffoldKinds) {
      for (const [path, text] of Object.entries(scaffold(kind, '2026-11-22-x', '2026-11-22'))) {
        if (!path.endsWith('.yaml')) continue;
        const fields = text.split('\n').filter((line) => /^\s*[a-z_A-Z]+:/.test(line) && !/^\s*-/.test(line));
        for (const line of fields) {
          if (/:\s*$/.test(line)) continue; // a group whose fields follow
          expect(line, `${path}: ${line}`).toMatch(/#/);
        }
      }
    }
  });

  it('is rejected by the validator until the TODOs are filled in', () => {
    const files = { ...scaffold('city', 'lhasa', '2026-11-22'), ...scaffold('venue', 'lhasa-hall', '2026-11-22') };
    for (const [path, text] of Object.entries(files)) {
      const file = join(project, 'content', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const { problems } = checkContent(join(project, 'content'), project);
    const fields = problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toContain('content/venues/lhasa-hall/venue.yaml: rooms[0].capacity.theatre');
    expect(fields).toContain('content/venues/lhasa-hall/venue.yaml: rooms[0].id');
    expect(fields).toContain('content/venues/lhasa-hall/venue.yaml: sources[0].url');
    expect(fields).toContain('content/cities/lhasa/city.yaml: airports[0].code');
    expect(fields).toContain('content/venues/lhasa-hall/venue.yaml: city');
  });
});
