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
