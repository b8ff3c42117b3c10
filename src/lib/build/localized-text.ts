import { locales, otherLocale, type Locale } from '../../i18n/locales.ts';

/** Which language's prose a page in `locale` shows, and whether that is a fallback. */
export type TextChoice<Text> = {
  text: Text;
  /** The language the prose is written in (the page's `lang` for that prose). */
  textLocale: Locale;
  /** True when the page's language has no prose and the other language's is shown. */
  isFallback: boolean;
};

/**
 * Picks the prose for a page: its own language's if written, else the other language's, marked as
 * a fallback so the page shows a notice. Undefined only when neither language has prose.
 */
export function chooseText<Text>(texts: Partial<Record<Locale, Text>>, locale: Locale): TextChoice<Text> | undefined {
  const own = texts[locale];
  if (own !== undefined) return { text: own, textLocale: locale, isFallback: false };
  const other = texts[otherLocale(locale)];
  if (other !== undefined) return { text: other, textLocale: otherLocale(locale), isFallback: true };
  return undefined;
}

export type LocalizedRoute<Entity, Text> = TextChoice<Text> & {
  locale: Locale;
  slug: string;
  entity: Entity;
};

/**
 * Every page of a kind of entity in every language: one route per (entity, locale), fallback routes
 * included, so that no page is ever missing from one language. Entities without any prose get none.
 */
export function localizedRoutes<Entity extends { slug: string; texts: Partial<Record<Locale, unknown>> }>(
  entities: readonly Entity[],
): LocalizedRoute<Entity, NonNullable<Entity['texts'][Locale]>>[] {
  type Text = NonNullable<Entity['texts'][Locale]>;
  return locales.flatMap((locale) =>
    entities.flatMap((entity) => {
      const choice = chooseText(entity.texts as Partial<Record<Locale, Text>>, locale);
      return choice ? [{ locale, slug: entity.slug, entity, ...choice }] : [];
    }),
  );
}

/** The routes of a page that exists once per language and nothing else (lists, feeds): `getStaticPaths = localePaths`. */
export function localePaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}
