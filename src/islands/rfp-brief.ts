/**
 * The request page's assessment of its venues against the brief, and each venue's lines: loaded when
 * the request has a programme, so a request without one does not load the matching rules.
 */
import { partLine } from '../lib/shared/brief-text.ts';
import type { RfpWording } from '../lib/shared/rfp-text.ts';
import type { RfpVenue } from '../lib/shared/rfp.ts';
import { partLineElement } from './part-lines.ts';

export { assessRequest } from '../lib/shared/rfp.ts';

/** One line per part of the brief under a venue, its sources numbered as the venue's list numbers them. */
export const venueLines = (a: RfpVenue, w: RfpWording) => a.parts.map((part) => partLineElement(partLine(w, part, a.venue?.sources ?? []), w.phrases));
