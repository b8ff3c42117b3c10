/**
 * Cleans a visitor's query before Pagefind sees it: trims, folds full-width letters, digits and
 * spaces (common from Chinese input methods) to their ASCII forms, and collapses whitespace.
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
}

/**
 * Whether to search while the visitor is still typing. One or two Latin letters match most pages
 * and make the browser fetch index chunks that the word being typed will not need, so Latin-script
 * queries wait for a third character. One Chinese character is already a meaningful query.
 * Pressing Enter, or a query in the URL, searches whatever was typed.
 */
export function worthSearchingWhileTyping(term: string): boolean {
  if (/[^\p{Script=Latin}\p{Number}\p{Punctuation}\p{Separator}]/u.test(term)) return true;
  return term.replace(/[\p{Punctuation}\p{Separator}]/gu, '').length >= 3;
}
