/**
 * Is the request plausible? Each problem names the form field it belongs to, so the page can mark
 * that field (`aria-invalid`) and say why beside it; `plausibleRequest` leaves every such value out,
 * so nothing implausible reaches the request, its link, its e-mail or its files. "Today" is the
 * browser's: a date in the past is judged where the planner is.
 */
import { dateSpan } from './date-check.ts';
import { countCaps, plenaryCap, readDates, type CountField, type DayField, type RfpRequest } from './rfp-query.ts';

export type ProblemKind =
  | 'too-many'
  | 'abroad-exceeds'
  | 'peak-exceeds'
  | 'dates-reversed'
  | 'dates-past'
  | 'day-past'
  | 'reply-after-start'
  | 'decide-before-reply'
  | 'email-format'
  | 'phone-format';

/** The field a problem belongs to: the form's field name (a key of the URL query). */
export type ProblemField = CountField | DayField | 'dates' | 'email' | 'phone' | 'plenary';

export interface RequestProblem {
  field: ProblemField;
  kind: ProblemKind;
  /** Figures the message quotes: the cap, the number it must not exceed, a date. */
  values: Record<string, string | number>;
}

/** The event's first and last day, where the dates are written as dates (read by the date check's dateSpan). */
export function eventSpan(dates: string): { start: string; end: string } | undefined {
  const span = dateSpan(dates);
  return span && { start: span.from, end: span.to };
}

const emailPattern = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:.]{2,}$/;
/** A phone as people write one: digits with +, spaces, dashes, dots, brackets; 5 to 20 digits. */
const phoneOk = (value: string) => /^\+?[\d\s\-.()/]+$/.test(value) && /^(\D*\d){5,20}\D*$/.test(value);

/** Every problem of the request, in form order. `today` is YYYY-MM-DD, in the planner's own time zone. */
export function requestProblems(request: RfpRequest, today: string): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const { counts } = request;
  const d = readDates(request.dates);
  if (d.kind === 'range' && d.to < d.from) problems.push({ field: 'dates', kind: 'dates-reversed', values: { from: d.from, to: d.to } });
  else {
    const span = eventSpan(request.dates);
    if (span && span.end < today) problems.push({ field: 'dates', kind: 'dates-past', values: { today } });
  }
  if (request.brief && request.brief.plenary.seats > plenaryCap) problems.push({ field: 'plenary', kind: 'too-many', values: { cap: plenaryCap } });
  for (const field of Object.keys(countCaps) as CountField[]) {
    const n = counts[field];
    if (n !== undefined && n > countCaps[field]) problems.push({ field, kind: 'too-many', values: { cap: countCaps[field] } });
  }
  const within = (field: CountField) => counts[field] !== undefined && (counts[field] as number) <= countCaps[field];
  if (within('international') && within('delegates') && (counts.international as number) > (counts.delegates as number)) {
    problems.push({ field: 'international', kind: 'abroad-exceeds', values: { delegates: counts.delegates as number } });
  }
  if (within('peakRooms') && within('roomNights') && (counts.peakRooms as number) > (counts.roomNights as number)) {
    problems.push({ field: 'peakRooms', kind: 'peak-exceeds', values: { roomNights: counts.roomNights as number } });
  }
  const start = problems.some((p) => p.field === 'dates') ? undefined : eventSpan(request.dates)?.start;
  if (request.email && !emailPattern.test(request.email)) problems.push({ field: 'email', kind: 'email-format', values: {} });
  if (request.phone && !phoneOk(request.phone)) problems.push({ field: 'phone', kind: 'phone-format', values: {} });
  if (request.replyBy) {
    if (request.replyBy < today) problems.push({ field: 'replyBy', kind: 'day-past', values: { today } });
    else if (start && request.replyBy >= start) problems.push({ field: 'replyBy', kind: 'reply-after-start', values: { start } });
  }
  if (request.decideBy) {
    if (request.decideBy < today) problems.push({ field: 'decideBy', kind: 'day-past', values: { today } });
    else if (request.replyBy && request.replyBy >= today && request.decideBy < request.replyBy) problems.push({ field: 'decideBy', kind: 'decide-before-reply', values: { replyBy: request.replyBy } });
  }
  return problems;
}

/** The request without any value a problem names: what the page shows, links, mails and saves. */
export function plausibleRequest(request: RfpRequest, problems: readonly RequestProblem[]): RfpRequest {
  const next: RfpRequest = { ...request, counts: { ...request.counts } };
  for (const { field } of problems) {
    if (field === 'dates' || field === 'email' || field === 'phone') next[field] = '';
    else if (field === 'replyBy' || field === 'decideBy') delete next[field];
    else if (field === 'plenary') delete next.brief;
    else delete next.counts[field];
  }
  return next;
}
