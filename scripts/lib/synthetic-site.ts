// Writing and building a synthetic copy of the site for the benchmarks.
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { proseSentences } from '../../src/lib/tooling/prose-sentences.ts';
import type { Prose } from '../../src/lib/tooling/synthetic-corpus.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { folderBytes, timed } from './measure.ts';

/** Replaces a folder with the given files, path (relative to it) → text. */
export function writeFiles(dir: string, files: Map<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Every sentence of the site's own prose in `content/`, per language. */
export function siteProse(contentDir = 'content'): Prose {
  const sentences = (locale: 'en' | 'zh') =>
    globSync(`**/${locale}.mdx`, { cwd: contentDir }).flatMap((file) => proseSentences(readFileSync(join(contentDir, file), 'utf8'), locale));
  return { en: sentences('en'), zh: sentences('zh') };
}

/** Builds the site from a content folder into `outDir` without the search index; returns seconds. */
export function buildSite(contentDir: string, outDir: string): number {
  // Astro runs on this same Node (the pinned one), whatever `node` is first on PATH.
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  return timed(process.execPath, [astro, 'build', '--outDir', outDir], { CONTENT_DIR: contentDir, PAGEFIND: 'off', ASTRO_TELEMETRY_DISABLED: '1' });
}

/** Indexes a built site with the build's own Pagefind step: seconds, pages and index bytes on disk. */
export async function indexSite(site: string) {
  const started = performance.now();
  const pages = await writeSearchIndex(site);
  return { seconds: (performance.now() - started) / 1000, pages, bytes: folderBytes(join(site, 'pagefind')) };
}
