/**
 * One Zod schema per kind of content, built from shared pieces. Used by Astro's content
 * collections (src/content.config.ts) and by the editors' validator (src/lib/build/content-check.ts),
 * so the build and `npm run check` reject the same things with the same words.
 */
import { z } from 'zod';
import type { ProseKind } from './content-layout.ts';
import { layouts } from '../shared/seating.ts';
import { slugPattern } from '../shared/slug.ts';
import { entryAuthorities, entryKinds, eventKinds, eventOrganiserRoles, newsKinds, portStatuses, regions, sourceLanguages, venueStatusKinds, venueTypes } from '../shared/vocabulary.ts';
import { isCountryCode } from './countries.ts';
import { venueTotals } from '../shared/records.ts';

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, got an empty value' });

export const slug = z
  .string({ error: 'expected a slug' })
  .regex(slugPattern, { error: 'expected a slug: lower-case ASCII letters, digits and single hyphens' });

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

/** A phone number as dialled from abroad: +86, then the number in groups. */
const phone = z
  .string({ error: 'expected a phone number such as +86 21 6321 0000' })
  .regex(/^\+86 [0-9][0-9 ]+[0-9]$/, { error: 'expected a phone number such as +86 21 6321 0000 (+86, then the number with spaces)' });

/** A short label in both languages. */
export const bilingual = z.strictObject(
  {
    en: text,
    zh: text,
  },
  { error: 'expected a label in both languages: { en: "…", zh: "…" }' },
);

/**
 * A publication figures come from. `publisher` is named in both languages, so a Chinese page can
 * name an English source in Chinese; `title` stays as published, in the document's `language`.
 * `url` is the publisher's own address and nothing else: the content check refuses one that is not
 * on a domain content/publishers.yaml lists for the publisher. Where the text could only be read
 * in a copy on another site, the copy's address goes in `readAt`, for editors: it is never linked,
 * shown or published, and the citation names the publication like a printed reference.
 */
export const source = z.strictObject(
  {
    id: slug.optional(),
    publisher: bilingual,
    title: text.optional(),
    url: webUrl.optional(),
    readAt: webUrl.optional(),
    language: z.enum(sourceLanguages, { error: oneOf(sourceLanguages) }),
    published: isoDate.optional(),
    /** Retired: said the url was a copy. Refused with what to do instead. */
    copy: z
      .never({ error: "copy is no longer used: a copy on another site is never linked. Keep the copy's address in readAt, and url only for the publisher's own address" })
      .optional(),
  },
  { error: 'expected a source: { publisher: { en: "…", zh: "…" }, title: "…", language: zh, published: 2024-05-01 }' },
);
export type Source = z.output<typeof source>;

/** The list of sources every entity keeps; a figure names one by `id`, or else comes from the first. */
const sources = z
  .array(source, { error: 'expected a list of sources' })
  .min(1, { error: 'expected at least one source: where do these facts come from?' });

/** Which of the entity's sources a figure comes from; left out, the first source. */
const sourceRef = slug.optional();

const qualifiers = {
  /** Published as approximate ("about 16,000"). */
  about: z.boolean({ error: 'expected true or false' }).default(false),
  /** Published as a lower bound ("more than 100"). */
  orMore: z.boolean({ error: 'expected true or false' }).default(false),
};

/**
 * A published figure: a plain number (from the entity's first source), or `{ value, source, about,
 * orMore, year }` when it needs more said about it.
 */
const figure = <V extends z.ZodType<number>>(value: V, unit: string) =>
  z.preprocess(
    (input) => (typeof input === 'number' ? { value: input } : input),
    z.strictObject(
      {
        value,
        ...qualifiers,
        /** The year the figure was true, where the source says. */
        year: year.optional(),
        source: sourceRef,
      },
      { error: `expected a number of ${unit}, or { value: …, source: … }` },
    ),
  );
export type Figure = { value: number; about: boolean; orMore: boolean; year?: number; source?: string };

/** A count that is only meaningful with the year it was true: "53 (2018)". */
const datedCount = z.strictObject({ value: positiveWhole, year, ...qualifiers, source: sourceRef });

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

/** Seats per layout. A layout with no published figure is left out; one the room does not offer goes in `notOffered`. */
export const capacity = z.strictObject(capacityShape, { error: `expected seats per layout (${layouts.join(', ')})` });

/**
 * A room's name as the venue gives it. A capacity chart may come in one language only: the other
 * name is the editor's to add (never a machine translation), and `npm run check` lists it as missing.
 */
