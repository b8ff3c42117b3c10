/**
 * Seating layouts a room's capacity is given in, in the order planners read them. Their names as
 * planners know them (剧院式, 课桌式, 宴会式, 酒会式, U字型, 回字型, 董事会式) are in vocabulary-labels.json.
 */
export const layouts = ['theatre', 'classroom', 'banquet', 'reception', 'u_shape', 'hollow_square', 'boardroom'] as const;
export type Layout = (typeof layouts)[number];

export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && (layouts as readonly string[]).includes(value);
}

/** A layout's name inside a sentence: "theatre", "hollow square", but "U-shape". */
export const inSentence = (label: string) => label.replace(/^(\p{Lu})(?=\p{Ll})/u, (first) => first.toLowerCase());
