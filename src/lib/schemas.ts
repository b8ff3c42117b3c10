/**
 * One Zod schema per kind of content, built from shared pieces. Used by Astro's content
 * collections (src/content.config.ts) and by the editors' validator (src/lib/content-check.ts),
 * so the build and `npm run check` reject the same things with the same words.
 */
import { z } from 'zod';
import { layouts } from './layouts.ts';

import { eventKinds, newsKinds, regions, venueTypes } from './vocabulary.ts';

export { eventKinds, newsKinds, regions, venueTypes };
export type { EventKind, NewsKind, Region, VenueType } from './vocabulary.ts';

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, got an empty value' });

export const slug = z
  .string({ error: 'expected a slug' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a slug: lower-case ASCII letters, digits and single hyphens' });

const positiveWhole = z
  .number({ error: 'expected a positive whole number' })
  .int({ error: 'expected a positive whole number' })
  .positive({ error: 'expected a positive whole number' });

const nonNegativeWhole = z
  .number({ error: 'expected a whole number, 0 or more' })
  .int({ error: 'expected a whole number, 0 or more' })
  .min(0, { error: 'expected a whole number, 0 or more' });

/** A measured quantity (m², m, km): a plain number, the unit is implied by the field. */
const measure = (unit: string) =>
  z
    .number({ error: `expected a number of ${unit} (write the number only, without the unit)` })
    .positive({ error: `expected a positive number of ${unit}` });

const year = z
  .number({ error: 'expected a year such as 2016' })
  .int({ error: 'expected a year such as 2016' })
  .min(1800, { error: 'expected a year such as 2016' })
  .max(2100, { error: 'expected a year such as 2016' });

/** `2012-09-12` as a UTC day; an impossible day such as 2012-02-30 becomes an invalid date. */
function parseDay(value: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : new Date(Number.NaN);
}

/** A calendar date, written YYYY-MM-DD (Astro's YAML reader gives a Date; ours, the text). */
export const isoDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : value),
  z.date({ error: 'expected a date written YYYY-MM-DD' }),
);

const webUrl = z
  .string({ error: 'expected a web address starting with https://' })
  .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, { error: 'expected a web address starting with https:// or http://' });

/** A short label in both languages. */
export const bilingual = z.strictObject(
  {
    en: text,
    zh: text,
  },
  { error: 'expected a label in both languages: { en: "…", zh: "…" }' },
);

export const source = z.strictObject(
  { name: text, url: webUrl },
  { error: 'expected a source: { name: "…", url: "https://…" }' },
);

/** WGS-84 coordinates of a place in China (the bounds catch swapped or mistyped values). */
export const coordinates = z.strictObject(
  {
    lat: z
      .number({ error: 'expected a latitude in decimal degrees' })
      .min(18, { error: 'expected a latitude within China, 18 to 54' })
      .max(54, { error: 'expected a latitude within China, 18 to 54' }),
    lng: z
      .number({ error: 'expected a longitude in decimal degrees' })
      .min(73, { error: 'expected a longitude within China, 73 to 135' })
      .max(135, { error: 'expected a longitude within China, 73 to 135' }),
  },
  { error: 'expected coordinates: { lat: 30.27, lng: 120.15 }' },
);

/** An editor's photo: `src` is a path relative to the YAML file; alt text in both languages. */
export const hero = <Src extends z.ZodType>(src: Src) =>
  z.strictObject({
    src,
    alt: z.strictObject({ en: text, zh: text }, { error: 'expected alt text in both languages: { en: "…", zh: "…" }' }),
    credit: text,
  });

const capacityShape = Object.fromEntries(layouts.map((layout) => [layout, positiveWhole.optional()])) as Record<
  (typeof layouts)[number],
  z.ZodOptional<typeof positiveWhole>
>;

/** Seats per layout. A layout the room does not offer is left out, never written as 0. */
export const capacity = z
  .strictObject(capacityShape, { error: `expected seats per layout (${layouts.join(', ')})` })
  .refine((c) => Object.values(c).some((n) => n !== undefined), {
    error: `expected at least one layout (${layouts.join(', ')})`,
  });

export const room = z.strictObject({
  name: bilingual,
  /** m²; left out where no source gives it. */
  area: measure('m²').optional(),
  ceiling: measure('metres').optional(),
  capacity,
});

