import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/build/content-dir.ts';
import { folderKinds, proseGlob } from './lib/build/content-layout.ts';
import {
  ambassadorFacts,
  anyProseFrontmatter,
  calendarEventFacts,
  entryPolicyFacts,
  citySchema,
  eventFacts,
  newsSchema,
  venueSchema,
} from './lib/build/schemas.ts';

const root = contentDir();
/** `cities/hangzhou/city.yaml` → `hangzhou`. */
const folderName = ({ entry }: { entry: string }) => entry.split('/')[0] ?? entry;
/** `hangzhou.yaml` → `hangzhou`. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
  cities: defineCollection({
    loader: glob({ base: `${root}/cities`, pattern: `*/${folderKinds.cities}`, generateId: folderName }),
    schema: ({ image }) => citySchema(image()),
  }),
  venues: defineCollection({
    loader: glob({ base: `${root}/venues`, pattern: `*/${folderKinds.venues}`, generateId: folderName }),
    schema: ({ image }) => venueSchema(image()),
  }),
  news: defineCollection({
    loader: glob({ base: `${root}/news`, pattern: `*/${folderKinds.news}`, generateId: folderName }),
    schema: ({ image }) => newsSchema(image()),
  }),
  ambassadors: defineCollection({
    loader: glob({ base: `${root}/ambassadors`, pattern: '*.yaml', generateId: fileName }),
    schema: ambassadorFacts,
  }),
  events: defineCollection({
    loader: glob({ base: `${root}/events`, pattern: '*.yaml', generateId: fileName }),
    schema: eventFacts,
  }),
  /** Large fairs and events with their announced dates. */
  calendar: defineCollection({
    loader: glob({ base: `${root}/calendar`, pattern: '*.yaml', generateId: fileName }),
    schema: calendarEventFacts,
  }),
  /** Visa-free entry policies, with ports and stay areas per member city. */
  entry: defineCollection({
    loader: glob({ base: `${root}/entry`, pattern: '*.yaml', generateId: fileName }),
    schema: entryPolicyFacts,
  }),
  /** Prose of every entity, one entry per language: id `cities/hangzhou/en`. */
  texts: defineCollection({
    loader: glob({
      base: root,
      pattern: proseGlob,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: anyProseFrontmatter,
  }),
};
