/**
 * The request as an e-mail: a `mailto:` link within what mail clients take, ending with a link to the
 * request. Loaded when the planner goes to write it (as the QR encoder and the file writers are), so
 * the request page's own script stays small.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import type { LinkScope, RfpRequest } from './rfp-query.ts';
import { requestFields, type RequestField, type RfpWording } from './rfp-text.ts';

/** The most characters the `mailto:` link may have, counted on the link itself, as encoded: what a mail client is handed and cuts. */
export const mailtoLimit = 1800;

export interface MailtoParts {
  /** Addresses to write to; none where the content has none. */
  recipients: readonly string[];
  subject: string;
  /** Lines that always go first (what the event is), in order; the last ones go if nothing else helps. */
  head: readonly string[];
  /** One line per venue, in order; trimmed from the end, with `moreVenues(left, shown)` saying how many were left out. */
  venues: readonly string[];
  moreVenues: (left: number, shown: number) => string;
  /** The notes line, or '' for none: the first thing dropped. */
  notes: string;
  /** The closing line for each link, from the full request to the shortest; the body always ends with one. */
  links: readonly { scope: LinkScope; line: string }[];
}

const encode = (text: string) => encodeURIComponent(text);
const mailtoHref = (recipients: readonly string[], subject: string, lines: readonly string[]) =>
  `mailto:${recipients.map(encode).join(',')}?subject=${encode(subject)}&body=${encode(lines.join('\r\n'))}`;

/**
 * A `mailto:` link of at most `mailtoLimit` characters whose body ends with a link to the request,
 * the full one wherever it can. When too long it drops, in turn: the notes, venues from the end of
 * the list, head lines from the end; only then does it take a shorter link (without notes, then
 * without free text) and start again; last, only the shortest link.
 */
export function rfpMailto(parts: MailtoParts): { href: string; scope: LinkScope; venuesShown: number; notesShown: boolean } {
  const attempt = (link: MailtoParts['links'][number], head: readonly string[], notes: boolean, venuesShown: number) => {
    const left = parts.venues.length - venuesShown;
    const lines = [...head, ...parts.venues.slice(0, venuesShown), ...(left > 0 ? [parts.moreVenues(left, venuesShown)] : []), ...(notes && parts.notes ? [parts.notes] : []), '', link.line];
    return { href: mailtoHref(parts.recipients, parts.subject, lines), scope: link.scope, venuesShown, notesShown: notes && parts.notes !== '' };
  };
  for (const link of parts.links) {
    for (const notes of [true, false]) {
      for (let shown = parts.venues.length; shown >= 0; shown -= 1) {
        const result = attempt(link, parts.head, notes, shown);
        if (result.href.length <= mailtoLimit) return result;
      }
    }
    for (let kept = parts.head.length - 1; kept >= 0; kept -= 1) {
      const result = attempt(link, parts.head.slice(0, kept), false, 0);
      if (result.href.length <= mailtoLimit) return result;
    }
  }
  const shortest = parts.links[parts.links.length - 1] ?? { scope: 'programme' as const, line: '' };
  // Only the link: the subject is cut to what is left.
  let subject = parts.subject;
  while (subject !== '' && mailtoHref(parts.recipients, subject, [shortest.line]).length > mailtoLimit) subject = Array.from(subject).slice(0, -1).join('');
  return { href: mailtoHref(parts.recipients, subject, [shortest.line]), scope: shortest.scope, venuesShown: 0, notesShown: false };
}

/**
 * The e-mail: subject with the event's name, a greeting, the request's fields, the venues, then the
 * link; within the `mailto:` limit (rfpMailto decides what to leave out).
 */
export function rfpEmail(
  request: RfpRequest,
  venues: readonly { name: string; city: string }[],
  links: readonly { scope: LinkScope; url: string }[],
  recipients: readonly string[],
  w: RfpWording,
) {
  const p = w.phrases;
  const fields = requestFields(request, w);
  const line = (field: RequestField) => fill(p['rfp.mail.line'], { label: field.label, value: field.value.replace(/\s*\n\s*/g, ' ') });
  const notes = fields.find((f) => f.key === 'notes');
  const parts: MailtoParts = {
    recipients,
    subject: request.event ? fill(p['rfp.mail.subject'], { event: request.event }) : p['rfp.mail.subjectNoEvent'],
    head: [p['rfp.mail.greeting'], p['rfp.mail.intro'], '', ...fields.filter((f) => f.key !== 'notes').map(line), ...(venues.length > 0 ? ['', p['rfp.mail.venues']] : [])],
    venues: venues.map((v) => fill(p['rfp.mail.venue'], v)),
    moreVenues: (left, shown) => fill(p[shown === 0 ? 'rfp.mail.venuesInLink' : 'rfp.mail.moreVenues'], { n: w.formatNumber(left) }),
    notes: notes ? `\r\n${line(notes)}` : '',
    links: links.map((link) => ({ scope: link.scope, line: fill(p[`rfp.mail.link.${link.scope}`], { url: link.url }) })),
  };
  return rfpMailto(parts);
}
