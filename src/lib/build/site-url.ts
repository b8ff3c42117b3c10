/**
 * The site's public address, used in canonical links, feeds and the sitemap. It has one source:
 * the SITE_URL setting. A local build (npm start, the tests, astro dev) may go without it and uses
 * the local server's address; a build for deployment may not.
 */
export const localSiteUrl = 'http://localhost:4321';

export type SiteAddress = { url: string; from: 'SITE_URL' | 'local default' } | { error: string };

export function siteAddress(env: Readonly<Record<string, string | undefined>>, build: 'deploy' | 'local'): SiteAddress {
  const value = env.SITE_URL?.trim();
  if (!value) {
    return build === 'local'
      ? { url: localSiteUrl, from: 'local default' }
      : {
          error:
            'SITE_URL is not set. A build for deployment needs the public address the site is served at (canonical links, feeds and the sitemap use it), e.g. SITE_URL=https://www.example.org npm run build. For a local build, use npm start or npm run build -- --local.',
        };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `SITE_URL is not a web address: "${value}". Expected e.g. https://www.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `SITE_URL must start with https:// (or http://), got "${value}"` };
  if (url.search || url.hash) return { error: `SITE_URL must be the site's address alone, without ? or #, got "${value}"` };
  if (build === 'deploy' && /^(localhost|127\.|\[::1\])/u.test(url.hostname)) {
    return { error: `SITE_URL is a local address (${value}): a build for deployment needs the public one, or use npm run build -- --local` };
  }
  return { url: url.href.replace(/\/$/u, ''), from: 'SITE_URL' };
}
