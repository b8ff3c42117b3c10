import { afterEach, describe, expect, it } from 'vitest';
import { leanPreloadHelper } from './lean-preload.ts';

/** The helper as a module, run against a stand-in document that records the links it adds. */
async function helperIn(base: string) {
  const added: { rel: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: '', href: '' }), head: { append: (link: { rel: string; href: string }) => added.push(link) } };
  Object.assign(globalThis, { document });
  const module = (await import(`data:text/javascript,${encodeURIComponent(leanPreloadHelper(base))}`)) as { __vitePreload: (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown> };
  return { preload: module.__vitePreload, added };
}

describe('the lean preload helper', () => {
  // The tests share one process (vitest.config.ts): leave no document behind.
  afterEach(() => void Reflect.deleteProperty(globalThis, 'document'));
  it('links each of a lazy module’s imports once, under the base path, then imports the module', async () => {
    const { preload, added } = await helperIn('/');
    await expect(preload(async () => 'module', ['_astro/a.js', '_astro/b.js'])).resolves.toBe('module');
    await preload(async () => 'again', ['_astro/a.js']);
    expect(added).toEqual([
      { rel: 'modulepreload', href: '/_astro/a.js' },
      { rel: 'modulepreload', href: '/_astro/b.js' },
    ]);
  });
  it('imports a module with nothing to preload, and passes on a failed import to the island that asked', async () => {
    const { preload, added } = await helperIn('/site/');
    await expect(preload(async () => 'alone')).resolves.toBe('alone');
    await expect(preload(() => Promise.reject(new Error('offline')), ['_astro/c.js'])).rejects.toThrow('offline');
    expect(added).toEqual([{ rel: 'modulepreload', href: '/site/_astro/c.js' }]);
  });
});
