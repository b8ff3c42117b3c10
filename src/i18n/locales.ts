/** The site's languages. `en` is listed first only for stable ordering; neither is a default. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** The BCP 47 tag each locale declares in `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Each language's own name, as a reader of that language writes it. */
export const languageName: Record<Locale, string> = { en: 'English', zh: '中文' };

/** Intl formatting locale for numbers, dates and sorting. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Open Graph's locale form (`og:locale`). */
export const ogLocale: Record<Locale, string> = { en: 'en_GB', zh: 'zh_CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
