import { normaliseFreeLabel } from './normalise-label';

describe('normaliseFreeLabel', () => {
  it.each<[string, string]>([
    ['  Saldatura   a FILO ', 'saldatura a filo'],
    ['saldatúra', 'saldatura'],
    ['SALDATURA', 'saldatura'],
    ['Puntualità', 'puntualita'],
    ['Città\tmetropolitana\n di  Bologna', 'citta metropolitana di bologna'],
    ["Reception d\u2019albergo", "reception d'albergo"],
    ['ÀÈÉÌÒÙ', 'aeeiou'],
    ['   ', ''],
  ])('%p → %p', (label, normalised) => {
    expect(normaliseFreeLabel(label)).toBe(normalised);
  });

  it('is idempotent', () => {
    const once = normaliseFreeLabel('  Pulizia   dell’Àuto ');
    expect(normaliseFreeLabel(once)).toBe(once);
  });
});