export const roomName = z
  .strictObject({ en: text.optional(), zh: text.optional() }, { error: 'expected a room name: { en: "…", zh: "…" }' })
  .refine((name) => name.en !== undefined || name.zh !== undefined, { error: 'expected a room name in at least one language' });

export const room = z
  .strictObject({
    /** Stable within the venue: sections and links name a room by it. */
    id: slug,
    name: roomName,
    /** The id of the room this one is a section of (a divisible ballroom and its parts). */
    partOf: slug.optional(),
    /** m²; left out where no source gives it. `{ value, about: true }` or `{ value, orMore: true }` where the source says "about" or "more than". */
    area: z
      .preprocess(
        (input) => (typeof input === 'number' ? { value: input } : input),
        z.strictObject({ value: measure('m²'), ...qualifiers }, { error: 'expected a number of m², or { value: …, orMore: true }' }),
      )
      .optional(),
    length: measure('metres').optional(),
    width: measure('metres').optional(),
    /** Clear height (净高), m. */
    ceiling: measure('metres').optional(),
    /** A published "up to N people" (or "holds N") whose layout the source does not state: a maximum. */
    upTo: positiveWhole.optional(),
    /** A published "more than N people" whose layout the source does not state: a minimum, never a maximum. */
    moreThan: positiveWhole.optional(),
    capacity: capacity.default({}),
    /** Layouts the source says the room does not offer. */
    notOffered: z.array(z.enum(layouts, { error: oneOf(layouts) }), { error: 'expected a list of layouts' }).default([]),
    /** false for a room the source describes as other than a meeting room (a press room): it never heads the venue's capacity. */
    meetingRoom: z.boolean({ error: 'expected true or false' }).default(true),
    source: sourceRef,
  })
  .superRefine((r, ctx) => {
    r.notOffered.forEach((layout, index) => {
      if (r.capacity[layout] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['notOffered', index], message: `${layout} has a figure in capacity: a layout is either offered with seats or not offered` });
      }
    });
    const hasFigure =
      r.area !== undefined ||
      r.upTo !== undefined ||
      r.moreThan !== undefined ||
      (r.length !== undefined && r.width !== undefined) ||
      Object.values(r.capacity).some((n) => n !== undefined);
    if (!hasFigure) {
      ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'expected at least one published figure for the room: seats in a layout, upTo, moreThan, area, or length and width' });
    }
    if (r.upTo !== undefined && r.moreThan !== undefined && r.moreThan >= r.upTo) {
      ctx.addIssue({ code: 'custom', path: ['moreThan'], message: `expected moreThan below upTo (${r.upTo})` });
    }
  });

/** Figures (by path) that name a source: each must be an id in the entity's `sources`. */
function checkSourceRefs(ctx: z.core.$RefinementCtx, list: readonly Source[], refs: readonly [readonly (string | number)[], string | undefined][]) {
  const ids = new Set(list.flatMap((s) => (s.id ? [s.id] : [])));
  const known = [...ids].join(', ') || 'none: give the sources an id';
  for (const [path, ref] of refs) {
    if (ref !== undefined && !ids.has(ref)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `unknown source "${ref}": expected the id of one of this file's sources (${known})` });
    }
  }
  list.forEach((s, index) => {
    if (s.id && list.findIndex((other) => other.id === s.id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `duplicate source id "${s.id}"` });
    }
  });
}

const imagePath = z.string({ error: 'expected an image path relative to this file' }).min(1);


