// npm run new -- <city|venue|ambassador|news|event> <slug>
// Writes every file of a new entity, both languages, each required field with a comment.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { scaffold, scaffoldKinds, type ScaffoldKind } from './lib/scaffolds.ts';

const [kind, slug] = process.argv.slice(2);
const usage = `Usage: npm run new -- <${scaffoldKinds.join('|')}> <slug>
  e.g. npm run new -- venue xian-qujiang-international-conference-center
       npm run new -- news 2026-11-22-roadshow-in-shanghai`;

if (!kind || !slug || !(scaffoldKinds as readonly string[]).includes(kind)) {
  console.error(usage);
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`"${slug}" is not a valid slug: use lower-case ASCII letters, digits and single hyphens.`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
if (kind === 'news' && !/^\d{4}-\d{2}-\d{2}-/.test(slug)) {
  console.error(`A news slug starts with its date, e.g. ${today}-${slug}.`);
  process.exit(2);
}

const root = contentDir();
const files = scaffold(kind as ScaffoldKind, slug, today);
const existing = Object.keys(files).filter((path) => existsSync(join(root, path)));
if (existing.length > 0) {
  console.error(`Not written: ${existing.map((p) => relative(process.cwd(), join(root, p))).join(', ')} already exist.`);
  process.exit(1);
}
for (const [path, text] of Object.entries(files)) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`  wrote ${relative(process.cwd(), file)}`);
}
console.log('Fill in every field marked TODO, then run npm run check.');
