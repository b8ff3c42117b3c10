/**
 * The compare page's board pack: criteria read from the venue and city records, weights (0–5) and
 * must-haves kept in the URL, and scores computed from published figures only. A figure nobody
 * published is unknown: it is left out of the score (which then says how many criteria it rests
 * on) and leaves a must-have open, never counted as zero.
 */
import { positiveWhole } from './brief-query.ts';
import { boardKeys } from './board-query.ts';
import type { Label, SourceName } from './records.ts';
import type { VenueSummary } from './venue-summary.ts';
import type { CitySummary, VenueFigure } from './city-summary.ts';
import type { ShortlistKind } from './shortlist.ts';
import { largestListedRoom, roomListing } from './venues.ts';
import type { Layout } from './seating.ts';

/** A figure a criterion reads, with where it comes from. */
export interface BoardFigure {
  value: number;
  source: SourceName | null;
  /** The year the figure was true, where the source says. */
  year: number | null;
  /** Published as a lower bound ("100+"). */
  orMore?: boolean;
  /** Published as approximate ("about 16,000"). */
  about?: boolean;
  /** What the figure is of, where the criterion picks one of several (the airport's code). */
  of?: string;
}

/** A figure that counts less than the criterion asks (Chengdu's rooms in four- and five-star hotels only): shown with its scope, never compared or scored. */
export interface ScopedFigure extends BoardFigure {
  scope: Label;
}

export interface Criterion<T> {
  key: string;
  /** Whether more is better (seats, rooms) or less (kilometres to the airport). */
  better: 'more' | 'less';
  unit?: 'sqm' | 'km';
  figure: (item: T) => BoardFigure | null;
  /** Where `figure` is null, a figure of narrower scope to show beside the criterion, unscored. */
  scoped?: (item: T) => ScopedFigure | null;
}

const sourceOf = (sources: readonly SourceName[], id: string | undefined) => sources.find((s) => s.id === id) ?? null;

/** The venue total `key` with its source, or null where nobody published it. */
const venueTotal =
  (key: 'exhibitionSpace' | 'meetingSpace' | 'hotelRooms' | 'airportKm') =>
  (v: VenueSummary): BoardFigure | null => {
    const value = v[key];
    const detail = v.figureDetails[key];
    return value === null ? null : { value, source: sourceOf(v.sources, detail?.source), year: detail?.year ?? null, orMore: detail?.orMore ?? false };
  };

/** The largest listed room by `measure` (venues.ts's one rule), as a figure with that room's source. */
function largestRoom(v: VenueSummary, measure: Layout | 'area'): BoardFigure | null {
  const largest = largestListedRoom(v, measure);
  return largest && { value: largest.value, source: sourceOf(v.sources, largest.room.source), year: null, orMore: largest.orMore };
}

export const venueCriteria: Criterion<VenueSummary>[] = [
  { key: 'theatre', better: 'more', figure: (v) => largestRoom(v, 'theatre') },
  { key: 'largestRoom', better: 'more', unit: 'sqm', figure: (v) => largestRoom(v, 'area') },
  { key: 'exhibition', better: 'more', unit: 'sqm', figure: venueTotal('exhibitionSpace') },
  {
    key: 'meetingRooms',
    better: 'more',
    figure: (v) => {
      const listing = roomListing(v);
      if (listing.complete) return { value: listing.listed, source: v.sources[0] ?? null, year: null };
      const detail = v.figureDetails.meetingRoomsTotal;
      return listing.total === null ? null : { value: listing.total, source: sourceOf(v.sources, detail?.source), year: detail?.year ?? null, orMore: listing.totalOrMore };
    },
  },
  { key: 'meetingSpace', better: 'more', unit: 'sqm', figure: venueTotal('meetingSpace') },
  { key: 'hotelRooms', better: 'more', figure: venueTotal('hotelRooms') },
  { key: 'airport', better: 'less', unit: 'km', figure: venueTotal('airportKm') },
];

