/**
 * A request for proposal (RFP) in the URL: the finder's brief, the shortlisted venues, and what a
 * request needs besides (event, organisation, dates, delegates, hotel rooms, a gala dinner, notes),
 * so the request is a link. Every value comes from anyone's URL, so each is checked and capped.
 */
import type { EventBrief } from './brief.ts';
import { briefDefaults, briefKeys, parseBriefQuery, positiveWhole, writeBriefQuery } from './brief-query.ts';
import { compareQuery, parseCompareQuery } from './shortlist.ts';

/** How far the dates may move. */
export const flexibilities = ['fixed', 'flexible', 'open'] as const;
export type Flexibility = (typeof flexibilities)[number];

/**
 * The most characters each free-text field keeps (counted in Unicode characters, not UTF-16 units):
 * the event's, then the planner's own (name, e-mail, phone, budget).
 */
export const textLimits = { event: 120, organisation: 120, dates: 60, notes: 1000, name: 80, email: 120, phone: 40, budget: 120 } as const;
export type TextField = keyof typeof textLimits;

/** The planner's side of the request: who asks, how to reach them, by when to reply and to decide, the budget. */
export const plannerTextFields = ['name', 'email', 'phone', 'budget'] as const satisfies readonly TextField[];
/** Days the planner sets (`type="date"`): proposals due, and when the decision is taken. */
export const dayFields = ['replyBy', 'decideBy'] as const;
export type DayField = (typeof dayFields)[number];

/** The counts a request gives besides the brief; each a positive whole number or absent. */
export const countFields = ['delegates', 'international', 'peakRooms', 'roomNights', 'gala'] as const;
export type CountField = (typeof countFields)[number];

export interface RfpRequest {
  brief?: EventBrief;
  /** Well-formed venue slugs, in the order given (at most the shortlist's limit). */
  venues: string[];
  /** Venue values that are not even slugs: named back as unknown, as text. */
  malformed: string[];
  event: string;
  organisation: string;
  /** Preferred dates: YYYY-MM, YYYY-MM-DD, a range of those joined by "/", or free text. */
  dates: string;
  flexibility?: Flexibility;
  /** Delegates in all, from abroad, hotel rooms on the peak night, room nights in all, banquet seats for a gala dinner. */
  counts: Partial<Record<CountField, number>>;
  notes: string;
  /** The planner's name, e-mail, phone and budget ('' where not given). */
  name: string;
  email: string;
  phone: string;
  budget: string;
  /** YYYY-MM-DD days, absent where not given or not a real day. */
  replyBy?: string;
  decideBy?: string;
}

/** The most each count may be: larger than any congress this alliance's venues host, so a typo or a crafted link. */
export const countCaps: Record<CountField, number> = { delegates: 100_000, international: 100_000, peakRooms: 50_000, roomNights: 1_000_000, gala: 20_000 };
/** The most plenary seats a request takes (the largest halls hold about 10,000 theatre-style). */
export const plenaryCap = 50_000;

/**
 * Whether the plausibility rules (rfp-checks.ts) have anything to judge: a count, the dates, a day,
 * the e-mail or phone, or a plenary over its cap. The request page loads the rules only then, so a
 * request that starts from a brief and venues alone does not.
 */
export const hasJudgedValues = (r: RfpRequest): boolean =>
  Object.keys(r.counts).length > 0 || r.dates !== '' || r.email !== '' || r.phone !== '' || r.replyBy !== undefined || r.decideBy !== undefined || (r.brief?.plenary.seats ?? 0) > plenaryCap;

/** The query's key for each field (the brief's keys are the finder's, the venues the shortlist's). */
export const rfpKeys = {
  event: 'event',
  organisation: 'org',
  dates: 'dates',
  flexibility: 'flex',
  delegates: 'delegates',
  international: 'abroad',
  peakRooms: 'peakRooms',
  roomNights: 'roomNights',
  gala: 'gala',
  notes: 'notes',
  name: 'name',
  email: 'email',
  phone: 'phone',
  budget: 'budget',
  replyBy: 'replyBy',
  decideBy: 'decideBy',
} as const satisfies Record<TextField | CountField | DayField | 'flexibility', string>;

/** Text with control characters removed (line breaks kept where allowed), trimmed and capped. */
export function cleanText(value: string | null, limit: number, multiline = false): string {
  if (value === null) return '';
  const normalised = value.replace(/\r\n?/g, '\n').replace(multiline ? /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g, multiline ? '' : ' ');
  return Array.from(normalised.trim()).slice(0, limit).join('').trim();
}

/** What the dates field says: a day, a month, a range of either, or text to show as it is. */
export type RfpDates =
  | { kind: 'none' }
  | { kind: 'day' | 'month'; value: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'text'; value: string };

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isDay = (value: string) => isoDay.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const dateKind = (value: string) => (isDay(value) ? 'day' : isoMonth.test(value) ? 'month' : undefined);

