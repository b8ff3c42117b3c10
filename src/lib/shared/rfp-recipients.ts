/**
 * Whom a request goes to: the bureau of each city in it, with its contact exactly as the source
 * publishes it, and the alliance secretariat for the cities whose bureau has no e-mail address on
 * file. The e-mail is addressed to the published addresses only; nothing is guessed.
 */
import type { CitySummary } from './city-summary.ts';
import type { Label, SourceRecord } from './records.ts';

/** The alliance secretariat's published contact (content/alliance.yaml), as the request page receives it. */
export interface SecretariatContact {
  host: Label;
  email: string | null;
  phone: string | null;
  source: SourceRecord | null;
}

export interface RequestContact {
  kind: 'bureau' | 'secretariat';
  /** The request's cities this contact answers for (a bureau: its city; the secretariat: those without an e-mail). */
  cities: string[];
  name: Label;
  desk: Label | null;
  email: string | null;
  phone: string | null;
  url: string | null;
  source: SourceRecord | null;
}

/** The contacts of a request's cities (in the order given) and the addresses its e-mail goes to. */
export function requestContacts(cities: readonly CitySummary[], secretariat: SecretariatContact): { contacts: RequestContact[]; recipients: string[] } {
  const bureaus: RequestContact[] = cities.map((city) => {
    const b = city.conventionBureau;
    return { kind: 'bureau', cities: [city.slug], name: b.name, desk: b.desk, email: b.email, phone: b.phone, url: b.url, source: city.sources.find((s) => s.id === b.source) ?? null };
  });
  const withoutEmail = bureaus.filter((b) => b.email === null).flatMap((b) => b.cities);
  const contacts = [...bureaus];
  const fallback = cities.length === 0 || withoutEmail.length > 0;
  if (fallback) {
    contacts.push({ kind: 'secretariat', cities: withoutEmail, name: secretariat.host, desk: null, email: secretariat.email, phone: secretariat.phone, url: null, source: secretariat.source });
  }
  const published = bureaus.flatMap((b) => (b.email ? [b.email] : []));
  const recipients = [...new Set([...published, ...(fallback && secretariat.email ? [secretariat.email] : [])])];
  return { contacts, recipients };
}

/** A phone number as a `tel:` link: digits and a leading +, nothing else. */
export const telHref = (phone: string) => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