export const venueSchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z
    .strictObject({
      city: slug,
      type: z.enum(venueTypes, { error: oneOf(venueTypes) }),
      name: bilingual,
      /** Street address, as a source gives it. */
      address: bilingual.optional(),
      /** WGS-84, where a source gives them (`source` names it); without, map links search by name. */
      coordinates: coordinates.extend({ source: sourceRef }).optional(),
      /** A reported change: closed, partly demolished or being rebuilt, the year reported and the source. */
      status: z.strictObject({ kind: z.enum(venueStatusKinds, { error: oneOf(venueStatusKinds) }), year, source: sourceRef }).optional(),
      opened: year.optional(),
      /** How many meeting rooms the venue says it has (rooms listed below may be fewer). */
      meetingRoomsTotal: figure(positiveWhole, 'meeting rooms').optional(),
      meetingSpace: figure(measure('m²'), 'm²').optional(),
      exhibitionSpace: figure(measure('m²'), 'm²').optional(),
      /** Rooms in on-site hotels. */
      hotelRooms: figure(positiveWhole, 'hotel rooms').optional(),
      /** Road distance to the nearest main airport. */
      airportKm: figure(measure('km'), 'km').optional(),
      website: webUrl.optional(),
      sources,
      verified: isoDate.optional(),
      /** True when `rooms` is the venue's complete list of meeting rooms (its own capacity chart). */
      allRoomsListed: z.boolean({ error: 'expected true or false' }).default(false),
      rooms: z.array(room, { error: 'expected a list of rooms' }).default([]),
      hero: hero(heroSrc).optional(),
    })
    .superRefine((venue, ctx) => {
      const ids = new Map<string, number>();
      venue.rooms.forEach((r, index) => {
        const earlier = ids.get(r.id);
        if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['rooms', index, 'id'], message: `duplicate room id "${r.id}": rooms[${earlier}] has it already` });
        else ids.set(r.id, index);
      });
      const parentOf = new Map(venue.rooms.map((r) => [r.id, r.partOf]));
      venue.rooms.forEach((r, index) => {
        if (r.partOf === undefined) return;
        if (!ids.has(r.partOf)) {
          ctx.addIssue({ code: 'custom', path: ['rooms', index, 'partOf'], message: `unknown room "${r.partOf}": expected the id of another room of this venue` });
          return;
        }
        // Walk up the sections: a room may not end up a section of itself.
        const seen = new Set([r.id]);
        for (let parent: string | undefined = r.partOf; parent !== undefined; parent = parentOf.get(parent)) {
          if (seen.has(parent)) {
            ctx.addIssue({ code: 'custom', path: ['rooms', index, 'partOf'], message: `"${r.id}" would be a section of itself` });
            return;
          }
          seen.add(parent);
        }
      });
      const totals = venueTotals.map(
        (key): [string[], string | undefined] => [[key], venue[key]?.source],
      );
      checkSourceRefs(ctx, venue.sources, [
        ...totals,
        [['coordinates'], venue.coordinates?.source],
        [['status'], venue.status?.source],
        ...venue.rooms.map((r, i): [(string | number)[], string | undefined] => [['rooms', i], r.source]),
      ]);
    });
export const venueFacts = venueSchema(imagePath);
/** Venue facts as pure logic sees them (the photo's form differs between Astro and the validator). */
export type VenueFacts = Omit<z.output<typeof venueFacts>, 'hero'>;

const airport = z.strictObject({
  code: z.string({ error: 'expected an IATA code' }).regex(/^[A-Z]{3}$/, { error: 'expected a three-letter IATA code in capitals, such as HGH' }),
  name: bilingual,
  /** Distance to the city centre, as the source gives it. */
  km: measure('km').optional(),
  /** Typical drive to the centre. */
  minutes: positiveWhole.optional(),
  source: sourceRef,
});

/** A city's rank among ICCA's counts of international association meetings, one year. */
const iccaYear = z.strictObject({
  year,
  meetings: positiveWhole.optional(),
  rankChina: positiveWhole.optional(),
  rankAsiaPacific: positiveWhole.optional(),
  rankWorld: positiveWhole.optional(),
  source: sourceRef,
});

export const citySchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z
    .strictObject({
      name: bilingual,
      province: bilingual,
      region: z.enum(regions, { error: oneOf(regions) }),
      coordinates,
      joined: isoDate,
      airports: z.array(airport, { error: 'expected a list of airports' }).min(1, { error: 'expected at least one airport' }),
      railStations: z.array(z.strictObject({ name: bilingual, source: sourceRef })).default([]),
      /** Hotel rooms in the city, with what they count ("four- and five-star") when the source limits it. */
      hotelRooms: datedCount.extend({ scope: bilingual.optional() }).optional(),
      /** The city's ambassador programme as a whole; `name` is what the city calls its ambassadors. */
      conventionAmbassadors: datedCount.extend({ name: bilingual.optional() }).optional(),
      icca: z.array(iccaYear).default([]),
      keyIndustries: z.array(bilingual).default([]),
      universities: z.array(bilingual).default([]),
      supportProgrammes: z.array(z.strictObject({ name: bilingual, description: bilingual, url: webUrl.optional(), source: sourceRef })).default([]),
      /** The city's convention bureau and its contact, each only as its source publishes it. */
      conventionBureau: z.strictObject({
        name: bilingual,
        /** The unit that takes meeting enquiries, where the source names one. */
        desk: bilingual.optional(),
        url: webUrl.optional(),
        email: z.email({ error: 'expected an e-mail address' }).optional(),
        phone: phone.optional(),
        source: sourceRef,
      }),
      sources,
      hero: hero(heroSrc).optional(),
    })
    .superRefine((city, ctx) => {
      type Ref = [(string | number)[], string | undefined];
      checkSourceRefs(ctx, city.sources, [
        ...city.airports.map((a, i): Ref => [['airports', i], a.source]),
        ...city.railStations.map((r, i): Ref => [['railStations', i], r.source]),
        [['hotelRooms'], city.hotelRooms?.source],
        [['conventionAmbassadors'], city.conventionAmbassadors?.source],
        ...city.icca.map((y, i): Ref => [['icca', i], y.source]),
        ...city.supportProgrammes.map((p, i): Ref => [['supportProgrammes', i], p.source]),
        [['conventionBureau'], city.conventionBureau.source],
      ]);
    });
