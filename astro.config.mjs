// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import leanPreload from './src/integrations/lean-preload.ts';
import recordFiles from './src/integrations/record-files.ts';
import { siteAddress } from './src/lib/build/site-url.ts';

// The public address (SITE_URL) that canonical URLs, feeds and the sitemap use; npm run build
// (scripts/build.ts) refuses a deployment build without it, local builds default to localhost.
const address = siteAddress(process.env, 'local');
if ('error' in address) throw new Error(address.error);
const site = address.url;

export default defineConfig({
  site,
  // A build in a copy of the project (scripts/lib/project-copy.ts) keeps its caches in its own folder.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets and scripts only: the Content-Security-Policy allows no inline code.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Prose keeps the apostrophes and quotes its editors type: YAML labels and prose then match
  // (Xi'an everywhere, never Xi’an in one place and Xi'an in another).
  markdown: { smartypants: false },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => !page.endsWith('/404/') && new URL(page).pathname !== '/',
    }),
    recordFiles(),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss(), leanPreload()],
    build: { assetsInlineLimit: 0 },
  },
});
