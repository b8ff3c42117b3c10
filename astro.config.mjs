// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// The public address the site is deployed at; canonical URLs, feeds and the sitemap use it.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
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
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => !page.endsWith('/404/') && new URL(page).pathname !== '/',
    }),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
