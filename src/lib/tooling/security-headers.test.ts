import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

describe('security headers', () => {
  it('allow no inline or eval script, only WebAssembly compilation for search', () => {
    const scriptSrc = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('public/_headers serves every one of them on every path', () => {
    const file = readFileSync('public/_headers', 'utf8');
    const block = file.split(/\n\s*\n/)[0] ?? '';
    expect(block).toContain('/*');
    for (const [name, value] of Object.entries(securityHeaders)) expect(block).toContain(`  ${name}: ${value}`);
  });

  it('deploy/nginx.conf sends every one of them in each location', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const locations = conf.split(/\n\s*location /).slice(1);
    expect(locations.length).toBe(4);
    for (const location of locations) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(location).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
