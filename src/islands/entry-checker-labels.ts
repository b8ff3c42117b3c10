/** The words the entry checker shows, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { keysStartingWith, pick } from '../i18n/ui.ts';

const keys = [...keysStartingWith('entry.result.'), ...keysStartingWith('entry.reason.'), 'entry.confirm', 'entry.reasonSeparator', 'entry.until', 'entry.anyPortShort', 'entry.unresolved', 'reason.listSeparator', 'common.colon'] as const;

export const entryCheckerLabels = (locale: Locale) => pick(locale, keys);
export type EntryCheckerLabels = ReturnType<typeof entryCheckerLabels>;
