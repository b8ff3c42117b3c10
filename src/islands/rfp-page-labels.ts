/** The words the request-for-proposal island shows, picked on the server for one language and passed to it typed. */
import { enRfp } from '../i18n/en/planning.ts';
import type { Locale } from '../i18n/locales.ts';
import { pick } from '../i18n/ui.ts';
import { briefOutcomeKeys } from './venue-finder-labels.ts';

const keys = [...(Object.keys(enRfp) as (keyof typeof enRfp)[]), ...briefOutcomeKeys] as const;

export const rfpLabels = (locale: Locale) => pick(locale, keys);
export type RfpLabels = ReturnType<typeof rfpLabels>;
