import * as codiceFiscaleModule from 'codice-fiscale-js';

interface CodiceFiscaleStatics {
  check(codiceFiscale: string): boolean;
}

// The package declares a default export, but its CommonJS bundle exports `{ CodiceFiscale }`.
const CodiceFiscale = (codiceFiscaleModule as unknown as { CodiceFiscale: CodiceFiscaleStatics }).CodiceFiscale;

/** Upper case, without the spaces, dots and dashes people type between its parts. */
export function normaliseCodiceFiscale(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s.\-_/]/g, '');
}

/**
 * Format (letters and digits in their places, omocodia letters accepted where digits go),
 * month letter and check character. An omocodic code is a different person's code: it is not
 * mapped back to the original, or two people would collide.
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = normaliseCodiceFiscale(value);
  return code.length === 16 && CodiceFiscale.check(code);
}
