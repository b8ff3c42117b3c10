/**
 * The editors' validator: reads every file under the content folder, checks it against the
 * schemas and the references between entities, and reports problems by file and field.
 * The build runs it first (src/integrations/content-check.ts); `npm run check` prints it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { locales, type Locale } from '../../i18n/locales.ts';
import { type ContentProblem, problemsFromZod } from './content-problems.ts';
import { allianceFile, factsPath, folderKinds, publishersFile, type ContentKind, type FileKind, type FolderKind, type ProseKind } from './content-layout.ts';
import { linkProblem, publisherRegistry } from './publishers.ts';
import { slugPattern } from '../shared/slug.ts';
import {
  allianceFacts,
  ambassadorFacts,
  calendarEventFacts,
  entryPolicyFacts,
  cityFacts,
  eventFacts,
  newsFacts,
  proseFrontmatter,
  venueFacts,
} from './schemas.ts';

export interface CheckedEntity {
  kind: ContentKind;
  slug: string;
  /** Prose files found, by language, as paths relative to the project. */
  prose: Partial<Record<Locale, string>>;
  facts?: unknown;
}

export interface ContentReport {
  problems: ContentProblem[];
  entities: CheckedEntity[];
}


function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')).sort() : [];
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

interface Reader {
  display: (path: string) => string;
  problems: ContentProblem[];
}

const unreadable = Symbol('unreadable');

/**
 * Reads YAML with the core schema, so dates stay as written and `isoDate` can reject 2012-02-30
 * (the default schema would quietly turn it into 1 March).
 */
