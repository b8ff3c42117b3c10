/**
 * The language switcher's link on a page whose state lives in the URL (the finder's brief, compare's
 * list and weights, the request, the search query): the other language's page with the same query
 * and hash, since both languages read the same keys. Pages without state link the bare page.
 */
export function switchedWithState(targetPath: string, search: string, hash: string): string {
  const path = targetPath.split(/[?#]/)[0] ?? targetPath;
  const query = search === '?' ? '' : search;
  return `${path}${query}${hash === '#' ? '' : hash}`;
}
