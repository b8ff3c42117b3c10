/** The closed lists content draws from. Kept free of Zod so browser scripts can import them cheaply. */
export const venueTypes = [
  'convention-centre',
  'exhibition-centre',
  'conference-hotel',
  'resort',
  'unique-venue',
  'university-venue',
] as const;
export type VenueType = (typeof venueTypes)[number];

export const regions = ['north', 'northeast', 'east', 'central', 'south', 'southwest', 'northwest'] as const;
export type Region = (typeof regions)[number];

export const newsKinds = ['roadshow', 'alliance', 'city', 'venue'] as const;
export type NewsKind = (typeof newsKinds)[number];

export const eventKinds = ['roadshow', 'fair', 'forum'] as const;
export type EventKind = (typeof eventKinds)[number];