function readYaml(reader: Reader, path: string): unknown {
  try {
    return yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + 1})` : '';
    reader.problems.push({ file: reader.display(path), message: `YAML could not be read: ${reason}${line}`, severity: 'error' });
    return unreadable;
  }
}

function validate<T extends z.ZodType>(reader: Reader, path: string, schema: T, data: unknown): z.output<T> | undefined {
  if (data === unreadable) return undefined;
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  reader.problems.push(...problemsFromZod(reader.display(path), result.error));
  return undefined;
}

/** The YAML frontmatter of an MDX file, or a problem when it has none or it cannot be read. */
function readFrontmatter(reader: Reader, path: string): unknown {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    reader.problems.push({
      file: reader.display(path),
      message: 'expected frontmatter between --- lines at the top of the file',
      severity: 'error',
    });
    return undefined;
  }
  try {
    return yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    reader.problems.push({ file: reader.display(path), message: `frontmatter could not be read: ${reason}`, severity: 'error' });
    return unreadable;
  }
}

function checkSlug(reader: Reader, path: string, slug: string): boolean {
  if (slugPattern.test(slug)) return true;
  reader.problems.push({
    file: reader.display(path),
    message: `"${slug}" is not a valid slug: use lower-case ASCII letters, digits and single hyphens`,
    severity: 'error',
  });
  return false;
}

function readProse(reader: Reader, kind: ProseKind, folder: string): Partial<Record<Locale, string>> {
  const prose: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const path = join(folder, `${locale}.mdx`);
    if (!existsSync(path)) continue;
    prose[locale] = reader.display(path);
    validate(reader, path, proseFrontmatter[kind], readFrontmatter(reader, path));
  }
  if (Object.keys(prose).length === 0) {
    reader.problems.push({
      file: reader.display(folder),
      message: `no text: expected en.mdx or zh.mdx (ideally both)`,
      severity: 'error',
    });
  }
  for (const name of listDir(folder)) {
    if (name.endsWith('.md') || (name.endsWith('.mdx') && !locales.some((l) => name === `${l}.mdx`))) {
      reader.problems.push({
        file: reader.display(join(folder, name)),
        message: `unexpected text file: prose files are named ${locales.map((l) => `${l}.mdx`).join(' and ')}`,
        severity: 'error',
      });
    }
  }
  return prose;
}

function checkHero(reader: Reader, path: string, facts: { hero?: { src: string } } | undefined) {
  if (!facts?.hero) return;
  const imagePath = join(dirname(path), facts.hero.src);
  if (!existsSync(imagePath)) {
    reader.problems.push({
      file: reader.display(path),
      field: 'hero.src',
      message: `image not found: ${reader.display(imagePath)}`,
      severity: 'error',
    });
  }
}

/** Entities kept as a folder per slug: `{kind}/{slug}/{factsFile}` with prose beside it. */
function readFolderEntities<T extends z.ZodType>(
  reader: Reader,
  root: string,
  kind: 'cities' | 'venues' | 'news',
  factsFile: string,
  schema: T,
): CheckedEntity[] {
  const entities: CheckedEntity[] = [];
  for (const slug of listDir(join(root, kind))) {
    const folder = join(root, kind, slug);
    if (!isDir(folder)) {
      reader.problems.push({
        file: reader.display(folder),
        message: `unexpected file: each ${kind === 'news' ? 'news item' : kind.slice(0, -1)} is a folder named by its slug`,
        severity: 'error',
      });
      continue;
    }
    if (!checkSlug(reader, folder, slug)) continue;
    const factsPath = join(folder, factsFile);
    let facts: z.output<T> | undefined;
    if (existsSync(factsPath)) {
      facts = validate(reader, factsPath, schema, readYaml(reader, factsPath));
      checkHero(reader, factsPath, facts as { hero?: { src: string } } | undefined);
    } else {
      reader.problems.push({ file: reader.display(folder), message: `missing ${factsFile}`, severity: 'error' });
    }
    entities.push({ kind, slug, prose: readProse(reader, kind, folder), facts });
  }
  return entities;
}

/** Entities kept as one YAML file per slug: `{kind}/{slug}.yaml`. */
function readFileEntities<T extends z.ZodType>(
  reader: Reader,
  root: string,
  kind: FileKind,
  schema: T,
): CheckedEntity[] {
  const entities: CheckedEntity[] = [];
  const seen = new Map<string, string>();
  for (const name of listDir(join(root, kind))) {
    const path = join(root, kind, name);
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match?.[1]) {
      reader.problems.push({ file: reader.display(path), message: 'unexpected file: expected {slug}.yaml', severity: 'error' });
      continue;
    }
    const slug = match[1];
    if (!checkSlug(reader, path, slug)) continue;
    const earlier = seen.get(slug);
    if (earlier) {
      reader.problems.push({
        file: reader.display(path),
        message: `duplicate slug "${slug}": ${earlier} has it already`,
        severity: 'error',
      });
      continue;
    }
    seen.set(slug, reader.display(path));
    entities.push({ kind, slug, prose: {}, facts: validate(reader, path, schema, readYaml(reader, path)) });
  }
  return entities;
}

function checkReferences(reader: Reader, root: string, entities: CheckedEntity[]) {
  const slugsOf = (kind: CheckedEntity['kind']) => new Set(entities.filter((e) => e.kind === kind).map((e) => e.slug));
  const cities = slugsOf('cities');
  const news = slugsOf('news');
  const cityList = [...cities].join(', ') || 'none yet';
  const unknownCity = (file: string, field: string, value: string) =>
    reader.problems.push({
      file,
      field,
      message: `unknown city "${value}": expected the slug of a folder in content/cities (${cityList})`,
      severity: 'error',
    });

  for (const entity of entities) {
    if (!entity.facts) continue;
    if (entity.kind === 'venues') {
      const file = reader.display(join(root, factsPath('venues', entity.slug)));
      const facts = entity.facts as z.output<typeof venueFacts>;
      if (!cities.has(facts.city)) unknownCity(file, 'city', facts.city);
    }
    if (entity.kind === 'ambassadors') {
      const facts = entity.facts as z.output<typeof ambassadorFacts>;
      if (!cities.has(facts.city)) unknownCity(reader.display(join(root, factsPath('ambassadors', entity.slug))), 'city', facts.city);
    }
    if (entity.kind === 'news') {
      const file = reader.display(join(root, factsPath('news', entity.slug)));
      const facts = entity.facts as z.output<typeof newsFacts>;
      facts.cities.forEach((city, index) => {
        if (!cities.has(city)) unknownCity(file, `cities[${index}]`, city);
      });
      const datePrefix = facts.date.toISOString().slice(0, 10);
      if (!entity.slug.startsWith(`${datePrefix}-`)) {
        reader.problems.push({
          file,
          field: 'date',
          message: `the folder name must start with the date: expected "${datePrefix}-…", got "${entity.slug}"`,
          severity: 'error',
        });
      }
    }
    if (entity.kind === 'calendar') {
      const facts = entity.facts as z.output<typeof calendarEventFacts>;
      if (!cities.has(facts.city)) unknownCity(reader.display(join(root, factsPath('calendar', entity.slug))), 'city', facts.city);
    }
    if (entity.kind === 'entry') {
      const file = reader.display(join(root, factsPath('entry', entity.slug)));
      (entity.facts as z.output<typeof entryPolicyFacts>).cities.forEach((c, index) => {
        if (!cities.has(c.city)) unknownCity(file, `cities[${index}].city`, c.city);
      });
    }
    if (entity.kind === 'events') {
      const file = reader.display(join(root, factsPath('events', entity.slug)));
      const facts = entity.facts as z.output<typeof eventFacts>;
      if (!cities.has(facts.city)) unknownCity(file, 'city', facts.city);
      if (facts.news && !news.has(facts.news)) {
        reader.problems.push({
          file,
          field: 'news',
          message: `unknown news item "${facts.news}": expected the name of a folder in content/news`,
          severity: 'error',
        });
      }
    }
  }

  // Two venues (or cities) with one English name are almost always a copied folder.
  for (const kind of ['venues', 'cities'] as const) {
    const names = new Map<string, string>();
    for (const entity of entities.filter((e) => e.kind === kind && e.facts)) {
      const name = (entity.facts as { name: { en: string } }).name.en.toLowerCase();
      const file = reader.display(join(root, factsPath(kind, entity.slug)));
      const earlier = names.get(name);
      if (earlier) {
        reader.problems.push({ file, field: 'name.en', message: `duplicate name: ${earlier} has it already`, severity: 'error' });
      } else names.set(name, file);
    }
  }
}

/** The alliance's own facts: the file must exist, be valid, and name only founding cities the content has. */
function checkAlliance(reader: Reader, root: string, cities: ReadonlySet<string>) {
  const path = join(root, allianceFile);
  if (!existsSync(path)) {
    reader.problems.push({ file: reader.display(path), message: "missing: the alliance's own facts (name, founding, members, secretariat) live here", severity: 'error' });
    return undefined;
  }
  const facts = validate(reader, path, allianceFacts, readYaml(reader, path));
  facts?.foundingCities.cities.forEach((city, index) => {
    if (!cities.has(city)) {
      reader.problems.push({
        file: reader.display(path),
        field: `foundingCities.cities[${index}]`,
        message: `unknown city "${city}": expected the slug of a folder in content/cities (${[...cities].join(', ') || 'none yet'})`,
        severity: 'error',
      });
    }
  });
  return facts;
}

type SourceLike = { publisher: { en: string; zh: string }; url?: string };

/**
 * Every linked source is on its publisher's own domain (content/publishers.yaml), and a publisher
 * the registry lists is named as the registry names it, so one publisher has one label everywhere.
 */
function checkPublishers(reader: Reader, root: string, files: { file: string; sources: readonly SourceLike[] }[]) {
  const path = join(root, publishersFile);
  if (!existsSync(path)) {
    reader.problems.push({ file: reader.display(path), message: 'missing: the publishers sources are credited to, with their own web domains, live here', severity: 'error' });
    return;
  }
  const registry = validate(reader, path, publisherRegistry, readYaml(reader, path));
  if (!registry) return;
  for (const { file, sources } of files) {
    sources.forEach((source, index) => {
      const entry = registry.find((p) => p.name.en === source.publisher.en || p.name.zh === source.publisher.zh);
      for (const language of ['en', 'zh'] as const) {
        if (entry && entry.name[language] !== source.publisher[language]) {
          reader.problems.push({
            file,
            field: `sources[${index}].publisher.${language}`,
            message: `expected "${entry.name[language]}", the name content/publishers.yaml gives this publisher, got "${source.publisher[language]}"`,
            severity: 'error',
          });
        }
      }
      const problem = source.url === undefined ? undefined : linkProblem(registry, source.publisher, source.url);
      if (problem) reader.problems.push({ file, field: `sources[${index}].url`, message: problem, severity: 'error' });
    });
  }
}

/** The files that list sources, with their sources, for the publisher check. */
function sourceFiles(reader: Reader, root: string, entities: readonly CheckedEntity[]) {
  return entities.flatMap((entity) => {
    const sources = (entity.facts as { sources?: SourceLike[] } | undefined)?.sources;
    return sources ? [{ file: reader.display(join(root, factsPath(entity.kind as FolderKind | FileKind, entity.slug))), sources }] : [];
  });
}

/**
 * Checks the content folder `contentDir`. Paths in problems are shown relative to `projectDir`.
 */
export function checkContent(contentDir: string, projectDir = process.cwd()): ContentReport {
  const reader: Reader = { display: (path) => relative(projectDir, path) || '.', problems: [] };
  if (!isDir(contentDir)) {
    reader.problems.push({ file: reader.display(contentDir), message: 'content folder not found', severity: 'error' });
    return { problems: reader.problems, entities: [] };
  }
  const entities: CheckedEntity[] = [
    ...readFolderEntities(reader, contentDir, 'cities', folderKinds.cities, cityFacts),
    ...readFolderEntities(reader, contentDir, 'venues', folderKinds.venues, venueFacts),
    ...readFolderEntities(reader, contentDir, 'news', folderKinds.news, newsFacts),
    ...readFileEntities(reader, contentDir, 'ambassadors', ambassadorFacts),
    ...readFileEntities(reader, contentDir, 'events', eventFacts),
    ...readFileEntities(reader, contentDir, 'calendar', calendarEventFacts),
    ...readFileEntities(reader, contentDir, 'entry', entryPolicyFacts),
  ];
  for (const slug of listDir(join(contentDir, 'pages'))) {
    const folder = join(contentDir, 'pages', slug);
    if (isDir(folder) && checkSlug(reader, folder, slug)) {
      entities.push({ kind: 'pages', slug, prose: readProse(reader, 'pages', folder) });
    }
  }
  checkReferences(reader, contentDir, entities);
  const alliance = checkAlliance(reader, contentDir, new Set(entities.filter((e) => e.kind === 'cities').map((e) => e.slug)));
  const allianceSources = alliance ? [{ file: reader.display(join(contentDir, allianceFile)), sources: alliance.sources }] : [];
  checkPublishers(reader, contentDir, [...sourceFiles(reader, contentDir, entities), ...allianceSources]);
  return { problems: reader.problems, entities };
}
