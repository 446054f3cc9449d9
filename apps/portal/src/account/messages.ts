/** The words of the account pages, in both languages. */
const it = {} as const;

const en: Record<keyof typeof it, string> = {};

export const accountMessages = { it, en };
