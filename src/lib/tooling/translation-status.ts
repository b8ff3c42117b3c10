import { locales, otherLocale, type Locale } from '../../i18n/locales.ts';

/** When a prose file entered git and when it last changed (seconds since 1970; uncommitted = now). */
export interface FileHistory {
  added: number;
  changed: number;
}

export type TranslationStatus =
  | { state: 'missing'; missing: Locale; source: Locale }
  | { state: 'outdated'; source: Locale; outdated: Locale }
  | { state: 'up-to-date'; source: Locale };

/**
 * Whether an entity's prose is translated and current. The source language is the file written
 * first; the translation is outdated when the source changed after it last did. When both were
 * added together, the one changed last is taken as the source.
 */
export function translationStatus(files: Partial<Record<Locale, FileHistory>>): TranslationStatus | undefined {
  const present = locales.filter((locale) => files[locale] !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) {
    const source = present[0] as Locale;
    return { state: 'missing', missing: otherLocale(source), source };
  }
  const [en, zh] = [files.en as FileHistory, files.zh as FileHistory];
  const source: Locale =
    en.added !== zh.added ? (en.added < zh.added ? 'en' : 'zh') : en.changed >= zh.changed ? 'en' : 'zh';
  const translation = otherLocale(source);
  const sourceFile = files[source] as FileHistory;
  const translationFile = files[translation] as FileHistory;
  return sourceFile.changed > translationFile.changed
    ? { state: 'outdated', source, outdated: translation }
    : { state: 'up-to-date', source };
}
