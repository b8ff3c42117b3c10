/** The words the request-for-proposal island shows, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { keysStartingWith, pick } from '../i18n/ui.ts';
import { briefOutcomeKeys } from './venue-finder-labels.ts';

const keys = [...keysStartingWith('rfp.'), ...briefOutcomeKeys, 'common.colon'] as const;

export const rfpLabels = (locale: Locale) => pick(locale, keys);
export type RfpLabels = ReturnType<typeof rfpLabels>;
