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

/** What the request page's server side has of each city's bureau: its record, and its source already named. */
export interface CityBureau {
  slug: string;
  conventionBureau: BureauRecord;
  source: string | null;
}

/** What the request page's script carries of each city's bureau: only the address it publishes, if any. */
export interface BureauAddress {
  slug: string;
  email: string | null;
}

/** Whom a request goes to, for the page to show their contacts (written into it) and address its e-mail. */
export interface RequestRecipients {
  /** The request's cities whose bureau is shown, in the order given. */
  bureaus: string[];
  /** The cities the alliance secretariat answers for (those whose bureau has no e-mail address), or null when it is not needed. */
  secretariatFor: string[] | null;
  /** The published addresses the e-mail goes to. */
  recipients: string[];
}

/** The recipients of a request to `cities` (in the order given). */
export function requestRecipients(cities: readonly BureauAddress[], secretariatEmail: string | null): RequestRecipients {
  const withoutEmail = cities.filter((c) => c.email === null).map((c) => c.slug);
  const needsSecretariat = cities.length === 0 || withoutEmail.length > 0;
  const published = cities.flatMap((c) => (c.email ? [c.email] : []));
  return {
    bureaus: cities.map((c) => c.slug),
    secretariatFor: needsSecretariat ? withoutEmail : null,
    recipients: [...new Set([...published, ...(needsSecretariat && secretariatEmail ? [secretariatEmail] : [])])],
  };
}

/** A phone number as a `tel:` link: digits and a leading +, nothing else. */
export const telHref = (phone: string) => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
