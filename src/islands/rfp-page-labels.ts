/** The words the request-for-proposal island shows, picked on the server for one language and passed to it typed (not those only its markup shows). */
import type { Locale } from '../i18n/locales.ts';
import { keysStartingWith, pick } from '../i18n/ui.ts';
import { rfpMarkupKeys, type RfpScriptKey } from '../lib/shared/rfp-text.ts';
import { briefOutcomeKeys } from './venue-finder-labels.ts';

const markupOnly = new Set<string>(rfpMarkupKeys);
const keys = [...keysStartingWith('rfp.').filter((key): key is RfpScriptKey => !markupOnly.has(key)), ...briefOutcomeKeys, 'common.colon'] as const;

export const rfpLabels = (locale: Locale) => pick(locale, keys);
export type RfpLabels = ReturnType<typeof rfpLabels>;
