/** The event brief's form fields, shared by the venue finder and the request for proposal. Names are the URL query's keys. */
import type { UiKey } from '../../i18n/ui.ts';
import { briefDefaults, briefKeys } from '../shared/brief-query.ts';
import type { Layout } from '../shared/seating.ts';

export const briefFields: readonly { name: string; label: UiKey; layout?: Layout }[] = [
  { name: briefKeys.plenary, label: 'brief.plenary' },
  { name: briefKeys.plenaryLayout, label: 'brief.plenaryLayout', layout: briefDefaults.plenaryLayout },
  { name: briefKeys.breakouts, label: 'brief.breakouts' },
  { name: briefKeys.breakoutSeats, label: 'brief.breakoutSeats' },
  { name: briefKeys.breakoutLayout, label: 'brief.breakoutLayout', layout: briefDefaults.breakoutLayout },
  { name: briefKeys.exhibition, label: 'brief.exhibition' },
  { name: briefKeys.cityHotels, label: 'brief.cityHotels' },
];
