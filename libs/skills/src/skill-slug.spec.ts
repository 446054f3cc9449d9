import { skillSlug } from './skill-slug';

describe('skillSlug', () => {
  it.each<[string, string]>([
    ['Saldatura a filo', 'saldatura-a-filo'],
    ["Taglio dell'erba", 'taglio-dell-erba'],
    ['Puntualità', 'puntualita'],
    ['Rischio elettrico PES/PAV', 'rischio-elettrico-pes-pav'],
    ['  (Muletto)  ', 'muletto'],
    ['Mediazione linguistico-culturale', 'mediazione-linguistico-culturale'],
  ])('%p → %p', (label, slug) => {
    expect(skillSlug(label)).toBe(slug);
  });
});
