import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { tokensOf } from './tokens';

const ITALIAN_IBAN_SHAPE = /^IT\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/;

/** An IBAN whole or in groups; an Italian one is refused by its shape even with a typo in it. */
export function hasIban(text: string): boolean {
  const tokens = tokensOf(text);
  for (let start = 0; start < tokens.length; start++) {
    if (!/^[A-Z]{2}\d{2}/.test(tokens[start])) continue;
    let joined = '';
    for (let end = start; end < tokens.length && joined.length < 34; end++) {
      joined += tokens[end];
      if (joined.length >= 15 && (isValidIBAN(electronicFormatIBAN(joined) ?? joined) || ITALIAN_IBAN_SHAPE.test(joined))) return true;
    }
  }
  return false;
}
