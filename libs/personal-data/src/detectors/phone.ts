import { findPhoneNumbersInText, isValidPhoneNumber } from 'libphonenumber-js/max';

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', uno: '1', un: '1', due: '2', tre: '3', quattro: '4', cinque: '5', sei: '6', sette: '7', otto: '8', nove: '9',
};

const FULL_DATE = /\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}\b/g;

/**
 * libphonenumber finds numbers however they are spaced, dotted or prefixed, Italian or foreign
 * with their international prefix. Numbers written with words between their parts ("333 e poi
 * 1234567") or spelt out ("tre tre tre ...") are found by joining nearby digit groups and
 * asking libphonenumber whether the result is a valid Italian number.
 */
export function hasPhone(original: string): boolean {
  // No phone number anywhere has fewer than six digits: most texts are settled without libphonenumber.
  if (digitCount(original) < 6) return false;
  // "01.03.2024" reads as a landline (010 32024) to libphonenumber: dates go first.
  const text = original.replace(FULL_DATE, ' data ');
  if (findPhoneNumbersInText(text, 'IT').length > 0) return true;
  // Dates and times ("01.03.2024", "8.30-12.30") are digit groups too: joined, they would pass for landlines.
  const withoutDates = text.replace(/\b\d{1,2}[./:-]\d{1,2}(?:[./-]\d{2,4})?\b/g, ' data ');
  const tokens = withoutDates.toLowerCase().split(/[^\p{L}\p{N}+]+/u).filter(Boolean);
  const chains: string[][] = [];
  let chain: string[] = [];
  let wordsSinceDigits = 0;
  for (const token of tokens) {
    const digits = /^\+?\d+$/.test(token) ? token.replace('+', '') : NUMBER_WORDS[token];
    if (digits !== undefined) {
      chain.push(digits);
      wordsSinceDigits = 0;
    } else if (chain.length > 0 && ++wordsSinceDigits > 2) {
      chains.push(chain);
      chain = [];
    }
  }
  chains.push(chain);
  for (const groups of chains) {
    for (let start = 0; start < groups.length; start++) {
      let joined = '';
      for (let end = start; end < groups.length && joined.length < 14; end++) {
        joined += groups[end];
        if (joined.length >= 9 && isItalianPhone(joined)) return true;
      }
    }
  }
  return false;
}

function digitCount(text: string): number {
  let count = (text.match(/\d/g) ?? []).length;
  if (count >= 6) return count;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (Object.hasOwn(NUMBER_WORDS, word)) count++;
  return count;
}

function isItalianPhone(digits: string): boolean {
  const national = digits.replace(/^(?:0039|39)(?=[03])/, '');
  return /^[03]/.test(national) && national.length <= 11 && isValidPhoneNumber(national, 'IT');
}
