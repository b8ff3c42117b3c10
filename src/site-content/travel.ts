/**
 * The date check's calendar and the entry rules, built once per build from content/calendar,
 * content/entry and the pinned holiday data: what city pages, the entry checker and /data read.
 */
import { getCollection } from 'astro:content';
import { buildDate } from '../lib/build/build-date.ts';
import { calendarEventRecord, calendarRecord } from '../lib/build/calendar-data.ts';
import { entryPolicyRecord, entryRecord } from '../lib/build/entry-data.ts';
import { isoDay } from '../lib/build/iso-day.ts';
import type { CalendarRecord, EntryRecord } from '../lib/shared/records.ts';
import { siteContent } from './load.ts';

async function load(): Promise<{ calendar: CalendarRecord; entry: EntryRecord }> {
  const [events, policies, { cities }] = await Promise.all([getCollection('calendar'), getCollection('entry'), siteContent()]);
  const day = isoDay(buildDate);
  return {
    calendar: calendarRecord(day, events.map((e) => calendarEventRecord(e.id, e.data)).sort((a, b) => a.slug.localeCompare(b.slug))),
    entry: entryRecord(day, policies.map((e) => entryPolicyRecord(e.id, e.data)), cities.map((c) => c.slug)),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** The calendar and the entry rules, loaded once per build. */
export function travelContent(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