/** A city's best venue figure (city-summary.ts) as a board figure, with that venue's source. */
const venueFigure = (f: VenueFigure | null): BoardFigure | null => f && { value: f.value, source: f.source, year: f.year, orMore: f.orMore };

const cityHotels = (c: CitySummary): BoardFigure => {
  const h = c.hotelRooms as NonNullable<CitySummary['hotelRooms']>;
  return { value: h.value, source: sourceOf(c.sources, h.source), year: h.year, orMore: h.orMore, about: h.about };
};

/** City criteria, read from the city's summary (its figures and the best of its venues on this site). */
export const cityCriteria: Criterion<CitySummary>[] = [
  {
    // Hotel rooms in the whole city: a count the source limits ("four- and five-star") is no city-wide total.
    key: 'hotelRooms',
    better: 'more',
    figure: (c) => (c.hotelRooms && !c.hotelRooms.scope ? cityHotels(c) : null),
    scoped: (c) => (c.hotelRooms?.scope ? { ...cityHotels(c), scope: c.hotelRooms.scope } : null),
  },
  {
    key: 'airport',
    better: 'less',
    unit: 'km',
    figure: (c) =>
      c.airports.reduce<BoardFigure | null>(
        (best, a) => (a.km !== null && (!best || a.km < best.value) ? { value: a.km, source: sourceOf(c.sources, a.source), year: null, of: a.code } : best),
        null,
      ),
  },
  {
    key: 'icca',
    better: 'more',
    figure: (c) => {
      const latest = c.icca;
      return latest?.meetings ? { value: latest.meetings, source: sourceOf(c.sources, latest.source), year: latest.year } : null;
    },
  },
  { key: 'venues', better: 'more', figure: (c) => ({ value: c.venueCount, source: null, year: null }) },
  { key: 'theatre', better: 'more', figure: (c) => venueFigure(c.bestTheatre) },
  { key: 'exhibition', better: 'more', unit: 'sqm', figure: (c) => venueFigure(c.bestExhibition) },
  {
    key: 'ambassadors',
    better: 'more',
    figure: (c) => (c.conventionAmbassadors ? { value: c.conventionAmbassadors.value, source: sourceOf(c.sources, c.conventionAmbassadors.source), year: c.conventionAmbassadors.year } : null),
  },
];

/** What the board set: a weight per criterion (0–5; 1 where not set) and must-have thresholds. */
export interface BoardSettings {
  weights: Record<string, number>;
  musts: Record<string, number>;
}
export const defaultWeight = 1;
export const maxWeight = 5;

const pairs = (value: string | null) => (value ?? '').split(',').map((pair) => pair.split(':') as [string, string | undefined]);

/** Reads one kind's settings; unknown criteria, weights outside 0–5 and thresholds that are not positive whole numbers are dropped. */
export function parseBoardSettings(params: URLSearchParams, kind: ShortlistKind, criteria: readonly Pick<Criterion<unknown>, 'key'>[]): BoardSettings {
  const known = new Set(criteria.map((c) => c.key));
  const weights: Record<string, number> = {};
  for (const [key, value] of pairs(params.get(boardKeys[kind].weights))) {
    if (known.has(key) && value !== undefined && /^[0-5]$/.test(value)) weights[key] = Number(value);
  }
  const musts: Record<string, number> = {};
  for (const [key, value] of pairs(params.get(boardKeys[kind].musts))) {
    const n = positiveWhole(value ?? null);
    if (known.has(key) && n !== undefined) musts[key] = n;
  }
  return { weights, musts };
}

