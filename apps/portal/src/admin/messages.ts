/** The words of the admin pages, in both languages. */
const it = {} as const;

const en: Record<keyof typeof it, string> = {};

export const adminMessages = { it, en };
