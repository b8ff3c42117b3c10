/**
 * docs/content-model.md shows every field the schemas accept, and no other: this test reads the YAML
 * examples in each section and compares their field paths with the schema's.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allianceFacts, ambassadorFacts, calendarEventFacts, cityFacts, entryPolicyFacts, eventFacts, newsFacts, source, venueFacts } from './schemas.ts';

const doc = readFileSync(new URL('../../../docs/content-model.md', import.meta.url), 'utf8');

/** The YAML example of the section whose heading starts with `heading`. */
function example(heading: string): unknown {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
  const block = section?.match(/```yaml\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error(`no YAML example under "## ${heading}"`);
  return yaml.load(block, { schema: yaml.CORE_SCHEMA });
}

/** Field paths of a YAML value: `rooms[].capacity.theatre`. */
function docPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => docPaths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...(key === 'sources' ? [] : docPaths(inner, path))];
  });
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRetired = (schema: z.ZodType): boolean => {
  const def = defOf(schema);
  return def.type === 'never' || (def.type === 'optional' && isRetired(def.innerType as z.ZodType));
};

/** Field paths a schema accepts; a figure that may be written as a plain number counts as one field. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaPaths(def.innerType as z.ZodType, prefix);
    case 'array':
      return schemaPaths(def.element as z.ZodType, `${prefix}[]`);
    case 'pipe':
      // A preprocessed figure (`40000` or `{ value, orMore, … }`) is documented as one field.
      return defOf(def.in as z.ZodType).type === 'transform' ? [] : schemaPaths(def.out as z.ZodType, prefix);
    case 'object':
      // A retired field (z.never) is refused with a message, not documented.
      return Object.entries(def.shape ?? {}).filter(([, inner]) => !isRetired(inner)).flatMap(([key, inner]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...(key === 'sources' ? [] : schemaPaths(inner, path))];
      });
    default:
      return [];
  }
}

const sorted = (paths: string[]) => [...new Set(paths)].sort();

describe('docs/content-model.md agrees with the schemas', () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['A source', source, (example('A source') as { sources: unknown[] }).sources[0]],
    ['content/alliance.yaml', allianceFacts, example('content/alliance.yaml')],
    ['content/cities/', cityFacts, example('content/cities/')],
    ['content/venues/', venueFacts, example('content/venues/')],
    ['content/ambassadors/', ambassadorFacts, example('content/ambassadors/')],
    ['content/news/', newsFacts, example('content/news/')],
    ['content/events/', eventFacts, example('content/events/')],
    ['content/calendar/', calendarEventFacts, example('content/calendar/')],
    ['content/entry/', entryPolicyFacts, example('content/entry/')],
  ];
  for (const [heading, schema, written] of cases) {
    it(`documents every field of ${heading}, and no field the schema lacks`, () => {
      // Figures written in their object form in the doc ({ value, source }) are one field to the schema.
      const documented = sorted(docPaths(written)).filter((path) => !/\.(value|about|orMore|year|source)$/.test(path) || schemaPaths(schema).includes(path));
      expect(documented).toEqual(sorted(schemaPaths(schema)));
    });
  }
});
