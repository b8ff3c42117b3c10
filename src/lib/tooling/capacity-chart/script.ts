/**
 * Telling Chinese from English in a chart's text by script: a capacity chart often writes both
 * languages in one cell ("大宴会厅 Grand Ballroom", "剧院式\nTheatre").
 */

const han = /[\p{Script=Han}]/u;
const latinLetter = /[\p{Script=Latin}]/u;

export function hasHan(text: string): boolean {
  return han.test(text);
}

export function hasLatin(text: string): boolean {
  return latinLetter.test(text);
}

export type ScriptSplit =
  | { kind: 'zh'; zh: string }
  | { kind: 'en'; en: string }
  | { kind: 'both'; zh: string; en: string }
  /** Letters or digits only, in no particular language ("101"). */
  | { kind: 'neutral'; text: string }
  /** Chinese and English interleaved, so that no single break separates them. */
  | { kind: 'mixed'; text: string };

/** Collapses runs of white space (line breaks in a cell included) to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** `大宴会厅（Grand Ballroom）` → `大宴会厅 Grand Ballroom`: brackets around the other language's name. */
function unbracket(text: string): string {
  const match = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/u.exec(text);
  if (!match) return text;
  const [, outside = '', inside = ''] = match;
  // Only when the bracket holds the other language: "Room (VIP)" keeps its brackets.
  const switches = (hasHan(outside) && !hasHan(inside) && hasLatin(inside)) || (!hasHan(outside) && hasLatin(outside) && hasHan(inside));
  return switches ? `${outside} ${inside}` : text;
}

type WordScript = 'zh' | 'en' | 'neutral';

function wordScript(word: string): WordScript {
  return hasHan(word) ? 'zh' : hasLatin(word) ? 'en' : 'neutral';
}

/** True when every word is of `script` or neutral, and at least one is of `script`. */
function allOf(words: readonly WordScript[], script: WordScript): boolean {
  return words.includes(script) && words.every((w) => w === script || w === 'neutral');
}

/**
 * Splits a cell into its Chinese and its English part at the space (or line break) where the
 * script changes: `大宴会厅A Grand Ballroom A` → 大宴会厅A / Grand Ballroom A. Latin letters inside a
 * Chinese word ("VIP厅", "大宴会厅A") stay with it; a number between the two parts goes with the
 * part before it ("会议室 1 Meeting Room 1").
 */
export function splitByScript(raw: string): ScriptSplit {
  const text = collapseSpace(unbracket(collapseSpace(raw)));
  const words = text.split(' ');
  const scripts = words.map(wordScript);
  if (!scripts.includes('zh')) return scripts.includes('en') ? { kind: 'en', en: text } : { kind: 'neutral', text };
  if (!scripts.includes('en')) return { kind: 'zh', zh: text };
  for (let cut = words.length - 1; cut >= 1; cut -= 1) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    if (allOf(scripts.slice(0, cut), 'zh') && allOf(scripts.slice(cut), 'en')) return { kind: 'both', zh: head, en: tail };
    if (allOf(scripts.slice(0, cut), 'en') && allOf(scripts.slice(cut), 'zh')) return { kind: 'both', en: head, zh: tail };
  }
  return { kind: 'mixed', text };
}
