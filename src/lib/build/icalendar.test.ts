import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar } from './icalendar.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('iCalendar', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'会'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
  it('writes all-day events with an exclusive end date and CRLF line ends', () => {
    const ics = icalendar({
      name: 'Events',
      language: 'en',
      generated: new Date('2026-11-22T10:00:00Z'),
      events: [{ uid: 'a@x', start: day('2019-11-08'), end: day('2019-11-09'), summary: 'Hangzhou, Leading Innovation' }],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20191108\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20191110\r\n');
    expect(ics).toContain('DTSTAMP:20261122T100000Z\r\n');
    expect(ics).toContain('SUMMARY;LANGUAGE=en:Hangzhou\\, Leading Innovation\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});
