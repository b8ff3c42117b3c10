import { describe, expect, it } from 'vitest';
import { localSiteUrl, siteAddress } from './site-url.ts';

describe('siteAddress', () => {
  it('a local build without SITE_URL uses the local server', () => {
    expect(siteAddress({}, 'local')).toEqual({ url: localSiteUrl, from: 'local default' });
  });

  it('a deployment build without SITE_URL is refused, saying what to set', () => {
    const address = siteAddress({ SITE_URL: ' ' }, 'deploy');
    expect('error' in address && address.error).toMatch(/^SITE_URL is not set\. .*SITE_URL=https:\/\/www\.example\.org npm run build/);
  });

  it('SITE_URL is used as given, without a trailing slash', () => {
    expect(siteAddress({ SITE_URL: 'https://www.example.org/' }, 'deploy')).toEqual({ url: 'https://www.example.org', from: 'SITE_URL' });
    expect(siteAddress({ SITE_URL: 'https://example.org/alliance/' }, 'local')).toEqual({ url: 'https://example.org/alliance', from: 'SITE_URL' });
  });

  it.each([
    ['www.example.org', /not a web address/],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://example.org/?a=1', /without \? or #/],
  ])('refuses SITE_URL=%s', (value, message) => {
    const address = siteAddress({ SITE_URL: value }, 'local');
    expect('error' in address && address.error).toMatch(message);
  });

  it('a deployment build refuses a localhost address', () => {
    const address = siteAddress({ SITE_URL: 'http://localhost:4321' }, 'deploy');
    expect('error' in address && address.error).toMatch(/local address/);
    expect(siteAddress({ SITE_URL: 'http://localhost:4321' }, 'local')).toEqual({ url: 'http://localhost:4321', from: 'SITE_URL' });
  });
});
