import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hookAttribute, hookNames, sel } from './hooks.ts';

const project = resolve(import.meta.dirname, '../..');
const filesUnder = (dir: string, ending: string): string[] =>
  readdirSync(join(project, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), ending) : entry.name.endsWith(ending) ? [join(project, dir, entry.name)] : [],
  );
const read = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');

const markup = read([...filesUnder('src/components', '.astro'), ...filesUnder('src/pages', '.astro'), ...filesUnder('src/layouts', '.astro')]);
const islandFiles = filesUnder('src/islands', '.ts').filter((file) => !file.endsWith('hooks.ts') && !file.endsWith('.test.ts'));
const islands = read(islandFiles);

describe('data- hooks', () => {
  it('are each written by a component or set by an island', () => {
    const missing = hookNames.filter((hook) => {
      const name = hookAttribute(hook);
      const inMarkup = new RegExp(`\\s${name}(?=[\\s=>/])`).test(markup);
      const setByIsland = islands.includes(`dataset.${hook} =`) || islands.includes(`setAttribute('${name}'`);
      return !inMarkup && !setByIsland;
    });
    expect(missing).toEqual([]);
  });

  it('are selected only through sel() in islands and browser tests', () => {
    const files = [...islandFiles, ...filesUnder('tests/e2e', '.ts')];
    const ownSelectors = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\[data-[a-z-]+/g)].map((m) => `${file.slice(project.length + 1)}: ${m[0]}`));
    expect(ownSelectors).toEqual([]);
  });

  it('give selectors with and without a value, quoting the value', () => {
    expect(sel('venueItem')).toBe('[data-venue-item]');
    expect(sel('venueItem', 'shanghai-expo-centre')).toBe('[data-venue-item="shanghai-expo-centre"]');
    expect(sel('group', 'a"b')).toBe('[data-group="a\\"b"]');
  });
});
