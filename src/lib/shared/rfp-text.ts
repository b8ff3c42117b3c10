/**
 * A request for proposal in words, in the page's language: its fields as label and value, its dates
 * and programme (each venue's note is in rfp-notes.ts, loaded with the assessment). Dictionary-free: the island passes the phrases the page gave it.
 */
import { fillPlaceholders as fill } from '../../i18n/placeholders.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { EventBrief, Outcome } from './brief.ts';
import { spanText } from './span-text.ts';
import type { Layout } from './seating.ts';
import type { Phrases } from './brief-text.ts';
import { inSentence } from './seating.ts';
import { readDates, type RfpDates, type RfpRequest } from './rfp-query.ts';

/**
 * The request's words that only its markup shows (the page, RfpForm, RfpSheet): written into the
 * HTML on the server and never sent to the script, which cannot read them (RfpPhrases leaves them out).
 */
export const rfpMarkupKeys = [
  'rfp.title', 'rfp.description', 'rfp.lead', 'rfp.needsJs', 'rfp.requestProposals',
  'rfp.formTitle', 'rfp.formEvent', 'rfp.formPeople', 'rfp.formProgramme', 'rfp.formPlanner', 'rfp.datesHint', 'rfp.budgetHint', 'rfp.notesHint', 'rfp.update',
  'rfp.venues', 'rfp.flagged', 'rfp.drop', 'rfp.qrShow', 'rfp.qrTitle',
  'rfp.contactsTitle', 'rfp.contactCity', 'rfp.contactEmail', 'rfp.contactPhone', 'rfp.contactWebsite', 'rfp.contactSource', 'rfp.contactNone', 'rfp.contactsNoEmail', 'rfp.secretariat', 'rfp.venueWebsites',
  'rfp.send', 'rfp.print', 'rfp.json', 'rfp.csv', 'rfp.email', 'rfp.emailNote',
] as const satisfies readonly UiKey[];

/** The request's words its script reads. */
export type RfpScriptKey = Exclude<Extract<UiKey, `rfp.${string}`>, (typeof rfpMarkupKeys)[number]>;

export type RfpPhrases = Phrases & Record<RfpScriptKey | `brief.group.${Outcome}`, string> & Partial<Record<`brief.groupHint.${Outcome}`, string>>;

export interface RfpWording {
  phrases: RfpPhrases;
  locale: 'en' | 'zh';
  formatNumber: (n: number) => string;
}

/** Dates as the language writes them: "May 2027", "12–15 May 2027" / "2027年5月", "2027年5月12日至15日"; text as it is. */
export function datesText(dates: RfpDates, locale: 'en' | 'zh'): string {
  if (dates.kind === 'none') return '';
  if (dates.kind === 'text') return dates.value;
  return dates.kind === 'range' ? spanText(dates.from, dates.to, locale) : spanText(dates.value, dates.value, locale);
}

/**
 * The programme in one line: plenary, breakouts, exhibition, gala. The city's hotel stock, a finder
 * filter, is left out: it is nothing a venue can quote for.
 */
export function programmeText(brief: EventBrief | undefined, gala: number | undefined, w: RfpWording): string {
  const { phrases: p, formatNumber: n } = w;
  const layout = (l: Layout) => inSentence(p[`layout.${l}`]);
  const parts = [
    brief && fill(p['rfp.value.plenary'], { seats: n(brief.plenary.seats), layout: layout(brief.plenary.layout) }),
    brief?.breakouts && fill(p['rfp.value.breakouts'], { rooms: n(brief.breakouts.rooms), seats: n(brief.breakouts.seats), layout: layout(brief.breakouts.layout) }),
    brief?.exhibitionArea !== undefined && fill(p['rfp.value.exhibition'], { area: n(brief.exhibitionArea) }),
    gala !== undefined && fill(p['rfp.value.gala'], { n: n(gala) }),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.join(p['reason.separator']);
}

export interface RequestField {
  key: string;
  label: string;
  value: string;
}

/** A day (YYYY-MM-DD) as the language writes it, "1 March 2027" / "2027年3月1日"; '' where none is given. */
export const givenDayText = (day: string | undefined, locale: 'en' | 'zh') => (day ? datesText({ kind: 'day', value: day }, locale) : '');

/** The planner's name, e-mail and phone in one line, as given. */
export const contactText = (request: RfpRequest, w: RfpWording) => [request.name, request.email, request.phone].filter(Boolean).join(w.phrases['reason.listSeparator']);

/** The request's fields that have a value, in the order a venue reads them. */
export function requestFields(request: RfpRequest, w: RfpWording): RequestField[] {
  const { phrases: p, formatNumber: n, locale } = w;
  const { counts } = request;
  const dates = datesText(readDates(request.dates), locale);
  const flexibility = request.flexibility ? p[`rfp.flex.${request.flexibility}`] : '';
  const delegates =
    counts.delegates !== undefined && counts.international !== undefined
      ? fill(p['rfp.value.abroad'], { n: n(counts.delegates), abroad: n(counts.international) })
      : counts.delegates !== undefined
        ? fill(p['rfp.value.people'], { n: n(counts.delegates) })
        : '';
  const fields: RequestField[] = [
    { key: 'event', label: p['rfp.label.event'], value: request.event },
    { key: 'organisation', label: p['rfp.label.organisation'], value: request.organisation },
    { key: 'dates', label: p['rfp.label.dates'], value: dates && flexibility ? fill(p['rfp.value.datesFlex'], { dates, flexibility }) : dates || flexibility },
    { key: 'programme', label: p['rfp.label.programme'], value: programmeText(request.brief, counts.gala, w) },
    { key: 'delegates', label: p['rfp.label.delegates'], value: delegates },
    { key: 'international', label: p['rfp.label.international'], value: counts.delegates === undefined && counts.international !== undefined ? fill(p['rfp.value.people'], { n: n(counts.international) }) : '' },
    { key: 'peakRooms', label: p['rfp.label.peakRooms'], value: counts.peakRooms === undefined ? '' : fill(p['rfp.value.peakRooms'], { n: n(counts.peakRooms) }) },
    { key: 'roomNights', label: p['rfp.label.roomNights'], value: counts.roomNights === undefined ? '' : fill(p['rfp.value.roomNights'], { n: n(counts.roomNights) }) },
    { key: 'budget', label: p['rfp.label.budget'], value: request.budget },
    { key: 'contact', label: p['rfp.label.contact'], value: contactText(request, w) },
    { key: 'replyBy', label: p['rfp.label.replyBy'], value: givenDayText(request.replyBy, locale) },
    { key: 'decideBy', label: p['rfp.label.decideBy'], value: givenDayText(request.decideBy, locale) },
    { key: 'notes', label: p['rfp.label.notes'], value: request.notes },
  ];
  return fields.filter((field) => field.value !== '');
}
