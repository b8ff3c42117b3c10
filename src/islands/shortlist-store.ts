// Where the shortlist lives in the browser. Storage may be blocked (private mode): then nothing persists.
import { parseShortlist, type Shortlist } from '../lib/shared/shortlist.ts';

const storageKey = 'cmca-shortlist';

export function readShortlist(): Shortlist {
  try {
    return parseShortlist(localStorage.getItem(storageKey));
  } catch {
    return parseShortlist(null);
  }
}

export function writeShortlist(list: Shortlist): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(list));
  } catch {
    // Full or blocked storage: the page keeps working for this visit.
  }
}
