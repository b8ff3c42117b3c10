/**
 * The request as an e-mail: a business letter in a `mailto:` link within what mail clients take,
 * addressed to the published e-mail addresses, ending with a link to the request. Loaded when the
 * planner goes to write it (as the QR encoder and the file writers are), so the request page's own
 * script stays small.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import { countFields, dayFields, rfpKeys, rfpQuery, type LinkScope, type RfpRequest } from './rfp-query.ts';
import { requestFields, type RfpWording } from './rfp-text.ts';

/** The most characters the `mailto:` link may have, counted on the link itself, as encoded: what a mail client is handed and cuts. */
export const mailtoLimit = 1800;

export interface MailLine {
  key: string;
  line: string;
}

export interface MailtoParts {
  /** Addresses to write to; none where no e-mail address is published. */
  recipients: readonly string[];
  subject: string;
  /** The subject without the event's name: used when the name does not fit twice. */
  shortSubject: string;
  /** Greeting and introduction: always kept. */
  opening: readonly string[];
  /** What a venue needs to answer (event, dates, delegates, programme, contact, reply-by): kept while anything else can go. */
  essentials: readonly MailLine[];
  /** The other lines (hotel rooms, decision date, budget): they go, from the end, after the notes, venue names and the link's free text. */
  others: readonly MailLine[];
  /** The heading of the venue list, and one line per venue; names go from the end, `moreVenues` saying how many. */
  venuesHeading: string;
  venues: readonly string[];
  moreVenues: (left: number, shown: number) => string;
  /** The notes line, or '' for none: the first thing to go. */
  notes: string;
  /** The closing line for each link, from the full request to the shortest; the body always ends with one. */
  links: readonly { scope: LinkScope; line: string }[];
  /** The sign-off: "Kind regards," then the planner's name. */
  closing: readonly string[];
  /** The organisation under the name, or '': with the line counting the venues, the last to go before the essentials. */
  organisation: string;
}

/** What the e-mail holds: its link, and exactly what it left out. */
export interface MailResult {
  href: string;
  scope: LinkScope;
  notesShown: boolean;
  venuesShown: number;
  /** The keys of the lines left out (from `others`, then the essentials as a last resort). */
  linesLeftOut: string[];
  /** The subject lost the event's name. */
  shortSubject: boolean;
  /** The organisation under the signature went (only when nothing else was left to give). */
  organisationLeftOut: boolean;
}

