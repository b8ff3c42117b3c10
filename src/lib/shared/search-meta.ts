/** What a page tells Pagefind about itself: its kind and cities (filters), a date to sort news by. */
export const searchKinds = ['city', 'venue', 'ambassador', 'news', 'event', 'page'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchMeta {
  kind: SearchKind;
  /** City names in the page's language. */
  cities?: string[];
  /** YYYY-MM-DD, for sorting news. */
  date?: string;
}

/** Pagefind `data-pagefind-filter` values, one per element: `kind:场馆`, `city:杭州`. Separators in values are dropped. */
export function pagefindFilters(kindLabel: string, cities: readonly string[] = []): string[] {
  const clean = (value: string) => value.replace(/[,:]/g, ' ').trim();
  return [`kind:${clean(kindLabel)}`, ...cities.map((city) => `city:${clean(city)}`)];
}

/** Splits Pagefind's excerpt, which marks matches with <mark>, into text runs, so it is shown as text only. */
export function excerptRuns(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (html: string) =>
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const runs: { text: string; marked: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    runs.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) runs.push({ text: decode(excerpt.slice(last)), marked: false });
  return runs.filter((run) => run.text !== '');
}

/**
 * The words a city page is found by, in either language's index: its name in both languages, the
 * English name as people also type it ("Xian" for "Xi'an") and the city as a municipality ("Hangzhou
 * city", 杭州市). The page weights them as its title, so a city's name finds the city page before the
 * news and venues that mention it.
 */
export function citySearchNames(name: { en: string; zh: string }): string[] {
  const plain = name.en.replace(/['’\s-]/g, '');
  return [...new Set([name.en, name.zh, plain, `${name.en} city`, `${name.zh}市`])];
}
