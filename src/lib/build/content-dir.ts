import { resolve } from 'node:path';

/**
 * The folder editors' content is read from: `content/` unless CONTENT_DIR names another
 * (the benchmark builds a synthetic corpus that way without touching `content/`).
 */
export function contentDir(projectDir = process.cwd()): string {
  return resolve(projectDir, process.env.CONTENT_DIR || 'content');
}
