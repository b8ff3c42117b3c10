/**
 * The board pack's settings in the compare page's URL: the keys each kind's weights and must-haves
 * use, and keeping them when the compared list changes. Apart from the scoring (board-scores.ts), so
 * the compare page's first script carries only this.
 */
import type { ShortlistKind } from './shortlist.ts';

/** The URL keys of each kind's settings: `vw=theatre:3,airport:0&vmust=theatre:1000`. */
export const boardKeys: Record<ShortlistKind, { weights: string; musts: string }> = { venues: { weights: 'vw', musts: 'vmust' }, cities: { weights: 'cw', musts: 'cmust' } };

/** `query` (the compare page's list) with the board's keys of `search` kept, so editing the list keeps the weights. */
export function keepBoardKeys(query: string, search: string): string {
  const params = new URLSearchParams(query);
  const current = new URLSearchParams(search);
  for (const kind of Object.values(boardKeys)) for (const key of [kind.weights, kind.musts]) if (current.has(key)) params.set(key, current.get(key) as string);
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
