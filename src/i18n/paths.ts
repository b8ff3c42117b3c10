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
