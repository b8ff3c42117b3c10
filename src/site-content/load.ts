/**
 * Reads every collection once per build and joins facts with their prose by slug.
 * Pages ask this module for entities; the pure rules they apply live in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { alliance } from './alliance.ts';
import { joinContent, type ContentJoins } from '../lib/build/content-joins.ts';
import { cityRecord, venueRecord } from '../lib/build/open-data.ts';
import { airportPositions, straightLines } from '../lib/build/airport-distances.ts';
import type { CityRecord, VenueRecord } from '../lib/shared/records.ts';

export type TextEntry = CollectionEntry<'texts'>;
type Texts = Partial<Record<Locale, TextEntry>>;

/** A city: its normalised record (the figures every page and the open data read), photo and prose. */
export interface City {
  slug: string;
  record: CityRecord;
  hero: CollectionEntry<'cities'>['data']['hero'];
  texts: Texts;
}
/** A venue: its normalised record, photo and prose. */
export interface Venue {
  slug: string;
  record: VenueRecord;
  hero: CollectionEntry<'venues'>['data']['hero'];
  texts: Texts;
}
export interface NewsItem {
  slug: string;
  facts: CollectionEntry<'news'>['data'];
  texts: Texts;
}
export interface AlliancePage {
  slug: string;
  texts: Texts;
}
export interface Ambassador {
  slug: string;
  facts: CollectionEntry<'ambassadors'>['data'];
}
export interface SiteEvent {
  slug: string;
  facts: CollectionEntry<'events'>['data'];
}

interface Entities {
  cities: City[];
  venues: Venue[];
  news: NewsItem[];
  pages: AlliancePage[];
  ambassadors: Ambassador[];
  events: SiteEvent[];
}

/** Every entity, and the relations between them resolved once. */
export interface SiteContent extends Entities {
  joins: ContentJoins<Entities>;
  /** Each city's name in one language, by slug: for lists, facets and the islands. */
  cityNames: (locale: Locale) => Map<string, string>;
}

function groupTexts(entries: TextEntry[]): Map<string, Texts> {
  const byEntity = new Map<string, Texts>();
  for (const entry of entries) {
    const [kind, slug, locale] = entry.id.split('/');
    if (!kind || !slug || !isLocale(locale)) continue;
    const key = `${kind}/${slug}`;
    byEntity.set(key, { ...byEntity.get(key), [locale]: entry });
  }
  return byEntity;
}

const byName = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);

async function load(): Promise<SiteContent> {
  const texts = groupTexts(await getCollection('texts'));
  const textsOf = (kind: string, slug: string): Texts => texts.get(`${kind}/${slug}`) ?? {};
  const [cities, venues, news, ambassadors, events] = await Promise.all([
    getCollection('cities'),
    getCollection('venues'),
    getCollection('news'),
    getCollection('ambassadors'),
    getCollection('events'),
  ]);
  const airportsOf = new Map(cities.map((e) => [e.id, e.data.airports.map((a) => a.code)]));
  const positions = await airportPositions([...airportsOf.values()].flat());
  const pageSlugs = [...texts.keys()].filter((key) => key.startsWith('pages/')).map((key) => key.slice('pages/'.length));
  const entities: Entities = {
    cities: cities.map((e) => ({ slug: e.id, record: cityRecord(e.id, e.data, alliance.foundingCities.cities), hero: e.data.hero, texts: textsOf('cities', e.id) })).sort(byName),
    venues: venues
      .map((e) => ({
        slug: e.id,
        record: venueRecord(e.id, e.data, straightLines(e.data.coordinates ?? null, airportsOf.get(e.data.city) ?? [], positions)),
        hero: e.data.hero,
        texts: textsOf('venues', e.id),
      }))
      .sort(byName),
    news: news
      .map((e) => ({ slug: e.id, facts: e.data, texts: textsOf('news', e.id) }))
      .sort((a, b) => b.facts.date.getTime() - a.facts.date.getTime()),
    pages: pageSlugs.map((slug) => ({ slug, texts: textsOf('pages', slug) })).sort(byName),
    ambassadors: ambassadors.map((e) => ({ slug: e.id, facts: e.data })).sort(byName),
    events: events
      .map((e) => ({ slug: e.id, facts: e.data }))
      .sort((a, b) => a.facts.start.getTime() - b.facts.start.getTime()),
  };
  const cityNames = (locale: Locale) => new Map(entities.cities.map((c) => [c.slug, c.record.name[locale]]));
  return { ...entities, joins: joinContent(entities), cityNames };
}

let cached: Promise<SiteContent> | undefined;

/** All content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
