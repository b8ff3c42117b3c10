// The floor: the least an Astro site can do with the same MDX pages (one trivial template, no i18n,
// no styles, no search). The benchmark compares the project's per-page cost with this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()], outDir: process.env.FLOOR_OUT || 'dist' });
