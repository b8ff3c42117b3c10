/** Seating layouts a room's capacity is given in, in the order planners read them. */
export const layouts = ['theatre', 'classroom', 'banquet', 'reception', 'u_shape', 'hollow_square', 'boardroom'] as const;
export type Layout = (typeof layouts)[number];

/** Layout names as planners know them: 剧院式, 课桌式, 宴会式, 酒会式, U字型, 回字型, 董事会式. */
export const layoutLabels = {
  theatre: { en: 'Theatre', zh: '剧院式' },
  classroom: { en: 'Classroom', zh: '课桌式' },
  banquet: { en: 'Banquet', zh: '宴会式' },
  reception: { en: 'Reception', zh: '酒会式' },
  u_shape: { en: 'U-shape', zh: 'U字型' },
  hollow_square: { en: 'Hollow square', zh: '回字型' },
  boardroom: { en: 'Boardroom', zh: '董事会式' },
} as const satisfies Record<Layout, { en: string; zh: string }>;

export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && (layouts as readonly string[]).includes(value);
}
