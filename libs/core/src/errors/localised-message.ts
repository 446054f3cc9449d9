export type Language = 'it' | 'en';

/** Every message a user can read exists in Italian (the default) and English. */
export interface LocalisedMessage {
  it: string;
  en: string;
}

/**
 * The language of a request: English only when the client prefers it, Italian otherwise,
 * because the portal's users are Italian first.
 */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'it';
  const tags = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter(({ tag, q }) => (tag === 'it' || tag === 'en') && q > 0)
    .sort((a, b) => b.q - a.q);
  return tags[0]?.tag === 'en' ? 'en' : 'it';
}
