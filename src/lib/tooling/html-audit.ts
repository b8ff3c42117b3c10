/**
 * Reads what the link checker needs from a built HTML page: links, image sources, element ids and
 * the head fields every page must have. The build's HTML is regular, so patterns suffice.
 */
export interface PageFacts {
  links: string[];
  sources: string[];
  ids: Set<string>;
  h1Count: number;
  title?: string;
  description?: string;
  lang?: string;
  canonical?: string;
  hreflangs: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

export function pageFacts(html: string): PageFacts {
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  const links: string[] = [];
  const sources: string[] = [];
  const ids = new Set<string>();
  const hreflangs: string[] = [];
  let canonical: string | undefined;
  for (const tag of tags) {
    const name = /^<([a-zA-Z0-9-]+)/.exec(tag)?.[1]?.toLowerCase();
    const id = attribute(tag, 'id');
    if (id) ids.add(id);
    const href = attribute(tag, 'href');
    if (name === 'a' && href !== undefined) links.push(decode(href));
    if (name === 'link' && href !== undefined) {
      const rel = attribute(tag, 'rel');
      if (rel === 'canonical') canonical = decode(href);
      else if (rel === 'alternate' && attribute(tag, 'hreflang')) hreflangs.push(attribute(tag, 'hreflang') as string);
      else if (rel === 'stylesheet' || rel === 'icon') sources.push(decode(href));
    }
    const src = attribute(tag, 'src');
    if ((name === 'img' || name === 'script' || name === 'source') && src !== undefined) sources.push(decode(src));
  }
  return {
    links,
    sources,
    ids,
    h1Count: (html.match(/<h1[\s>]/g) ?? []).length,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1],
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1],
    canonical,
    hreflangs,
  };
}

/** The file in dist/ a site-relative URL path is served from, or undefined for another origin or scheme. */
export function fileForPath(path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  if (clean.endsWith('/')) return `${clean}index.html`;
  return /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/index.html`;
}

/**
 * The class names a stylesheet has rules for, unescaped (`sm:grid-cols-[10rem_1fr]`): read from
 * the selectors only, so numbers in declarations (`.5rem`) are not taken for classes.
 */
export function cssClassNames(css: string): Set<string> {
  const names = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector] of withoutComments.matchAll(/(?:^|[{};])\s*([^{};@][^{};]*)\{/g)) {
    for (const [, escaped] of (selector ?? '').matchAll(/\.((?:\\[0-9a-fA-F]{1,6}\s?|\\.|[\w-]|[^\x00-\x7f])+)/g)) {
      names.add((escaped ?? '').replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : (char ?? ''))));
    }
  }
  return names;
}
