/**
 * The publishers sources are credited to, with the web domains that are their own
 * (content/publishers.yaml). A source may link only to its publisher's own domain: a copy of an
 * article on an unrelated site is never a link a visitor sees.
 */
import { z } from 'zod';
import { bilingual } from './schemas.ts';

const domain = z
  .string({ error: 'expected a domain such as news.cn' })
  .regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a domain such as news.cn: lower case, without https:// or www.' });

export const publisherRegistry = z.array(
  z.strictObject(
    { name: bilingual, domains: z.array(domain, { error: 'expected a list of domains' }).min(1, { error: 'expected at least one domain' }) },
    { error: 'expected a publisher: { name: { en: "…", zh: "…" }, domains: [example.org] }' },
  ),
  { error: 'expected a list of publishers' },
);
export type PublisherRegistry = z.output<typeof publisherRegistry>;

/** The host of a web address without `www.`: `https://www.news.cn/x` → `news.cn`. */
export const hostOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/** Whether `url` is on `domain` or one of its subdomains (english.news.cn is on news.cn). */
export const onDomain = (url: string, domain: string) => {
  const host = hostOf(url);
  return host === domain || host.endsWith(`.${domain}`);
};

/**
 * Why a source's address may not be linked, or undefined when it may: the publisher must be in the
 * registry (by its English or Chinese name) and the address on one of its domains.
 */
export function linkProblem(registry: PublisherRegistry, publisher: { en: string; zh: string }, url: string): string | undefined {
  const entry = registry.find((p) => p.name.en === publisher.en || p.name.zh === publisher.zh);
  if (!entry) {
    return `${hostOf(url)} is linked, but content/publishers.yaml does not list "${publisher.en}": add the publisher with its own domain, or, if this is a copy on another site, move the address to readAt`;
  }
  if (entry.domains.some((d) => onDomain(url, d))) return undefined;
  return `${hostOf(url)} is not an address of ${entry.name.en} (content/publishers.yaml lists ${entry.domains.join(', ')}): a copy on another site is never linked. Move the address to readAt, or give the publisher's own address`;
}
