/**
 * Each venue's note in a request, in the page's language: one line per part of the brief, with its
 * level, the rooms and figures behind it and their sources (brief-text.ts). With the assessment
 * (rfp.ts), it loads only when the request has a programme to assess.
 */
import { partLine, partLineText } from './brief-text.ts';
import type { RfpWording } from './rfp-text.ts';
import type { RfpVenue } from './rfp.ts';

/** Under a venue, as text: one line per part of the brief. */
export function venueNoteLines(a: RfpVenue, w: RfpWording): string[] {
  const sources = a.venue?.sources ?? [];
  return a.parts.map((part) => partLineText(w, partLine(w, part, sources)));
}
