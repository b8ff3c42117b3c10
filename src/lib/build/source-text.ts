/** How a cited source is named on a page: publisher in the page's language, the document's own language marked. */
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import type { SourceRecord } from '../shared/records.ts';

/** Each page language's names of languages, made once: a build names thousands of sources. */
const languageNames = new Map<Locale, Intl.DisplayNames>();

/**
 * The name of a source's language as a reader of `locale` writes it beside a citation:
 * "Chinese" / "英文". Chinese editors mark a document's language with 文 (英文, 日文), not 语.
 */
export function languageLabel(language: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([intlLocale[locale]], { type: 'language' })));
  const name = names.of(language) ?? language;
  return locale === 'zh' ? name.replace(/语$/, '文') : name;
}

/** The 1-based number of a source in its entity's list, for the "[n]" marks that point to it. */
export function sourceNumber(sources: readonly Pick<SourceRecord, 'id'>[], id: string): number {
  const index = sources.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no source "${id}" in this list`);
  return index + 1;
}

/** The source a figure names, from its entity's list. */
export function sourceById<S extends Pick<SourceRecord, 'id'>>(sources: readonly S[], id: string): S {
  return sources[sourceNumber(sources, id) - 1] as S;
}
