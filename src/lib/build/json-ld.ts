/** schema.org objects for the page types, in the page's language. */
import { htmlLang, type Locale } from '../../i18n/locales.ts';
import { entityPath, localizedPath } from '../../i18n/paths.ts';
import { translate } from '../../i18n/ui.ts';
import type { AllianceRecord, CityRecord, VenueRecord } from '../shared/records.ts';
import type { EventFacts, NewsFacts } from './schemas.ts';
import { isoDay } from './format.ts';
import { headlineCapacity, roomListing } from '../shared/venues.ts';
import { localSiteUrl } from './site-url.ts';

const absolute = (site: URL | undefined, path: string) => new URL(path, site ?? localSiteUrl).href;

export function allianceJsonLd(locale: Locale, site: URL | undefined, alliance: AllianceRecord): Record<string, unknown> {
  const { contact } = alliance.secretariat;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: alliance.name[locale],
    alternateName: alliance.shortName[locale],
    url: absolute(site, localizedPath(locale)),
    foundingDate: alliance.founded.date,
    foundingLocation: { '@type': 'Place', name: alliance.founded.place[locale] },
    inLanguage: htmlLang[locale],
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: translate(locale, 'footer.secretariat'),
      name: contact.name[locale],
      ...(contact.phone ? { telephone: contact.phone.replace(/ /g, '-') } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    },
  };
}

/** What every entity object starts with: its type, name, description, address on this site and language. */
const entity = (type: string, locale: Locale, site: URL | undefined, path: string, name: string, description: string) => ({
  '@context': 'https://schema.org',
  '@type': type,
  name,
  description,
  url: absolute(site, path),
  inLanguage: htmlLang[locale],
});

export function cityJsonLd(locale: Locale, site: URL | undefined, city: CityRecord, description: string) {
  return {
    ...entity('City', locale, site, entityPath(locale, 'cities', city.slug), city.name[locale], description),
    geo: { '@type': 'GeoCoordinates', latitude: city.coordinates.lat, longitude: city.coordinates.lng },
    containedInPlace: { '@type': 'AdministrativeArea', name: city.province[locale] },
  };
}

export function venueJsonLd(locale: Locale, site: URL | undefined, venue: VenueRecord, description: string) {
  // Only a complete room list tells the venue's maximum; a partial one tells the largest room listed.
  const headline = roomListing(venue).complete ? headlineCapacity(venue) : undefined;
  return {
    ...entity('EventVenue', locale, site, entityPath(locale, 'venues', venue.slug), venue.name[locale], description),
    ...(venue.address ? { address: venue.address[locale] } : {}),
    ...(venue.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: venue.coordinates.lat, longitude: venue.coordinates.lng } } : {}),
    ...(headline ? { maximumAttendeeCapacity: headline.seats } : {}),
    ...(venue.website ? { sameAs: venue.website } : {}),
  };
}

export function newsJsonLd(locale: Locale, site: URL | undefined, slug: string, news: NewsFacts, title: string, summary: string, publisher: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    datePublished: isoDay(news.date),
    inLanguage: htmlLang[locale],
    url: absolute(site, entityPath(locale, 'news', slug)),
    publisher: { '@type': 'Organization', name: publisher },
  };
}

export function eventJsonLd(locale: Locale, site: URL | undefined, event: EventFacts, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name[locale],
    startDate: isoDay(event.start),
    endDate: isoDay(event.end),
    inLanguage: htmlLang[locale],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.place[locale] },
    url: absolute(site, url),
  };
}
