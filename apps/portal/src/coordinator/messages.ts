/** The words of the coordinator pages, in both languages. */
const it = {} as const;

const en: Record<keyof typeof it, string> = {};

export const coordinatorMessages = { it, en };
