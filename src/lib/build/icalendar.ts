/** An iCalendar (RFC 5545) feed of all-day events. */

export interface CalendarEvent {
  uid: string;
  /** First day, a UTC date. */
  start: Date;
  /** Last day, inclusive (iCalendar's DTEND is the day after; this module adds it). */
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function icalendar(options: { name: string; events: CalendarEvent[]; generated: Date; language: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//China MICE Cities Alliance//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of options.events) {
    const dayAfterEnd = new Date(event.end.getTime() + 86_400_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(options.generated)}`,
      `DTSTART;VALUE=DATE:${day(event.start)}`,
      `DTEND;VALUE=DATE:${day(dayAfterEnd)}`,
      `SUMMARY;LANGUAGE=${options.language}:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION;LANGUAGE=${options.language}:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION;LANGUAGE=${options.language}:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
