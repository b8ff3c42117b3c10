/** A slug: lower-case ASCII letters, digits and single hyphens, the same in both languages (`hangzhou-international-expo-center`). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: string): boolean => slugPattern.test(value);
