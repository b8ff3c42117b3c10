/**
 * Whom a request goes to: the bureau of each city in it, with its contact exactly as the source
 * publishes it, and the alliance secretariat for the cities whose bureau has no e-mail address on
 * file. The e-mail is addressed to the published addresses only; nothing is guessed.
 */
import type { BureauRecord, Label } from './records.ts';

/** The alliance secretariat's published contact (content/alliance.yaml), as the request page receives it. */
export interface SecretariatContact {
  host: Label;
  email: string | null;
  phone: string | null;
  /** The source named by publisher and year (citation.ts), worded for the page's language. */
  source: string | null;
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
  /** The source named by publisher and year, in the page's language. */
  source: string | null;
}

/** What the request page carries of each city's bureau: its record, and its source already named (so the page needs no citation code). */
export interface CityBureau {
  slug: string;
  conventionBureau: BureauRecord;
  source: string | null;
}

/** The contacts of a request's cities (in the order given) and the addresses its e-mail goes to. */
export function requestContacts(cities: readonly CityBureau[], secretariat: SecretariatContact): { contacts: RequestContact[]; recipients: string[] } {
  const bureaus: RequestContact[] = cities.map((city) => {
    const b = city.conventionBureau;
    return { kind: 'bureau', cities: [city.slug], name: b.name, desk: b.desk, email: b.email, phone: b.phone, url: b.url, source: city.source };
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