export const cityFacts = citySchema(imagePath);
export type CityFacts = Omit<z.output<typeof cityFacts>, 'hero'>;

export const ambassadorFacts = z.strictObject({
  name: bilingual,
  city: slug,
  field: bilingual.optional(),
  institution: bilingual,
  title: bilingual.optional(),
  appointed: year.optional(),
  meetingsSecured: nonNegativeWhole.optional(),
  sources,
});

export const newsSchema = <Src extends z.ZodType>(heroSrc: Src) =>
  z.strictObject({
    date: isoDate,
    kind: z.enum(newsKinds, { error: oneOf(newsKinds) }),
    cities: z.array(slug).default([]),
    sources,
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
    /**
     * Who ran it, only where a source names them: the organising body, or the larger event this was
     * part of. Never the city: `city` says which member city it belongs to, not who organised it.
     */
    organiser: z
      .strictObject({ role: z.enum(eventOrganiserRoles, { error: oneOf(eventOrganiserRoles) }), name: bilingual }, { error: 'expected { role: organiser, name: { en: "…", zh: "…" } }' })
      .optional(),
    sources,
  })
  .refine((event) => event.end.getTime() >= event.start.getTime(), {
    error: 'expected an end date on or after the start date',
    path: ['end'],
  });
export type EventFacts = z.output<typeof eventFacts>;

/** The alliance's own facts (content/alliance.yaml), each with its source. */
export const allianceFacts = z
  .strictObject({
    name: bilingual,
    shortName: bilingual,
    founded: z.strictObject({ date: isoDate, place: bilingual, source: sourceRef }),
    /** Slugs of the cities that founded the alliance. */
    foundingCities: z.strictObject({ cities: z.array(slug).min(1), source: sourceRef }),
    /** Member cities as last published; `year` is when the count was true. */
    members: z.strictObject({ value: positiveWhole, year, about: z.boolean().default(false), source: sourceRef }),
    secretariat: z.strictObject({
      /** The organisation that hosts the secretariat. */
      host: bilingual,
      contact: z.strictObject({ name: bilingual, phone: phone.optional(), email: z.email({ error: 'expected an e-mail address' }).optional() }),
      source: sourceRef,
    }),
    sources,
  })
  .superRefine((alliance, ctx) => {
    checkSourceRefs(ctx, alliance.sources, [
      [['founded'], alliance.founded.source],
      [['foundingCities'], alliance.foundingCities.source],
      [['members'], alliance.members.source],
      [['secretariat'], alliance.secretariat.source],
    ]);
  });
export type AllianceFacts = z.output<typeof allianceFacts>;

/**
 * A large fair or event in a member city (content/calendar/{slug}.yaml): each edition with the dates
 * a source announced. Editions already held show only a pattern, labelled so; the date check never
 * turns a pattern into dates.
 */
export const calendarEventFacts = z
  .strictObject({
    name: bilingual,
    city: slug,
    place: bilingual,
    /** Every edition whose dates a source gives, each naming its source. */
    editions: z
      .array(z.strictObject({ start: isoDate, end: isoDate, edition: positiveWhole.optional(), source: sourceRef }), { error: 'expected a list of editions' })
      .min(1, { error: 'expected at least one edition with its dates' }),
    /** How large it is, as a source puts it ("4,108 overseas exhibitors in 2025"). */
    scale: bilingual.extend({ source: sourceRef }).optional(),
    sources,
  })
  .superRefine((event, ctx) => {
    event.editions.forEach((e, index) => {
      if (e.end.getTime() < e.start.getTime()) ctx.addIssue({ code: 'custom', path: ['editions', index, 'end'], message: 'expected an end date on or after the start date' });
    });
    checkSourceRefs(ctx, event.sources, [
      ...event.editions.map((e, i): [(string | number)[], string | undefined] => [['editions', i], e.source]),
      [['scale'], event.scale?.source],
    ]);
  });
