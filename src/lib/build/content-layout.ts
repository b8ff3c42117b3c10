/**
 * Where each kind of content lives under content/: the one definition the collections, the
 * validator, the scaffolds and the import read (docs/content-model.md shows the same).
 * - a folder per entity, `{kind}/{slug}/{facts file}` with `en.mdx` and `zh.mdx` beside it;
 * - a file per entity, `{kind}/{slug}.yaml`;
 * - prose only, `pages/{slug}/{en,zh}.mdx`;
 * - the alliance's own facts, `alliance.yaml`.
 */
import { locales, type Locale } from '../../i18n/locales.ts';

export const folderKinds = { cities: 'city.yaml', venues: 'venue.yaml', news: 'news.yaml' } as const;
export type FolderKind = keyof typeof folderKinds;

/** `calendar`: large fairs and events with their dates; `entry`: visa-free entry policies. */
export const fileKinds = ['ambassadors', 'events', 'calendar', 'entry'] as const;
export type FileKind = (typeof fileKinds)[number];

export const proseOnlyKind = 'pages';
export type ProseKind = FolderKind | typeof proseOnlyKind;
export const proseKinds: readonly ProseKind[] = [...(Object.keys(folderKinds) as FolderKind[]), proseOnlyKind];

export const allianceFile = 'alliance.yaml';

/** The publishers sources are credited to, with their own web domains. */
export const publishersFile = 'publishers.yaml';

export type ContentKind = FolderKind | FileKind | typeof proseOnlyKind;

/** The facts file of an entity, relative to the content folder. */
export function factsPath(kind: FolderKind | FileKind, slug: string): string {
  return kind in folderKinds ? `${kind}/${slug}/${folderKinds[kind as FolderKind]}` : `${kind}/${slug}.yaml`;
}

/** An entity's prose in one language, relative to the content folder. */
export function prosePath(kind: ProseKind, slug: string, locale: Locale): string {
  return `${kind}/${slug}/${locale}.mdx`;
}

/** The glob of every prose file, for the `texts` collection: `{cities,venues,news,pages}/*\/{en,zh}.mdx`. */
export const proseGlob = `{${proseKinds.join(',')}}/*/{${locales.join(',')}}.mdx`;
