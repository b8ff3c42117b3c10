/** The words the venue finder island shows, picked on the server for one language and passed to it typed. */
import type { Locale } from '../i18n/locales.ts';
import { pick } from '../i18n/ui.ts';
import { outcomes } from '../lib/shared/outcome.ts';
import { briefTextKeys } from '../lib/shared/brief-text.ts';
import { layouts } from '../lib/shared/seating.ts';
import { figureFilters } from '../lib/shared/venue-filter.ts';

/** How a brief's outcome and its parts are worded wherever venues are matched to one (the finder and the RFP). */
export const briefOutcomeKeys = [
  ...outcomes.map((outcome) => `brief.group.${outcome}` as const),
  ...outcomes.map((outcome) => `brief.groupHint.${outcome}` as const),
  ...briefTextKeys,
  ...layouts.map((layout) => `layout.${layout}` as const),
  ...figureFilters.map((filter) => `filter.${filter}` as const),
] as const;

const keys = [
  'finder.count',
  'finder.countOpen',
  'finder.loadError',
  'finder.facetCount',
  'finder.group.match',
  'finder.group.unknown',
  'brief.group.no-room-figures',
  'brief.groupHint.no-room-figures',
  'brief.cities',
  'brief.cityCount',
  'brief.cityFits',
  'brief.cityLikely',
  'brief.cityMayFit',
  'brief.noneFit',
  'brief.noEvidence',
  'brief.ask',
  'rfp.fromBriefNote',
  ...briefOutcomeKeys,
] as const;

export const finderLabels = (locale: Locale) => pick(locale, keys);
export type FinderLabels = ReturnType<typeof finderLabels>;
