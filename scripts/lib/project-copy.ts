// A copy of the project to build other content in while the site itself builds: Astro keeps generated
// files in the project (.astro/: the content modules of the content folder it last read) and caches
// under node_modules/.astro, so two builds of one project at once could read each other's. The copy
// shares node_modules (linked) but has its own .astro/ and, through ASTRO_CACHE_DIR, its own caches.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads from the project, besides node_modules and the content folder. */
export const projectFiles = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'tailwind.config.cjs'];

export interface ProjectCopy {
  /** The copy's folder: run scripts/build.ts with this as the working directory. */
  root: string;
  /** The environment a build in the copy needs (its own Astro cache). */
  env: Record<string, string>;
}

export function projectCopy(project = process.cwd()): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'project-copy-'));
  for (const file of projectFiles) cpSync(resolve(project, file), join(root, file), { recursive: true });
  symlinkSync(resolve(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, env: { ASTRO_CACHE_DIR: join(root, '.astro-cache') } };
}
