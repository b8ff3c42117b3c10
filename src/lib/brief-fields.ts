/** The event brief's form fields, shared by the venue finder and the request for proposal. Names are the URL query's keys (finder-query.ts). */
import type { UiKey } from '../i18n/ui.ts';
import type { Layout } from './layouts.ts';

export const briefFields: readonly { name: string; label: UiKey; layout?: Layout }[] = [
  { name: 'plenary', label: 'brief.plenary' },
  { name: 'plenaryLayout', label: 'brief.plenaryLayout', layout: 'theatre' },
  { name: 'breakouts', label: 'brief.breakouts' },
  { name: 'breakoutSeats', label: 'brief.breakoutSeats' },
  { name: 'breakoutLayout', label: 'brief.breakoutLayout', layout: 'classroom' },
  { name: 'exhibition', label: 'brief.exhibition' },
  { name: 'cityHotels', label: 'brief.cityHotels' },
];
