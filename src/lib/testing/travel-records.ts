/** The real calendar and entry rules, built from content/ as the build builds them, for the date and entry tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { calendarEventRecord, calendarRecord } from '../build/calendar-data.ts';
import { entryPolicyRecord, entryRecord } from '../build/entry-data.ts';
import { calendarEventFacts, entryPolicyFacts } from '../build/schemas.ts';
import type { CalendarRecord, EntryRecord } from '../shared/records.ts';

const content = new URL('../../../content/', import.meta.url).pathname;
const files = (kind: string) =>
  readdirSync(join(content, kind))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ slug: name.replace(/\.yaml$/, ''), data: yaml.load(readFileSync(join(content, kind, name), 'utf8'), { schema: yaml.CORE_SCHEMA }) }));

/** The calendar as a build on `buildDay` makes it. */
export const testCalendar = (buildDay = '2026-12-06'): CalendarRecord =>
  calendarRecord(buildDay, files('calendar').map((f) => calendarEventRecord(f.slug, calendarEventFacts.parse(f.data))));

export const testEntry = (buildDay = '2026-12-06'): EntryRecord =>
  entryRecord(
    buildDay,
    files('entry').map((f) => entryPolicyRecord(f.slug, entryPolicyFacts.parse(f.data))),
    readdirSync(join(content, 'cities')),
  );
