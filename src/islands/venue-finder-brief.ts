/**
 * The venue finder's brief: each venue assessed part by part and grouped by outcome, each group
 * ranked, each card's lines, the cities ranked. Loaded by the finder when a brief is entered, so a
 * visit that only filters does not load the matching rules.
 */
import { askableRanking, assessVenue, cityHotelSupply, defaultRequest, groupForBrief, rankCitiesByFit, type BriefGroup, type EventBrief, type VenueAssessment } from '../lib/shared/brief.ts';
import { openPartsText, partLine, type Wording } from '../lib/shared/brief-text.ts';
import type { FinderIndex, IndexedVenue } from '../lib/shared/finder-index.ts';
import type { FilterResult } from '../lib/shared/venue-filter.ts';
import { element } from './dom.ts';
import { partLineElement } from './part-lines.ts';
import type { FinderLabels } from './venue-finder-labels.ts';

/** One group of results: its heading, a hint, and per venue what goes under its card. */
export interface Group {
  key: string;
  heading: string;
  hint?: string;
  venues: { venue: IndexedVenue; note: HTMLElement[] }[];
}

export interface BriefContext {
  w: Wording & { phrases: FinderLabels };
  say: (key: keyof FinderLabels & string, values?: Record<string, string | number>) => string;
  cities: FinderIndex['cities'];
  cityNames: Record<string, string>;
  /** The line under a card for the filters a venue leaves open, if any. */
  filterNote: (venue: IndexedVenue, result: FilterResult | undefined) => HTMLElement[];
  limit: number;
}


export function briefView(brief: EventBrief, shown: IndexedVenue[], results: Map<string, FilterResult>, c: BriefContext) {
  const { w, say } = c;
  const strings = w.phrases;
  const hotels = new Map(c.cities.map((city) => [city.slug, cityHotelSupply(city)]));
  const assessments = shown.map((v) => {
    const a = assessVenue(v, brief, hotels.get(v.city) ?? null);
    // A venue a filter leaves open cannot be said to fit or likely fit: it may, once the figure is known.
    return results.get(v.slug)?.unknown.length && (a.outcome === 'fits' || a.outcome === 'likely-fits') ? { ...a, outcome: 'may-fit' as const } : a;
  });
  const grouped = groupForBrief(assessments);
  const note = (a: VenueAssessment<IndexedVenue>) => {
    const open = a.outcome === 'fits' || a.outcome === 'does-not-fit' ? '' : openPartsText(w, a.parts);
    return [
      ...a.parts.map((part) => partLineElement(partLine(w, part, a.venue.sources), strings)),
      ...(open ? [element('p', 'font-medium', open)] : []),
      ...c.filterNote(a.venue, results.get(a.venue.slug)),
    ];
  };
  const groups: Group[] = (Object.keys(grouped) as BriefGroup[]).map((key) => ({
    key,
    heading: say(`brief.group.${key}`, { n: grouped[key].length }),
    hint: strings[`brief.groupHint.${key}`],
    venues: grouped[key].map((a) => ({ venue: a.venue, note: note(a) })),
  }));

  // The cities, by venues that fit, then likely fit, then may fit with evidence.
  const summary: HTMLElement[] = [];
  const cities = rankCitiesByFit(assessments);
  if (cities.length === 0) {
    summary.push(element('p', 'text-base font-semibold text-ink-950', strings[assessments.some((a) => a.outcome === 'may-fit') ? 'brief.noEvidence' : 'brief.noneFit']));
  } else {
    const ol = element('ol', 'mt-1 flex flex-wrap gap-2 text-sm');
    for (const { city, fits, likely, mayFit } of cities) {
      const counts = [say('brief.cityFits', { n: fits }), say('brief.cityLikely', { n: likely }), say('brief.cityMayFit', { n: mayFit })].filter((_, i) => [fits, likely, mayFit][i]);
      ol.append(element('li', 'tag', say('brief.cityCount', { city: c.cityNames[city] ?? city, counts: counts.join(strings['reason.listSeparator']) })));
    }
    summary.push(element('h2', 'text-sm font-semibold text-ink-800', strings['brief.cities']), ol);
  }
  return {
    groups,
    summary,
    asked: defaultRequest(grouped, c.limit),
    ranked: askableRanking(grouped),
  };
}
