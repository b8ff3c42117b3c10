/**
 * The closed lists content draws from. Their names in both languages are in vocabulary-labels.json
 * beside this file (the build reads them into the dictionaries; a test checks every value has one).
 * Kept free of Zod and of the labels so browser scripts can import the lists cheaply.
 */
export const venueTypes = [
  'convention-centre',
  'convention-and-exhibition-centre',
  'exhibition-centre',
  'conference-hotel',
  'resort',
  'unique-venue',
  'university-venue',
] as const;
export type VenueType = (typeof venueTypes)[number];

export const regions = ['north', 'northeast', 'east', 'central', 'south', 'southwest', 'northwest'] as const;
export type Region = (typeof regions)[number];

/** `industry`: news of the wider meetings industry that is not the alliance's or a member's own. */
export const newsKinds = ['roadshow', 'alliance', 'city', 'venue', 'industry'] as const;
export type NewsKind = (typeof newsKinds)[number];

export const eventKinds = ['founding', 'roadshow', 'promotion', 'conference', 'fair', 'forum'] as const;
export type EventKind = (typeof eventKinds)[number];

/** How an event's organiser line reads: the body that organised it, or the larger event it was part of. */
export const eventOrganiserRoles = ['organiser', 'part-of'] as const;
export type EventOrganiserRole = (typeof eventOrganiserRoles)[number];

/** What a source may report of a venue: it has closed, part of it has been demolished, it is being rebuilt. */
export const venueStatusKinds = ['closed', 'partly-demolished', 'rebuilding'] as const;
export type VenueStatusKind = (typeof venueStatusKinds)[number];

/** Languages a cited source may be written in (ISO 639-1). */
export const sourceLanguages = ['zh', 'en', 'de', 'ja', 'ko', 'fr', 'es', 'it', 'th', 'ru'] as const;
export type SourceLanguage = (typeof sourceLanguages)[number];

/**
 * Kinds of visa-free entry: transit (A → China → C, a third country or region), unilateral (China's
 * own list, ordinary passports), regional (one province's scheme, such as Hainan's) and mutual
 * (a bilateral agreement).
 */
export const entryKinds = ['transit', 'unilateral', 'regional', 'mutual'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The authority a delegate confirms a policy with: the National Immigration Administration or the Ministry of Foreign Affairs. */
export const entryAuthorities = ['nia', 'mfa'] as const;
export type EntryAuthority = (typeof entryAuthorities)[number];

/** Whether a port is confirmed for a policy by the sources, or left open because they disagree. */
export const portStatuses = ['confirmed', 'unresolved'] as const;
export type PortStatus = (typeof portStatuses)[number];
