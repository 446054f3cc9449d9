import { isValidCodiceFiscale } from '../codice-fiscale';
import { tokensOf } from './tokens';

/** A digit place of a codice fiscale holds a digit or its omocodia letter. */
const D = '[0-9LMNPQRSTUV]';
/** Surname, name, year, month, day: the first eleven characters, enough to single a person out. */
const PARTIAL = new RegExp(`^[A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}(?:[A-Z](?:${D}(?:${D}(?:${D}[A-Z]?)?)?)?)?$`);
/** Places where a digit goes: "O" and "I" typed there are zeros and ones. */
const DIGIT_PLACES = [6, 7, 9, 10, 12, 13, 14];

function mendDigits(code: string): string {
  const chars = [...code];
  for (const place of DIGIT_PLACES) {
    if (chars[place] === 'O') chars[place] = '0';
    else if (chars[place] === 'I') chars[place] = '1';
  }
  return chars.join('');
}

/** Eleven to sixteen characters shaped like a codice fiscale, whatever its check character. */
function looksLikeCode(candidate: string): boolean {
  if (candidate.length < 11 || candidate.length > 16) return false;
  // Year and day are typed as digits: with fewer than three of them, words and a number joined
  // by chance ("compie 40 anni") would pass once mended.
  if ([6, 7, 9, 10].filter((place) => /\d/.test(candidate[place] ?? '')).length < 3) return false;
  return PARTIAL.test(mendDigits(candidate));
}

/**
 * A codice fiscale whole (glued to other text or split by spaces, dots or dashes), with a
 * mistyped check character, or cut short after the date of birth ("RSSMRA85T10"). Joined pieces
 * must hold a digit: sixteen letters of ordinary words could pass the check character by chance.
 */
export function hasCodiceFiscale(text: string): boolean {
  const tokens = tokensOf(text);
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (looksLikeCode(token)) return true;
    if (token.length > 16) {
      for (let offset = 0; offset + 16 <= token.length; offset++) {
        const window = token.slice(offset, offset + 16);
        if (/\d/.test(window) && isValidCodiceFiscale(window)) return true;
      }
    }
    let joined = '';
    // Split codes come in groups of two or more characters ("RSS MRA 85T10"); a one-letter
    // piece other than the check character would join ordinary words into a code.
    let grouped = true;
    for (let end = start; end < tokens.length && joined.length < 16; end++) {
      joined += tokens[end];
      if (end > start && tokens[end].length < 2 && joined.length !== 16) grouped = false;
      if (joined.length === 16 && (end === start || /\d/.test(joined)) && isValidCodiceFiscale(joined)) return true;
      if (end > start && grouped && looksLikeCode(joined)) return true;
    }
  }
  return false;
}