/** Percent-encoding as RFC 6068 asks of a header value, leaving as they are the delimiters it allows there (not "+", which some clients read as a space). */
const encode = (text: string) => encodeURIComponent(text).replace(/%(2C|3A|40|3B|24)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const mailtoHref = (recipients: readonly string[], subject: string, lines: readonly string[]) =>
  `mailto:${recipients.map(encode).join(',')}?subject=${encode(subject)}&body=${encode(lines.join('\r\n'))}`;

/**
 * The longest e-mail within `mailtoLimit`, giving way in this order: the notes, venue names from the
 * end of the list, then the link's free text (a link without notes, then without any free text);
 * only then the other lines from the end and the event's name in the subject (with that link, then
 * with the link of the programme and venues alone), the line counting the venues and the
 * organisation under the signature, and last the essentials from the end.
 */
export function rfpMailto(parts: MailtoParts): MailResult {
  const write = (link: MailtoParts['links'][number], notes: boolean, shown: number, others: number, essentials: number, short: boolean, extras = true): MailResult => {
    const left = parts.venues.length - shown;
    // With no name shown, one line says how many venues the request names.
    const venueLines =
      parts.venues.length === 0 ? [] : shown === 0 ? (extras ? ['', parts.moreVenues(left, 0)] : []) : ['', parts.venuesHeading, ...parts.venues.slice(0, shown), ...(left > 0 ? [parts.moreVenues(left, shown)] : [])];
    const lines = [
      ...parts.opening,
      '',
      ...parts.essentials.slice(0, essentials).map((l) => l.line),
      ...parts.others.slice(0, others).map((l) => l.line),
      ...venueLines,
      ...(notes && parts.notes ? ['', parts.notes] : []),
      '',
      link.line,
      ...parts.closing,
      ...(extras && parts.organisation ? [parts.organisation] : []),
    ];
    return {
      href: mailtoHref(parts.recipients, short ? parts.shortSubject : parts.subject, lines),
      scope: link.scope,
      notesShown: notes && parts.notes !== '',
      venuesShown: shown,
      linesLeftOut: [...parts.others.slice(others), ...parts.essentials.slice(essentials)].map((l) => l.key),
      shortSubject: short && parts.subject !== parts.shortSubject,
      organisationLeftOut: !extras && parts.organisation !== '',
    };
  };
  const fits = (result: MailResult) => result.href.length <= mailtoLimit;
  const all = { others: parts.others.length, essentials: parts.essentials.length };
  // The programme-and-venues link drops figures, not free text: it comes after the other lines.
  const textLinks = parts.links.filter((l) => l.scope !== 'venues');
  for (const link of textLinks) {
    for (const notes of [true, false]) {
      for (let shown = parts.venues.length; shown >= 0; shown -= 1) {
        const result = write(link, notes, shown, all.others, all.essentials, false);
        if (fits(result)) return result;
      }
    }
  }
  const shortest = parts.links[parts.links.length - 1] ?? { scope: 'programme' as const, line: '' };
  for (const link of new Set([textLinks[textLinks.length - 1] ?? shortest, shortest])) {
    for (const short of [false, true]) {
      for (let others = all.others; others >= 0; others -= 1) {
        const result = write(link, false, 0, others, all.essentials, short);
        if (fits(result)) return result;
      }
    }
  }
  for (let essentials = all.essentials; essentials >= 0; essentials -= 1) {
    const result = write(shortest, false, 0, 0, essentials, true, false);
    if (fits(result)) return result;
  }
  return write(shortest, false, 0, 0, 0, true, false);
}

/** The lines a venue needs to answer, in the order it reads them; then the others. */
const essentialKeys = ['event', 'dates', 'delegates', 'international', 'programme', 'contact', 'replyBy'] as const;
const otherKeys = ['peakRooms', 'roomNights', 'decideBy', 'budget'] as const;

/**
 * The e-mail: subject with the event's name, a greeting, the essentials, the other lines, the
 * venues, the notes, the link and a sign-off with the planner's name and organisation; within the
 * `mailto:` limit (rfpMailto decides what gives way).
 */
export function rfpEmail(
  request: RfpRequest,
  venues: readonly { name: string; city: string }[],
  links: readonly { scope: LinkScope; url: string }[],
  recipients: readonly string[],
  w: RfpWording,
): MailResult {
  const p = w.phrases;
  const fields = new Map(requestFields(request, w).map((f) => [f.key, f]));
  // In a letter the contact line gives how to reach the planner; the name signs it.
  const contact = [request.email, request.phone].filter(Boolean).join(p['reason.listSeparator']);
  const line = (key: string) => {
    const field = fields.get(key);
    const value = key === 'contact' ? contact : field?.value;
    return field && value ? [{ key, line: fill(p['rfp.mail.line'], { label: field.label, value: value.replace(/\s*\n\s*/g, ' ') }) }] : [];
  };
  const notes = fields.get('notes');

  const parts: MailtoParts = {
    recipients,
    subject: request.event ? fill(p['rfp.mail.subject'], { event: request.event }) : p['rfp.mail.subjectNoEvent'],
    shortSubject: p['rfp.mail.subjectNoEvent'],
    opening: [p['rfp.mail.greeting'], p['rfp.mail.intro']],
    essentials: essentialKeys.flatMap(line),
    others: otherKeys.flatMap(line),
    venuesHeading: p['rfp.mail.venues'],
    venues: venues.map((v) => fill(p['rfp.mail.venue'], v)),
    moreVenues: (left, shown) => fill(p[shown === 0 ? 'rfp.mail.venuesInLink' : 'rfp.mail.moreVenues'], { n: w.formatNumber(left) }),
    notes: notes ? fill(p['rfp.mail.line'], { label: notes.label, value: notes.value.replace(/\s*\n\s*/g, ' ') }) : '',
    links: links.map((link) => ({ scope: link.scope, line: fill(p[`rfp.mail.link.${link.scope}`], { url: link.url }) })),
    closing: ['', p['rfp.mail.closing'], ...(request.name ? [request.name] : [])],
    organisation: request.organisation,
  };
  return rfpMailto(parts);
}

/** The request's fields behind each e-mail line that a link can leave out. */
const lineFields: Record<string, readonly string[]> = {
  event: ['event'],
  dates: ['dates', 'flexibility'],
  delegates: ['delegates', 'international'],
  international: ['international'],
  programme: ['gala'],
  contact: ['email', 'phone'],
  replyBy: ['replyBy'],
  peakRooms: ['peakRooms'],
  roomNights: ['roomNights'],
  decideBy: ['decideBy'],
  budget: ['budget'],
};

/**
 * Exactly what the e-mail left out, in words, or '' when it holds everything: the notes, how many
 * venue names, which lines, the event's name in the subject, what its link leaves out; then where
 * those are found (the link, the e-mail's text, or only the files).
 */
export function mailLeftOutNote(result: MailResult, request: RfpRequest, venueCount: number, w: RfpWording): string {
  const p = w.phrases;
  const labels = new Map(requestFields(request, w).map((f) => [f.key, f.label]));
  const label = (key: string) => labels.get(key) ?? p[`rfp.label.${key}` as 'rfp.label.event'] ?? key;
  const linkDrops = leftOutOfLink(request, result.scope);
  const notesOut = request.notes !== '' && !result.notesShown;
  const body = [
    notesOut ? p['rfp.mailLeft.notes'] : '',
    result.venuesShown < venueCount
      ? fill(p[result.venuesShown === 0 ? 'rfp.mailLeft.allVenues' : 'rfp.mailLeft.venues'], { left: w.formatNumber(venueCount - result.venuesShown), total: w.formatNumber(venueCount) })
      : '',
    result.linesLeftOut.length > 0 ? fill(p['rfp.mailLeft.lines'], { labels: result.linesLeftOut.map(label).join(p['reason.listSeparator']) }) : '',
    result.shortSubject ? p['rfp.mailLeft.subject'] : '',
    result.organisationLeftOut ? p['rfp.mailLeft.organisation'] : '',
  ].filter(Boolean);
  const link = linkDrops.length > 0 ? fill(p['rfp.mailLeft.link'], { labels: linkDrops.map(label).join(p['reason.listSeparator']) }) : '';
  if (body.length === 0 && !link) return '';
  // What neither the body nor the link holds: only the files do.
  const lost = (notesOut && linkDrops.includes('notes')) || (result.organisationLeftOut && linkDrops.includes('organisation')) || result.linesLeftOut.some((key) => (lineFields[key] ?? []).some((f) => linkDrops.includes(f)));
  const where = lost ? 'rfp.mailLeft.attach' : body.length > 0 && link ? 'rfp.mailLeft.each' : body.length > 0 ? 'rfp.mailLeft.inLink' : 'rfp.mailLeft.inBody';
  return fill(p['rfp.mailLeft.note'], { limit: w.formatNumber(mailtoLimit), parts: [...body, link].filter(Boolean).join(p['reason.separator']), where: p[where] });
}

/** The fields with a value that a link of `scope` leaves out, in form order (free text, then dates and figures). */
export function leftOutOfLink(request: RfpRequest, scope: LinkScope): string[] {
  const kept = new URLSearchParams(rfpQuery(request, scope));
  const given = new URLSearchParams(rfpQuery(request, 'full'));
  const fields = ['event', 'organisation', 'dates', 'flexibility', 'name', 'email', 'phone', 'budget', 'notes', ...countFields, ...dayFields] as const;
  return fields.filter((field) => given.has(rfpKeys[field]) && !kept.has(rfpKeys[field]));
}
