/** The words the venue finder island shows, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { keysStartingWith, pick } from '../i18n/ui.ts';
import { outcomes } from '../lib/shared/brief.ts';
import { layouts } from '../lib/shared/seating.ts';
import { reasonKeys } from '../lib/shared/reason-text.ts';
import { figureFilters } from '../lib/shared/venue-filter.ts';

/** How a brief's outcome is worded wherever venues are matched to one (the finder and the RFP). */
export const briefOutcomeKeys = [
  'brief.rooms',
  ...outcomes.map((outcome) => `brief.group.${outcome}` as const),
  ...outcomes.filter((outcome) => outcome !== 'fits').map((outcome) => `brief.groupHint.${outcome}` as const),
  ...reasonKeys,
  ...layouts.map((layout) => `layout.${layout}` as const),
  ...figureFilters.map((filter) => `filter.${filter}` as const),
] as const;

const keys = [
  'finder.count',
  'finder.loadError',
  'finder.facetCount',
  'finder.group.match',
  'finder.group.unknown',
  'brief.cities',
  'brief.cityCount',
  'brief.noneFit',
  'rfp.fromBriefNote',
  ...briefOutcomeKeys,
  ...keysStartingWith('dates.'),
] as const;

export const finderLabels = (locale: Locale) => pick(locale, keys);
export type FinderLabels = ReturnType<typeof finderLabels>;
