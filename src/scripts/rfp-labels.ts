/** The words the request-for-proposal island shows, picked on the server for one language and passed to it typed. */
import { enRfp } from '../i18n/en/planning.ts';
import type { Locale } from '../i18n/locales.ts';
import { pick } from '../i18n/ui.ts';
import { outcomes } from '../lib/brief.ts';
import { layouts } from '../lib/layouts.ts';
import { reasonKeys } from '../lib/reason-text.ts';
import { figureFilters } from '../lib/venue-filter.ts';

const keys = [
  ...(Object.keys(enRfp) as (keyof typeof enRfp)[]),
  'brief.rooms',
  ...outcomes.map((outcome) => `brief.group.${outcome}` as const),
  ...outcomes.filter((outcome) => outcome !== 'fits').map((outcome) => `brief.groupHint.${outcome}` as const),
  ...reasonKeys,
  ...layouts.map((layout) => `layout.${layout}` as const),
  ...figureFilters.map((filter) => `filter.${filter}` as const),
] as const;

export const rfpLabels = (locale: Locale) => pick(locale, keys);
export type RfpLabels = ReturnType<typeof rfpLabels>;
