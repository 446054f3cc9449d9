import { isValidCodiceFiscale, normaliseCodiceFiscale } from './codice-fiscale';

describe('codice fiscale validation', () => {
  it.each(['RSSMRA80A01A944I', 'rssmra80a01a944i', 'RSS MRA 80A01 A944I', 'RSSMRAU0A01H501R', 'RSSMRA8LA01H501F'])('accepts %p', (code) => {
    expect(isValidCodiceFiscale(code)).toBe(true);
  });

  it.each(['RSSMRA80A01A944X', 'RSSMRA80Z01A944I', 'RSSMRA80A01A944', 'ABCDEF12G34H567I', ''])('refuses %p', (code) => {
    expect(isValidCodiceFiscale(code)).toBe(false);
  });

  it('normalises case and separators, but keeps omocodic codes distinct (they are other people)', () => {
    expect(normaliseCodiceFiscale(' rss.mra 80a01-a944i ')).toBe('RSSMRA80A01A944I');
    expect(normaliseCodiceFiscale('RSSMRAU0A01H501R')).not.toBe(normaliseCodiceFiscale('RSSMRA80A01H501U'));
  });
});
