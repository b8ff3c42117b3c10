import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({ loader: glob({ base: process.env.FLOOR_CONTENT || 'content', pattern: '**/*.mdx' }) }),
};