export function readDates(text: string): RfpDates {
  const value = text.trim();
  if (value === '') return { kind: 'none' };
  const single = dateKind(value);
  if (single) return { kind: single, value };
  const [from = '', to = '', ...rest] = value.split('/').map((part) => part.trim());
  // A reversed range is still read as a range: plausibility (rfp-checks.ts) names it, rather than it passing as words.
  if (rest.length === 0 && dateKind(from) && dateKind(from) === dateKind(to) && from !== to) return { kind: 'range', from, to };
  return { kind: 'text', value };
}

export function parseRfpQuery(query: string | URLSearchParams): RfpRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  // The city's hotel stock is a finder filter, nothing a venue can quote for: a request leaves it out.
  const { cityHotelRooms: _cityHotels, ...brief } = parseBriefQuery(params) ?? {};
  const { list, malformed } = parseCompareQuery(`venues=${encodeURIComponent(params.getAll('venues').join(','))}`);
  const flex = params.get(rfpKeys.flexibility);
  const counts: RfpRequest['counts'] = {};
  for (const field of countFields) {
    const n = positiveWhole(params.get(rfpKeys[field]));
    if (n !== undefined) counts[field] = n;
  }
  return {
    ...('plenary' in brief ? { brief: brief as EventBrief } : {}),
    venues: list.venues,
    malformed: [...new Set(malformed.map((value) => cleanText(value, 60)))].slice(0, 8),
    event: cleanText(params.get(rfpKeys.event), textLimits.event),
    organisation: cleanText(params.get(rfpKeys.organisation), textLimits.organisation),
    dates: cleanText(params.get(rfpKeys.dates), textLimits.dates),
    ...((flexibilities as readonly string[]).includes(flex ?? '') ? { flexibility: flex as Flexibility } : {}),
    counts,
    notes: cleanText(params.get(rfpKeys.notes), textLimits.notes, true),
    ...Object.fromEntries(plannerTextFields.map((field) => [field, cleanText(params.get(rfpKeys[field]), textLimits[field])])),
    ...Object.fromEntries(dayFields.flatMap((field) => {
      const value = params.get(rfpKeys[field])?.trim() ?? '';
      return isDay(value) ? [[field, value]] : [];
    })),
  } as RfpRequest;
}

/**
 * What a link to the request may leave out to be short enough: nothing, the notes, or all free text
 * (dates stay when written as dates; the planner's name, e-mail, phone and budget go with the rest).
 */
export type LinkScope = 'full' | 'no-notes' | 'programme' | 'venues';
/** From the full request to the shortest: without notes; without free text; the programme and venues alone (the layouts the finder assumes left out). */
export const linkScopes: readonly LinkScope[] = ['full', 'no-notes', 'programme', 'venues'];

/** The query string of a request (brief, venues, then the rest; notes last), leaving out what `scope` drops. */
export function rfpQuery(request: RfpRequest, scope: LinkScope = 'full'): string {
  const params = new URLSearchParams();
  if (request.brief) writeBriefQuery(params, request.brief);
  if (scope === 'venues') {
    for (const key of ['plenaryLayout', 'breakoutLayout'] as const) if (params.get(briefKeys[key]) === briefDefaults[key]) params.delete(briefKeys[key]);
  }
  for (const [key, value] of new URLSearchParams(compareQuery({ venues: request.venues, cities: [] }))) params.set(key, value);
  if (scope === 'venues') return params.toString().replace(/%2C/g, ',');
  const text = (field: TextField) => {
    if (request[field] !== '') params.set(rfpKeys[field], request[field]);
  };
  if (scope !== 'programme') {
    text('event');
    text('organisation');
  }
  if (scope !== 'programme' || readDates(request.dates).kind !== 'text') text('dates');
  if (request.flexibility) params.set(rfpKeys.flexibility, request.flexibility);
  for (const field of countFields) if (request.counts[field] !== undefined) params.set(rfpKeys[field], String(request.counts[field]));
  for (const field of dayFields) if (request[field]) params.set(rfpKeys[field], request[field]);
  if (scope !== 'programme') for (const field of plannerTextFields) text(field);
  if (scope === 'full') text('notes');
  // , / and @ are allowed in a query as they are: the link stays short and readable.
  return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%40/g, '@');
}

/** The links to a request, from the full one to the shortest; scopes that drop nothing are left out. */
export function requestLinks(pageUrl: string, request: RfpRequest): { scope: LinkScope; url: string }[] {
  const links: { scope: LinkScope; url: string }[] = [];
  for (const scope of linkScopes) {
    const query = rfpQuery(request, scope);
    const url = `${pageUrl}${query ? `?${query}` : ''}`;
    if (!links.some((link) => link.url === url)) links.push({ scope, url });
  }
  return links;
}

/** The request without one venue: what "Drop from the request" leaves. */
export const withoutVenue = (request: RfpRequest, slug: string): RfpRequest => ({ ...request, venues: request.venues.filter((s) => s !== slug) });
