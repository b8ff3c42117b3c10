import type { Locale } from '../../i18n/locales.ts';

/**
 * The plain sentences of an MDX file's prose: no frontmatter, headings, lists, tables, imports or
 * components, with Markdown links and emphasis reduced to their text. The search benchmark builds
 * its pages from these, so that its index holds the words and word lengths of real content.
 */
export function proseSentences(mdx: string, locale: Locale): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#|[-*+] |\d+\. |\||>|<|import |export |```)/.test(block))
    .map((block) =>
      block
        .replace(/\n/g, locale === 'zh' ? '' : ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)(\S[^]*?)\1/g, '$2')
        .replace(/[{}<>]/g, ''),
    );
  const pattern = locale === 'zh' ? /[^。！？]+[。！？]”?/g : /[^.!?]+[.!?]["”]?(?=\s|$)/g;
  const shortest = locale === 'zh' ? 8 : 24; // characters; shorter pieces are abbreviations, not sentences
  return paragraphs.flatMap((paragraph) => (paragraph.match(pattern) ?? []).map((s) => s.trim()).filter((s) => s.length >= shortest));
}
