/**
 * The dictionaries: each language's strings (en/ and zh/: ui.ts for the site, planning.ts for the
 * planning tools) plus the labels of the closed vocabularies (src/lib/shared/vocabulary-labels.json),
 * under keys such as `layout.theatre`. `translate()` fills placeholders and picks plural forms.
 * Build-time only: browser islands get the strings they need from their page, typed.
 */
import vocabularyLabels from '../lib/shared/vocabulary-labels.json' with { type: 'json' };
import { enPlanning } from './en/planning.ts';
import { enTravel } from './en/travel.ts';
import { en } from './en/ui.ts';
import { type Locale } from './locales.ts';
import { phrase } from './phrase.ts';
import { zhPlanning } from './zh/planning.ts';
import { zhTravel } from './zh/travel.ts';
import { zh } from './zh/ui.ts';

type VocabularyLabels = typeof vocabularyLabels;
/** `layout.theatre`, `venueType.resort`, …: a vocabulary's labels under their dictionary keys. */
type VocabularyKey = { [P in keyof VocabularyLabels]: `${P}.${keyof VocabularyLabels[P] & string}` }[keyof VocabularyLabels];

/** The vocabularies' labels in one language as dictionary entries: `{ layout: { theatre: … } }` → `{ 'layout.theatre': 'Theatre' }`. */
const vocabulary = (locale: Locale) =>
  Object.fromEntries(
    Object.entries(vocabularyLabels).flatMap(([prefix, labels]) => Object.entries<{ en: string; zh: string }>(labels).map(([key, label]) => [`${prefix}.${key}`, label[locale]])),
  ) as Record<VocabularyKey, string>;

export type UiKey = keyof typeof en | keyof typeof enPlanning | keyof typeof enTravel | VocabularyKey;

const dictionaries: Record<Locale, Record<UiKey, string>> = {
  en: { ...en, ...enPlanning, ...enTravel, ...vocabulary('en') },
  zh: { ...zh, ...zhPlanning, ...zhTravel, ...vocabulary('zh') },
};

/**
 * The UI string for a key, with `{name}` placeholders filled from `values`. Where the key has a
 * `.one` form and `{n}` is singular in the language's plural rules, that form is used ("1 venue").
 */
export function translate(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return phrase(locale, dictionaries[locale], key, values);
}

/** All strings of one language, placeholders unfilled: for dictionary-free wording modules. */
export function dictionary(locale: Locale): Record<UiKey, string> {
  return dictionaries[locale];
}

/**
 * The raw strings for the keys given, for an island's typed label set (placeholders unfilled), with
 * each key's `.one` form where it has one, so the island words counts as translate() does.
 */
export function pick<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const strings = dictionaries[locale];
  return Object.fromEntries(keys.flatMap((key) => [key, `${key}.one`].filter((k) => k in strings).map((k) => [k, strings[k as UiKey]]))) as Record<K, string>;
}

/** Every dictionary key that starts with `prefix` (`'rfp.'`), typed as exactly those keys: a whole set for an island's labels. */
export function keysStartingWith<P extends string>(prefix: P): Extract<UiKey, `${P}${string}`>[] {
  return (Object.keys(dictionaries.en) as UiKey[]).filter((key): key is Extract<UiKey, `${P}${string}`> => key.startsWith(prefix));
}

/** A translate function bound to one locale: `const t = useTranslations('zh'); t('nav.cities')`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values);
}
