/** The words of the operator pages, in both languages. */
const it = {} as const;

const en: Record<keyof typeof it, string> = {};

export const operatorMessages = { it, en };
