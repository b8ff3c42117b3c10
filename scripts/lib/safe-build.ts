/**
 * The pieces of `npm run build` that keep the last good site: Astro builds into a staging folder,
 * which replaces the output folder only when the whole build succeeded; and Astro's log, shown to
 * an editor without stack traces, with paths relative to the project and failed pages traced to
 * the content file they render.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';

/** Where a build into `out` is staged, and where the old `out` waits while the new one moves in. */
export function stagingFolders(out: string): { staging: string; previous: string } {
  return { staging: `${out}.staging`, previous: `${out}.previous` };
}

/**
 * Moves a finished build into place: the old folder aside, the new one in, the old one deleted.
 * Each step is a rename, so a reader of `out` finds the old site or the new one, never half of one.
 */
export function swapIntoPlace(staging: string, out: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, previous);
  try {
    renameSync(staging, out);
  } catch (error) {
    if (hadOld) renameSync(previous, out);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

const ansi = /\x1b\[[0-9;]*m/gu;
const stackFrame = /^\s*at\s+(?:\S.*)?$/u;

/**
 * The content file a failed page renders, by the site's URL contract: /en/news/x/ → content/news/x/en.mdx
 * (or the other language's file, which an untranslated page shows).
 */
export function contentFileOfRoute(route: string, contentDir: string, exists: (path: string) => boolean = existsSync): string | undefined {
  const parts = route.split('/').filter(Boolean);
  const [locale, kind, slug] = parts;
  if (!locale || !(locales as readonly string[]).includes(locale)) return undefined;
  const folder = kind && slug && parts.length === 3 ? join(contentDir, kind, slug) : kind && parts.length === 2 ? join(contentDir, 'pages', kind) : undefined;
  if (!folder) return undefined;
  return [locale, ...locales.filter((l) => l !== locale)].map((l) => join(folder, `${l}.mdx`)).find((path) => exists(path));
}

/**
 * One line of Astro's log as the editor should see it, or undefined to leave it out: stack
 * frames go; absolute paths inside the project become relative; a page that failed to render
 * names its content file.
 */
export function editorLogLine(line: string, projectDir: string, contentDir: string, exists?: (path: string) => boolean): string | undefined {
  const plain = line.replace(ansi, '');
  if (stackFrame.test(plain) || /^\s*Stack trace:\s*$/u.test(plain)) return undefined;
  let shown = line.split(`file://${projectDir}/`).join('').split(`${projectDir}/`).join('');
  const failedRoute = /Caught error rendering (\/\S*?):?\s/u.exec(plain)?.[1];
  const file = failedRoute ? contentFileOfRoute(failedRoute, contentDir, exists) : undefined;
  if (file) shown += ` (the page shows ${relative(projectDir, file)})`;
  return shown;
}
