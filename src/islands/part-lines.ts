/** A part of a brief as the finder's cards and the request's venues show it: a badge for its level, its label, then what the figures show (estimates styled apart). */
import type { PartLine } from '../lib/shared/brief-text.ts';
import type { Segment } from '../lib/shared/figure-text.ts';
import type { Level } from '../lib/shared/evidence.ts';
import { element } from './dom.ts';

export function partLineElement(line: PartLine, words: Record<`brief.level.${Level}` | 'common.colon', string>): HTMLElement {
  const p = element('p', '');
  // The space keeps the level a word of its own when read out.
  p.append(element('span', `level level-${line.level}`, words[`brief.level.${line.level}`]), ` ${line.label}${line.body.length > 0 ? words['common.colon'] : ''}`);
  return withSegments(p, line.body);
}

/** Appends text to an element, an estimate from area as an `em.estimate` (never plain text). */
export function withSegments(parent: HTMLElement, segments: readonly Segment[]): HTMLElement {
  for (const s of segments) parent.append(typeof s === 'string' ? s : element('em', 'estimate', s.estimate));
  return parent;
}
