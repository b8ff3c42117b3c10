/**
 * The closed lists content draws from, each with its labels in both languages. Kept free of Zod and
 * of the dictionaries so browser scripts can import them cheaply.
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

/** What each venue type is called. */
export const venueTypeLabels = {
  'convention-centre': { en: 'Convention centre', zh: '会议中心' },
  'convention-and-exhibition-centre': { en: 'Convention and exhibition centre', zh: '会展中心' },
  'exhibition-centre': { en: 'Exhibition centre', zh: '展览中心' },
  'conference-hotel': { en: 'Conference hotel', zh: '会议酒店' },
  resort: { en: 'Resort', zh: '度假酒店' },
  'unique-venue': { en: 'Unique venue', zh: '特色场地' },
  'university-venue': { en: 'University venue', zh: '高校场馆' },
} as const satisfies Record<VenueType, { en: string; zh: string }>;

export const regions = ['north', 'northeast', 'east', 'central', 'south', 'southwest', 'northwest'] as const;
export type Region = (typeof regions)[number];

/** China’s regions as each language names them. */
export const regionLabels = {
  north: { en: 'North China', zh: '华北' },
  northeast: { en: 'Northeast China', zh: '东北' },
  east: { en: 'East China', zh: '华东' },
  central: { en: 'Central China', zh: '华中' },
  south: { en: 'South China', zh: '华南' },
  southwest: { en: 'Southwest China', zh: '西南' },
  northwest: { en: 'Northwest China', zh: '西北' },
} as const satisfies Record<Region, { en: string; zh: string }>;

/** `industry`: news of the wider meetings industry that is not the alliance's or a member's own. */
export const newsKinds = ['roadshow', 'alliance', 'city', 'venue', 'industry'] as const;
export type NewsKind = (typeof newsKinds)[number];

/** The tag a news item carries. */
export const newsKindLabels = {
  roadshow: { en: 'Roadshow', zh: '路演' },
  alliance: { en: 'Alliance', zh: '联盟动态' },
  city: { en: 'City', zh: '城市动态' },
  venue: { en: 'Venue', zh: '场馆动态' },
  industry: { en: 'Industry', zh: '行业动态' },
} as const satisfies Record<NewsKind, { en: string; zh: string }>;

export const eventKinds = ['founding', 'roadshow', 'promotion', 'conference', 'fair', 'forum'] as const;
export type EventKind = (typeof eventKinds)[number];

/** The tag an event carries. */
export const eventKindLabels = {
  founding: { en: 'Founding', zh: '联盟成立' },
  roadshow: { en: 'Roadshow', zh: '路演' },
  promotion: { en: 'Promotion', zh: '推介会' },
  conference: { en: 'Conference', zh: '会议' },
  fair: { en: 'Fair', zh: '展会' },
  forum: { en: 'Forum', zh: '论坛' },
} as const satisfies Record<EventKind, { en: string; zh: string }>;

/** Languages a cited source may be written in (ISO 639-1). */
export const sourceLanguages = ['zh', 'en', 'de', 'ja', 'ko', 'fr', 'es', 'it', 'th', 'ru'] as const;
export type SourceLanguage = (typeof sourceLanguages)[number];
