import { existsSync, lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy, projectFiles } from './project-copy.ts';

describe('projectCopy', () => {
  const copy = projectCopy();
  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  it('holds what a build reads, and links node_modules rather than copying it', () => {
    for (const file of projectFiles) expect(existsSync(join(copy.root, file)), file).toBe(true);
    expect(lstatSync(join(copy.root, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(copy.root, 'astro.config.mjs'), 'utf8')).toBe(readFileSync('astro.config.mjs', 'utf8'));
  });
  it('gives the copy its own Astro cache, inside it', () => {
    expect(copy.env.ASTRO_CACHE_DIR?.startsWith(copy.root)).toBe(true);
  });
});
