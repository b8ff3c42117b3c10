/**
 * The tree says who runs each file (README, "Layout of the code"); these tests keep it true. Only
 * imports that run count: `import type` is erased before anything runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports at run time: relative ones as paths under src/, others as written. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/import type [^;]*;/gs, '');
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s*'([^']+)'|import\s*\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3]) as string;
    return spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)) : spec;
  });
}

/** The i18n modules that hold no dictionary, so the browser may load them. */
const browserI18n = ['i18n/locales.ts', 'i18n/placeholders.ts', 'i18n/plural.ts', 'i18n/phrase.ts', 'i18n/paths.ts', 'i18n/detect.ts'];

function offenders(dir: string, allowed: (target: string) => boolean, skip: (file: string) => boolean = () => false) {
  return filesUnder(join(src, dir))
    .filter((file) => !file.endsWith('.test.ts') && !skip(file))
    .flatMap((file) => runtimeImports(file).filter((target) => !allowed(target)).map((target) => `${relative(src, file)} → ${target}`));
}

describe('who runs each file', () => {
  it('lib/shared runs in the browser too: it imports only shared modules and dictionary-free i18n', () => {
    expect(offenders('lib/shared', (t) => t.startsWith('lib/shared/') || browserI18n.includes(t))).toEqual([]);
  });

  it('islands run in the browser: they import islands, lib/shared and dictionary-free i18n (their label sets run on the server)', () => {
    const allowed = (t: string) => t.startsWith('islands/') || t.startsWith('lib/shared/') || browserI18n.includes(t);
    expect(offenders('islands', allowed, (file) => file.endsWith('-labels.ts'))).toEqual([]);
  });

  it('lib/build is never handed Node tooling', () => {
    expect(offenders('lib/build', (t) => !t.startsWith('lib/tooling/'))).toEqual([]);
  });

  it('the browser side takes even its types from lib/shared: the open-data records live there, not with their builders', () => {
    const typeImportsOfBuild = (dir: string) =>
      filesUnder(join(src, dir))
        .filter((file) => !file.endsWith('-labels.ts'))
        .filter((file) => /from '[^']*(?:\.\.\/build\/|lib\/build\/)[^']*'/.test(readFileSync(file, 'utf8')))
        .map((file) => relative(src, file));
    expect([...typeImportsOfBuild('lib/shared'), ...typeImportsOfBuild('islands')]).toEqual([]);
  });

  it('finds the imports it checks (a scanner that saw none would pass anything)', () => {
    expect(runtimeImports(join(src, 'islands/venue-finder.ts'))).toContain('lib/shared/venue-filter.ts');
    expect(runtimeImports(join(src, 'islands/venue-finder.ts'))).not.toContain('lib/build/open-data.ts');
  });
});
