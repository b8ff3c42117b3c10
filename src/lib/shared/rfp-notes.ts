/**
 * Each venue's note in a request, in the page's language: the rooms that would hold the programme,
 * and what rules the venue out or needs confirming. With the assessment (rfp.ts), it loads only when
 * the request has a programme to assess.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import { reasonText } from './reason-text.ts';
import type { RfpReason, RfpVenue } from './rfp.ts';
import type { RfpWording } from './rfp-text.ts';
import { roomName } from './venues.ts';

/** A reason in words: the gala's own, or the brief's (reason-text.ts). */
export function rfpReasonText(reason: RfpReason, w: RfpWording): string {
  const { phrases: p, formatNumber: n } = w;
  switch (reason.kind) {
    case 'gala-size':
      return reason.largest === null ? fill(p['rfp.reason.galaNone'], { needed: n(reason.needed) }) : fill(p['rfp.reason.galaSize'], { largest: n(reason.largest), needed: n(reason.needed) });
    case 'gala-unknown':
      return fill(p['rfp.reason.galaUnknown'], { needed: n(reason.needed) });
    default:
      return reasonText(reason, p, w.locale, n);
  }
}

/** Under a venue: the rooms that would hold the programme (unless it does not fit), then what rules it out or what to confirm. */
export function venueNoteLines(a: RfpVenue, w: RfpWording): string[] {
  const { phrases: p, locale } = w;
  const name = (room: Parameters<typeof roomName>[0]) => roomName(room, locale).text;
  const lines: string[] = [];
  if (a.plenaryRoom) lines.push(fill(p['brief.rooms'], { room: name(a.plenaryRoom), breakouts: (a.breakoutRooms ?? []).map(name).join(p['reason.listSeparator']) }));
  if (a.galaRoom) lines.push(fill(p['rfp.galaRoom'], { room: name(a.galaRoom) }));
  if (a.reasons.length > 0) lines.push(a.reasons.map((r) => rfpReasonText(r, w)).join(p['reason.separator']));
  return lines;
}
