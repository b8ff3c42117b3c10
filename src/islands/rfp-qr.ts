// The request's QR code, drawn as SVG in the page (loaded when asked for): the first link that fits the largest version drawn.
import { encodeQr, qrPath } from '../lib/shared/qr-code.ts';
import type { LinkScope } from '../lib/shared/rfp-query.ts';

/** The largest version drawn: 117 modules, still read by a phone from a screen or an A4 print. */
export const qrMaxVersion = 25;

/** Draws into `box` the code of the first link short enough; returns which link it holds, or undefined. */
export function drawQr(box: HTMLElement, links: readonly { scope: LinkScope; url: string }[], label: string): LinkScope | undefined {
  box.replaceChildren();
  const chosen = links.map((link) => ({ link, code: encodeQr(link.url, qrMaxVersion) })).find((c) => c.code !== null);
  if (!chosen?.code) return undefined;
  const ns = 'http://www.w3.org/2000/svg';
  const side = chosen.code.size + 8;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('block', 'h-auto', 'w-full');
  svg.dataset.qrVersion = String(chosen.code.version);
  svg.dataset.qrScope = chosen.link.scope;
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', qrPath(chosen.code));
  path.setAttribute('fill', '#0c1524');
  svg.append(path);
  box.append(svg);
  return chosen.link.scope;
}
