import { describe, expect, it } from 'vitest';
import { eventSpan, plausibleRequest, requestProblems, type ProblemField } from './rfp-checks.ts';
import { countCaps, hasJudgedValues, parseRfpQuery, rfpQuery } from './rfp-query.ts';

const today = '2026-12-06';
const problemsOf = (query: string) => requestProblems(parseRfpQuery(query), today).map((p) => `${p.field}:${p.kind}`);

describe('plausibility of a request', () => {
  it('finds nothing wrong with a plausible request', () => {
    expect(problemsOf('plenary=1000&delegates=800&abroad=500&peakRooms=450&roomNights=1500&dates=2027-10-12/2027-10-15&replyBy=2027-03-01&decideBy=2027-04-15&email=jane@example.org&phone=%2B86+571+8888+0000')).toEqual([]);
  });

  it('from abroad cannot exceed the delegates in total', () => {
    expect(requestProblems(parseRfpQuery('delegates=100&abroad=500'), today)).toEqual([{ field: 'international', kind: 'abroad-exceeds', values: { delegates: 100 } }]);
    expect(problemsOf('delegates=100&abroad=100')).toEqual([]);
  });

  it('rooms on the peak night cannot exceed the room nights in all', () => {
    expect(problemsOf('peakRooms=450&roomNights=300')).toEqual(['peakRooms:peak-exceeds']);
  });

  it('a range ends after it starts', () => {
    expect(problemsOf('dates=2027-10-15/2027-10-12')).toEqual(['dates:dates-reversed']);
    expect(problemsOf('dates=2027-06/2027-05')).toEqual(['dates:dates-reversed']);
  });

  it('dates are not in the past, judged against the planner’s today', () => {
    expect(problemsOf('dates=1999-01')).toEqual(['dates:dates-past']);
    expect(problemsOf('dates=2026-12')).toEqual([]); // this month is not over
    expect(problemsOf('dates=2026-11-01/2026-11-03')).toEqual(['dates:dates-past']);
    expect(problemsOf('replyBy=2026-12-05&decideBy=2026-01-01')).toEqual(['replyBy:day-past', 'decideBy:day-past']);
    expect(problemsOf('replyBy=2026-12-06')).toEqual([]);
    // Dates in words are the planner's own: nothing to judge.
    expect(problemsOf('dates=spring+1999')).toEqual([]);
  });

  it('proposals are due before the event starts, and the decision comes after them', () => {
    expect(problemsOf('dates=2027-03&replyBy=2027-03-01')).toEqual(['replyBy:reply-after-start']);
    expect(problemsOf('replyBy=2027-03-01&decideBy=2027-02-01')).toEqual(['decideBy:decide-before-reply']);
  });

  it('numbers stay within sane caps', () => {
    expect(problemsOf('delegates=1000000&abroad=2000000')).toEqual(['delegates:too-many', 'international:too-many']);
    expect(problemsOf(`gala=${countCaps.gala + 1}`)).toEqual(['gala:too-many']);
    expect(problemsOf('plenary=1000000')).toEqual(['plenary:too-many']);
  });

  it('an e-mail address and a phone number look like one', () => {
    expect(problemsOf('email=jane&phone=call+me')).toEqual(['email:email-format', 'phone:phone-format']);
    expect(problemsOf('email=jane@example&phone=12')).toEqual(['email:email-format', 'phone:phone-format']);
    expect(problemsOf('email=li.hua@apsc.org.cn&phone=(010)+6512-3456')).toEqual([]);
  });

  it('nothing implausible is taken into the request, its link or its files; the rest is kept', () => {
    const given = parseRfpQuery('plenary=1000&delegates=100&abroad=500&dates=2027-10-15/2027-10-12&email=jane&replyBy=2027-01-10&venues=a');
    const taken = plausibleRequest(given, requestProblems(given, today));
    expect(taken).toMatchObject({ counts: { delegates: 100 }, dates: '', email: '', replyBy: '2027-01-10', venues: ['a'] });
    expect(taken.counts.international).toBeUndefined();
    const link = rfpQuery(taken);
    expect(link).not.toMatch(/abroad=|dates=|email=/);
    expect(link).toContain('delegates=100');
    // An implausible plenary leaves the programme out altogether.
    const huge = parseRfpQuery('plenary=1000000&venues=a');
    expect(plausibleRequest(huge, requestProblems(huge, today)).brief).toBeUndefined();
  });

  it('reads the event’s first and last day from a day, a month or a range', () => {
    expect(eventSpan('2027-02')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(eventSpan('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(eventSpan('2027-05/2027-06')).toEqual({ start: '2027-05-01', end: '2027-06-30' });
    expect(eventSpan('next spring')).toBeUndefined();
  });
});

describe('the planner’s side of the request in the URL', () => {
  it('reads name, e-mail, phone, budget, reply-by and decision days, capped, and writes them back', () => {
    const request = parseRfpQuery(`name=${'N'.repeat(200)}&email=li@example.org&phone=%2B86+10+1234&budget=RMB+3m&replyBy=2027-03-01&decideBy=2027-02-30`);
    expect(request.name).toHaveLength(80);
    expect(request).toMatchObject({ email: 'li@example.org', phone: '+86 10 1234', budget: 'RMB 3m', replyBy: '2027-03-01' });
    // Not a real day: dropped.
    expect(request.decideBy).toBeUndefined();
    expect(parseRfpQuery(rfpQuery(request))).toEqual(request);
    expect(rfpQuery(request)).toContain('email=li@example.org');
  });
});

describe('hasJudgedValues (whether the request page loads the rules)', () => {
  it('is false for a brief and venues alone, so such a request has no problem to show', () => {
    const plain = parseRfpQuery('plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&venues=a,b&event=Congress&org=Society&name=Li&budget=RMB+3m&notes=x');
    expect(hasJudgedValues(plain)).toBe(false);
    expect(requestProblems(plain, today)).toEqual([]);
  });
  it('is true for every value a rule judges', () => {
    // One entry per field a rule can name (ProblemField): a new rule's field must be added here.
    const judged: Record<ProblemField, string[]> = {
      plenary: ['plenary=1000000'],
      delegates: ['delegates=1'],
      international: ['abroad=1'],
      peakRooms: ['peakRooms=1'],
      roomNights: ['roomNights=1'],
      gala: ['gala=1'],
      dates: ['dates=2027-10', 'dates=next+spring'],
      email: ['email=x'],
      phone: ['phone=1'],
      replyBy: ['replyBy=2027-01-01'],
      decideBy: ['decideBy=2027-01-01'],
    };
    for (const query of Object.values(judged).flat()) {
      expect(hasJudgedValues(parseRfpQuery(`${query}&venues=a`)), query).toBe(true);
    }
  });
});