const imagePath = z.string({ error: 'expected an image path relative to this file' }).min(1);

export const venueSchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z.strictObject({
    city: slug,
    type: z.enum(venueTypes, { error: oneOf(venueTypes) }),
    name: bilingual,
    address: bilingual,
    coordinates,
    opened: year.optional(),
    meetingSpace: measure('m²').optional(),
    exhibitionSpace: measure('m²').optional(),
    hotelRooms: positiveWhole.optional(),
    airportKm: measure('km'),
    website: webUrl.optional(),
    source,
    verified: isoDate.optional(),
    rooms: z.array(room, { error: 'expected a list of rooms' }).min(1, { error: 'expected at least one room' }),
    hero: hero(heroSrc).optional(),
  });
export const venueFacts = venueSchema(imagePath);
/** Venue facts as pure logic sees them (the photo's form differs between Astro and the validator). */
export type VenueFacts = Omit<z.output<typeof venueFacts>, 'hero'>;
export type Room = z.output<typeof room>;

const airport = z.strictObject({
  code: z.string({ error: 'expected an IATA code' }).regex(/^[A-Z]{3}$/, { error: 'expected a three-letter IATA code in capitals, such as HGH' }),
  name: bilingual,
  km: measure('km'),
  minutes: positiveWhole,
});

export const citySchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z.strictObject({
    name: bilingual,
    province: bilingual,
    region: z.enum(regions, { error: oneOf(regions) }),
    coordinates,
    joined: isoDate,
    foundingMember: z.boolean({ error: 'expected true or false' }).default(false),
    airports: z.array(airport, { error: 'expected a list of airports' }).min(1, { error: 'expected at least one airport' }),
    railStations: z.array(bilingual).default([]),
    hotelRooms: z.strictObject({ count: positiveWhole, year, source }).optional(),
    conventionAmbassadors: z.strictObject({ count: positiveWhole, source }).optional(),
    keyIndustries: z.array(bilingual).default([]),
    universities: z.array(bilingual).default([]),
    supportProgrammes: z.array(z.strictObject({ name: bilingual, description: bilingual })).default([]),
    conventionBureau: z.strictObject({ name: bilingual, url: webUrl.optional() }),
    hero: hero(heroSrc).optional(),
  });
export const cityFacts = citySchema(imagePath);
export type CityFacts = Omit<z.output<typeof cityFacts>, 'hero'>;

export const ambassadorFacts = z.strictObject({
  name: bilingual,
  city: slug,
  field: bilingual,
  institution: bilingual,
  title: bilingual,
  appointed: year.optional(),
  meetingsSecured: nonNegativeWhole.optional(),
  source,
});
export type AmbassadorFacts = z.output<typeof ambassadorFacts>;

export const newsSchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z.strictObject({
    date: isoDate,
    kind: z.enum(newsKinds, { error: oneOf(newsKinds) }),
    cities: z.array(slug).default([]),
    source: source.optional(),
    hero: hero(heroSrc).optional(),
  });
export const newsFacts = newsSchema(imagePath);
export type NewsFacts = Omit<z.output<typeof newsFacts>, 'hero'>;

export const eventFacts = z
  .strictObject({
    name: bilingual,
    kind: z.enum(eventKinds, { error: oneOf(eventKinds) }),
    start: isoDate,
    end: isoDate,
    city: slug,
    place: bilingual,
    news: slug.optional(),
    link: webUrl.optional(),
  })
  .refine((event) => event.end.getTime() >= event.start.getTime(), {
    error: 'expected an end date on or after the start date',
    path: ['end'],
  });
export type EventFacts = z.output<typeof eventFacts>;

const summary = text.max(240, { error: 'expected a summary of at most 240 characters' });

/** Frontmatter of the prose files, per kind of entity. */
export const proseFrontmatter = {
  cities: z.strictObject({ summary }),
  venues: z.strictObject({ summary }),
  news: z.strictObject({ title: text, summary }),
  pages: z.strictObject({ title: text, description: summary }),
} as const;
export type ProseKind = keyof typeof proseFrontmatter;

/** What Astro's `texts` collection accepts: the union of the above, checked per kind by the validator. */
export const anyProseFrontmatter = z.object({
  title: text.optional(),
  summary: summary.optional(),
  description: summary.optional(),
});
