import { languageOf } from './localised-message';

describe('languageOf', () => {
  it.each<[string | undefined, 'it' | 'en']>([
    ['en-GB,en;q=0.9', 'en'],
    ['it-IT', 'it'],
    [undefined, 'it'],
    ['', 'it'],
    ['fr', 'it'],
    ['fr-FR,en;q=0.5', 'en'],
    ['it;q=0.5, en;q=0.8', 'en'],
    ['en;q=0.5, it;q=0.8', 'it'],
    ['EN-us', 'en'],
    ['en;q=0', 'it'],
    ['en;q=abc', 'it'],
    ['*', 'it'],
  ])('Accept-Language %p → %p', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });
});
