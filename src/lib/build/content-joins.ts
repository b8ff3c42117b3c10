/**
 * The relations between entities, resolved once per build: a city's venues, ambassadors, news and
 * events; a news item's cities and events. Pages ask these maps instead of filtering every list.
 */
interface Joinable {
  cities: readonly { slug: string }[];
  venues: readonly { slug: string; record: { city: string } }[];
  news: readonly { slug: string; facts: { cities: readonly string[] } }[];
  ambassadors: readonly { slug: string; facts: { city: string } }[];
  events: readonly { slug: string; facts: { city: string; news?: string } }[];
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

export function joinContent<C extends Joinable>(content: C) {
  type Of<K extends keyof Joinable> = C[K][number];
  const citiesBySlug = new Map(content.cities.map((city) => [city.slug, city as Of<'cities'>]));
  return {
    venuesByCity: groupBy<Of<'venues'>>(content.venues, (v) => [v.record.city]),
    ambassadorsByCity: groupBy<Of<'ambassadors'>>(content.ambassadors, (a) => [a.facts.city]),
    newsByCity: groupBy<Of<'news'>>(content.news, (n) => n.facts.cities),
    eventsByCity: groupBy<Of<'events'>>(content.events, (e) => [e.facts.city]),
    eventsByNews: groupBy<Of<'events'>>(content.events, (e) => (e.facts.news ? [e.facts.news] : [])),
    /** A news item's cities, in the order the item lists them; unknown slugs are left out. */
    citiesOfNews: new Map(content.news.map((n) => [n.slug, n.facts.cities.flatMap((slug) => citiesBySlug.get(slug) ?? [])])),
  };
}

export type ContentJoins<C extends Joinable> = ReturnType<typeof joinContent<C>>;