/** Writes one kind's settings into `params`, leaving out default weights so links stay short. */
export function writeBoardSettings(params: URLSearchParams, kind: ShortlistKind, settings: BoardSettings): void {
  const weights = Object.entries(settings.weights).filter(([, w]) => w !== defaultWeight);
  const musts = Object.entries(settings.musts);
  params.delete(boardKeys[kind].weights);
  params.delete(boardKeys[kind].musts);
  if (weights.length > 0) params.set(boardKeys[kind].weights, weights.map(([k, w]) => `${k}:${w}`).join(','));
  if (musts.length > 0) params.set(boardKeys[kind].musts, musts.map(([k, n]) => `${k}:${n}`).join(','));
}

export const weightOf = (settings: BoardSettings, key: string) => settings.weights[key] ?? defaultWeight;

export type MustState = 'met' | 'fails' | 'unknown';

export interface CriterionScore {
  key: string;
  figure: BoardFigure | null;
  weight: number;
  /** The figure as a share of the best among those compared (0–1); null where the figure is unknown. */
  points: number | null;
  must?: MustState;
}

export interface ItemScore<T> {
  item: T;
  /** 0–100, or null when no weighted criterion has a figure. */
  score: number | null;
  /** Weighted criteria with a figure, of all weighted criteria. */
  known: number;
  total: number;
  criteria: CriterionScore[];
  /** The must-haves it fails, and those that stay open for want of a figure. */
  fails: string[];
  open: string[];
}

/**
 * Scores each item: every weighted criterion's figure as a share of the best among `items` (for
 * "less is better", the best divided by this one), times its weight, summed, divided by the weights
 * of the figures that are known, as 0–100. Unknown figures take no part, in either sum.
 */
export function boardScores<T>(items: readonly T[], criteria: readonly Criterion<T>[], settings: BoardSettings): ItemScore<T>[] {
  const figures = items.map((item) => criteria.map((c) => c.figure(item)));
  const best = criteria.map((c, i) => {
    const known = figures.flatMap((row) => (row[i] ? [row[i].value] : []));
    if (known.length === 0) return null;
    return c.better === 'more' ? Math.max(...known) : Math.min(...known);
  });
  return items.map((item, row) => {
    const scores = criteria.map((c, i): CriterionScore => {
      const figure = figures[row]?.[i] ?? null;
      const top = best[i] ?? null;
      let points: number | null = null;
      if (figure && top !== null) {
        if (c.better === 'more') points = top === 0 ? 1 : figure.value / top;
        else points = figure.value === 0 ? 1 : top / figure.value;
      }
      const threshold = settings.musts[c.key];
      const must: MustState | undefined = threshold === undefined ? undefined : !figure ? 'unknown' : (c.better === 'more' ? figure.value >= threshold : figure.value <= threshold) ? 'met' : 'fails';
      return { key: c.key, figure, weight: weightOf(settings, c.key), points, ...(must ? { must } : {}) };
    });
    const weighted = scores.filter((s) => s.weight > 0);
    const known = weighted.filter((s) => s.points !== null);
    const weightSum = known.reduce((sum, s) => sum + s.weight, 0);
    const score = weightSum > 0 ? Math.round((100 * known.reduce((sum, s) => sum + s.weight * (s.points as number), 0)) / weightSum) : null;
    return {
      item,
      score,
      known: known.length,
      total: weighted.length,
      criteria: scores,
      fails: scores.filter((s) => s.must === 'fails').map((s) => s.key),
      open: scores.filter((s) => s.must === 'unknown').map((s) => s.key),
    };
  });
}

/**
 * Items in the board's order: those that fail no must-have first, then by how many weighted criteria
 * the score rests on, then by score (unscored last). A score on one criterion is never ranked above
 * one on five, however high: it compares less.
 */
export function rankByScore<T>(scores: readonly ItemScore<T>[]): ItemScore<T>[] {
  return [...scores].sort(
    (a, b) => Number(a.fails.length > 0) - Number(b.fails.length > 0) || Number(a.score === null) - Number(b.score === null) || b.known - a.known || (b.score ?? -1) - (a.score ?? -1),
  );
}
