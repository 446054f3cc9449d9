/** The words of the board pages, in both languages. */
const it = {} as const;

const en: Record<keyof typeof it, string> = {};

export const boardMessages = { it, en };
