/**
 * The event brief's part of a URL query (plenary, breakouts, exhibition, hotel rooms in the city):
 * read by the venue finder and the request for proposal alike. Unknown or malformed values are
 * dropped, never trusted: the query comes from anyone. Kept free of the venue rules so the RFP
 * page's script stays small.
 */
import type { EventBrief } from './brief.ts';
import { isLayout, type Layout } from './seating.ts';

/** The query key of each part of the brief; also the names of the brief's form fields. */
export const briefKeys = {
  plenary: 'plenary',
  plenaryLayout: 'plenaryLayout',
  breakouts: 'breakouts',
  breakoutSeats: 'breakoutSeats',
  breakoutLayout: 'breakoutLayout',
  exhibition: 'exhibition',
  cityHotels: 'cityHotels',
} as const;

/** The layouts a brief assumes when the query names none: planners' usual plenary and breakout set-ups. */
export const briefDefaults = { plenaryLayout: 'theatre', breakoutLayout: 'classroom' } as const satisfies Record<string, Layout>;

/** The brief's fields that take a number; clearing the brief empties these. */
export const briefNumberKeys = [briefKeys.plenary, briefKeys.breakouts, briefKeys.breakoutSeats, briefKeys.exhibition, briefKeys.cityHotels] as const;

/** A positive whole number of at most seven digits, or undefined. */
export function positiveWhole(value: string | null): number | undefined {
  if (value === null || !/^\d{1,7}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export const layoutOr = (value: string | null, fallback: Layout): Layout => (isLayout(value) ? value : fallback);

/** The brief in a query, or undefined without plenary seats (layouts mean nothing without sizes). */
export function parseBriefQuery(params: URLSearchParams): EventBrief | undefined {
  const plenarySeats = positiveWhole(params.get(briefKeys.plenary));
  if (plenarySeats === undefined) return undefined;
  const brief: EventBrief = { plenary: { seats: plenarySeats, layout: layoutOr(params.get(briefKeys.plenaryLayout), briefDefaults.plenaryLayout) } };
  const breakoutRooms = positiveWhole(params.get(briefKeys.breakouts));
  const breakoutSeats = positiveWhole(params.get(briefKeys.breakoutSeats));
  if (breakoutRooms !== undefined && breakoutSeats !== undefined) {
    brief.breakouts = { rooms: breakoutRooms, seats: breakoutSeats, layout: layoutOr(params.get(briefKeys.breakoutLayout), briefDefaults.breakoutLayout) };
  }
  const exhibition = positiveWhole(params.get(briefKeys.exhibition));
  if (exhibition !== undefined) brief.exhibitionArea = exhibition;
  const cityHotels = positiveWhole(params.get(briefKeys.cityHotels));
  if (cityHotels !== undefined) brief.cityHotelRooms = cityHotels;
  return brief;
}

/** Sets the brief's keys on `params`. */
export function writeBriefQuery(params: URLSearchParams, brief: EventBrief): void {
  params.set(briefKeys.plenary, String(brief.plenary.seats));
  params.set(briefKeys.plenaryLayout, brief.plenary.layout);
  if (brief.breakouts) {
    params.set(briefKeys.breakouts, String(brief.breakouts.rooms));
    params.set(briefKeys.breakoutSeats, String(brief.breakouts.seats));
    params.set(briefKeys.breakoutLayout, brief.breakouts.layout);
  }
  if (brief.exhibitionArea !== undefined) params.set(briefKeys.exhibition, String(brief.exhibitionArea));
  if (brief.cityHotelRooms !== undefined) params.set(briefKeys.cityHotels, String(brief.cityHotelRooms));
}
