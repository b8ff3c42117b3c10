/**
 * The event brief's part of a URL query (plenary, breakouts, exhibition, hotel rooms in the city):
 * read by the venue finder and the request for proposal alike. Unknown or malformed values are
 * dropped, never trusted: the query comes from anyone.
 */
import type { EventBrief } from './brief.ts';
import { isLayout, type Layout } from './layouts.ts';

/** A positive whole number of at most seven digits, or undefined. */
export function positiveWhole(value: string | null): number | undefined {
  if (value === null || !/^\d{1,7}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export const layoutOr = (value: string | null, fallback: Layout): Layout => (isLayout(value) ? value : fallback);

/** The brief in a query, or undefined without plenary seats (layouts mean nothing without sizes). */
export function parseBriefQuery(params: URLSearchParams): EventBrief | undefined {
  const plenarySeats = positiveWhole(params.get('plenary'));
  if (plenarySeats === undefined) return undefined;
  const brief: EventBrief = { plenary: { seats: plenarySeats, layout: layoutOr(params.get('plenaryLayout'), 'theatre') } };
  const breakoutRooms = positiveWhole(params.get('breakouts'));
  const breakoutSeats = positiveWhole(params.get('breakoutSeats'));
  if (breakoutRooms !== undefined && breakoutSeats !== undefined) {
    brief.breakouts = { rooms: breakoutRooms, seats: breakoutSeats, layout: layoutOr(params.get('breakoutLayout'), 'classroom') };
  }
  const exhibition = positiveWhole(params.get('exhibition'));
  if (exhibition !== undefined) brief.exhibitionArea = exhibition;
  const cityHotels = positiveWhole(params.get('cityHotels'));
  if (cityHotels !== undefined) brief.cityHotelRooms = cityHotels;
  return brief;
}

/** Sets the brief's keys on `params`. */
export function writeBriefQuery(params: URLSearchParams, brief: EventBrief): void {
  params.set('plenary', String(brief.plenary.seats));
  params.set('plenaryLayout', brief.plenary.layout);
  if (brief.breakouts) {
    params.set('breakouts', String(brief.breakouts.rooms));
    params.set('breakoutSeats', String(brief.breakouts.seats));
    params.set('breakoutLayout', brief.breakouts.layout);
  }
  if (brief.exhibitionArea !== undefined) params.set('exhibition', String(brief.exhibitionArea));
  if (brief.cityHotelRooms !== undefined) params.set('cityHotels', String(brief.cityHotelRooms));
}