export type CalendarEventFacts = z.output<typeof calendarEventFacts>;

/** An ISO 3166-1 alpha-2 code, such as FR. */
const countryCode = z
  .string({ error: 'expected a country code such as FR' })
  .refine(isCountryCode, { error: 'expected an ISO 3166-1 alpha-2 country code in capitals, such as FR' });

/** A port of entry in a member city and whether the sources agree that the policy applies there. */
const entryPort = z.strictObject({
  name: bilingual,
  status: z.enum(portStatuses, { error: oneOf(portStatuses) }).default('confirmed'),
  source: sourceRef,
});

/**
 * A visa-free entry policy (content/entry/{slug}.yaml): who it covers, for how long, until when, the
 * conditions, and for the policies that work through named ports, the ports and stay area per city.
 */
export const entryPolicyFacts = z
  .strictObject({
    name: bilingual,
    kind: z.enum(entryKinds, { error: oneOf(entryKinds) }),
    authority: z.enum(entryAuthorities, { error: oneOf(entryAuthorities) }),
    /** The most days one stay may last. */
    stayDays: positiveWhole,
    /** The day the rule now in force was announced. */
    announced: isoDate.optional(),
    from: isoDate.optional(),
    /** The last day the policy applies, for a time-limited policy. */
    until: isoDate.optional(),
    conditions: z.array(bilingual).default([]),
    countries: z.array(countryCode, { error: 'expected a list of country codes' }),
    /** False where the list could not be sourced in full: the page then says so and links the authority. */
    countriesComplete: z.boolean({ error: 'expected true or false' }),
    countriesSource: sourceRef,
    /** Countries whose dates differ from the policy's (added later, or a trial that ends sooner). */
    countryDates: z.array(z.strictObject({ code: countryCode, from: isoDate.optional(), until: isoDate.optional(), source: sourceRef })).default([]),
    /** The member cities where the policy works through named ports, with the area a delegate may stay in. */
    cities: z
      .array(
        z.strictObject({
          city: slug,
          ports: z.array(entryPort).min(1, { error: 'expected at least one port' }),
          stayArea: bilingual.extend({ source: sourceRef }),
          /** Where sources disagree or are old: said as it is, never resolved by guessing. */
          note: bilingual.optional(),
        }),
      )
      .default([]),
    sources,
  })
  .superRefine((policy, ctx) => {
    type Ref = [(string | number)[], string | undefined];
    if (policy.from && policy.until && policy.until.getTime() < policy.from.getTime()) ctx.addIssue({ code: 'custom', path: ['until'], message: 'expected an end date on or after from' });
    policy.countryDates.forEach((entry, index) => {
      if (!policy.countries.includes(entry.code)) ctx.addIssue({ code: 'custom', path: ['countryDates', index, 'code'], message: `${entry.code} is not in countries` });
    });
    policy.countries.forEach((code, index) => {
      if (policy.countries.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: ['countries', index], message: `duplicate country ${code}` });
    });
    checkSourceRefs(ctx, policy.sources, [
      [['countriesSource'], policy.countriesSource],
      ...policy.countryDates.map((d, i): Ref => [['countryDates', i], d.source]),
      ...policy.cities.flatMap((c, i): Ref[] => [[['cities', i, 'stayArea'], c.stayArea.source], ...c.ports.map((p, j): Ref => [['cities', i, 'ports', j], p.source])]),
    ]);
  });
export type EntryPolicyFacts = z.output<typeof entryPolicyFacts>;

const summary = text.max(240, { error: 'expected a summary of at most 240 characters' });

/** Frontmatter of the prose files, per kind of entity. */
export const proseFrontmatter = {
  cities: z.strictObject({ summary }),
  venues: z.strictObject({ summary }),
  news: z.strictObject({ title: text, summary }),
  pages: z.strictObject({ title: text, description: summary }),
} as const satisfies Record<ProseKind, z.ZodType>;

/** What Astro's `texts` collection accepts: the union of the above, checked per kind by the validator. */
export const anyProseFrontmatter = z.object({
  title: text.optional(),
  summary: summary.optional(),
  description: summary.optional(),
});
