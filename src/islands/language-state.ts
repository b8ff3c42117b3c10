/**
 * Keeps the language switcher's link on the page's state: the query and hash, rewritten whenever an
 * island changes them. Imported by the finder, compare, the request and search, so other pages never
 * load it. The entry checker and a city page's date check also write their answers into the URL but
 * do not import it: switching language there opens the other page without them.
 * Islands change the URL only through history.pushState and replaceState (the browser through
 * back/forward and the hash), so those are the moments to follow.
 */
import { switchedWithState } from '../lib/shared/language-state.ts';
import { sel } from './hooks.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>(sel('languageSwitcher'))].map((link) => ({ link, path: link.getAttribute('href') ?? '' }));
const follow = () => {
  for (const { link, path } of links) link.setAttribute('href', switchedWithState(path, location.search, location.hash));
};
if (links.length > 0) {
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      follow();
    };
  }
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);
  follow();
}
