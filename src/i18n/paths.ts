import { isLocale, locales, type Locale } from './locales.ts';

/**
 * The site-relative URL of a page in a locale: `localizedPath('zh', 'cities/hangzhou')` is
 * `/zh/cities/hangzhou/`. Pages end in a slash; files (`rss.xml`, `events.ics`) do not.
 */
export function localizedPath(locale: Locale, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return `/${locale}/`;
  const isFile = /\.[a-z0-9]+$/i.test(trimmed);
  return `/${locale}/${trimmed}${isFile ? '' : '/'}`;
}

/** The kinds of entity that have a page of their own, by the folder of their URL. */
export type EntityKind = 'cities' | 'venues' | 'news';

/** An entity's page: `entityPath('en', 'venues', 'x')` is `/en/venues/x/`. */
export function entityPath(locale: Locale, kind: EntityKind, slug: string): string {
  return localizedPath(locale, `${kind}/${slug}`);
}

/** The id of an event's row on the events page, and the link to it. Events have no page of their own. */
export const eventAnchor = (slug: string) => `event-${slug}`;
export const eventPath = (locale: Locale, slug: string) => `${localizedPath(locale, 'events')}#${eventAnchor(slug)}`;

/** The locale a pathname belongs to, or undefined for `/`, `/404.html` and other unprefixed paths. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/** The pathname without its locale prefix: `/en/cities/xian/` → `cities/xian`. */
export function pathWithoutLocale(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return segments.join('/');
}

/** The same page in another language: `/en/join/` → `/zh/join/`. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizedPath(target, pathWithoutLocale(pathname));
}

/** Every language version of a page, for `<link rel="alternate" hreflang>`. */
export function alternatePaths(path: string): { locale: Locale; href: string }[] {
  return locales.map((locale) => ({ locale, href: localizedPath(locale, path) }));
}
