import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { findPhoneNumbersInText, isValidPhoneNumber } from 'libphonenumber-js/max';
import { isValidCodiceFiscale } from './codice-fiscale';

/** Kinds of personal data that free text of a profile must never hold. */
export enum PersonalDataKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  CODICE_FISCALE = 'CODICE_FISCALE',
  IBAN = 'IBAN',
  STREET_ADDRESS = 'STREET_ADDRESS',
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', uno: '1', un: '1', due: '2', tre: '3', quattro: '4', cinque: '5', sei: '6', sette: '7', otto: '8', nove: '9',
};

/**
 * One form for every way of typing the same characters: full-width and other compatibility
 * forms folded (NFKC), invisible characters dropped, exotic dots and dashes made plain.
 */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00B7\u2022\u2024\u2027\u30FB]/g, '.')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const EMAIL = /[\p{L}\p{N}._%+-]+\s*@\s*[\p{L}\p{N}-]{2,}/u;
const OBFUSCATED_EMAIL =
  /[\p{L}\p{N}._%+-]{2,}\s*(?:\(\s*at\s*\)|\[\s*at\s*\]|\{\s*at\s*\}|\(\s*chiocciola\s*\)|\[\s*chiocciola\s*\]|\s(?:at|chiocciola)\s)\s*[\p{L}\p{N}-]{2,}(?:\s*(?:\.|\(\s*(?:dot|punto)\s*\)|\[\s*(?:dot|punto)\s*\]|\s(?:dot|punto)\s)\s*[\p{L}\p{N}-]+)*\s*(?:\.|\(\s*(?:dot|punto)\s*\)|\[\s*(?:dot|punto)\s*\]|\s(?:dot|punto)\s)\s*(?:it|com|net|org|eu|info|biz|me|io)\b/iu;

function hasEmail(text: string): boolean {
  return EMAIL.test(text) || OBFUSCATED_EMAIL.test(text);
}

/**
 * libphonenumber finds numbers however they are spaced, dotted or prefixed. Numbers written
 * with words between their parts ("333 e poi 1234567") or spelt out ("tre tre tre ...") are
 * found by joining nearby digit groups and asking libphonenumber whether the result is a
 * valid Italian number.
 */
const FULL_DATE = /\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}\b/g;

function hasPhone(original: string): boolean {
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

function isItalianPhone(digits: string): boolean {
  const national = digits.replace(/^(?:0039|39)(?=[03])/, '');
  return /^[03]/.test(national) && national.length <= 11 && isValidPhoneNumber(national, 'IT');
}

/** Alphanumeric runs, upper case: the pieces a code may have been split into. */
function tokensOf(text: string): string[] {
  return text.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
}

/**
 * A codice fiscale typed whole, glued to other text, or split by spaces, dots or dashes.
 * Joined pieces must hold a digit: sixteen letters of ordinary words could pass the check
 * character by chance (one in 26), while real codes almost always carry digits.
 */
function hasCodiceFiscale(text: string): boolean {
  const tokens = tokensOf(text);
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (token.length > 16) {
      for (let offset = 0; offset + 16 <= token.length; offset++) {
        const window = token.slice(offset, offset + 16);
        if (/\d/.test(window) && isValidCodiceFiscale(window)) return true;
      }
    }
    let joined = '';
    for (let end = start; end < tokens.length && joined.length < 16; end++) {
      joined += tokens[end];
      if (joined.length === 16 && (end === start || /\d/.test(joined)) && isValidCodiceFiscale(joined)) return true;
    }
  }
  return false;
}

const ITALIAN_IBAN_SHAPE = /^IT\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/;

/** An IBAN whole or in groups; an Italian one is refused by its shape even with a typo in it. */
function hasIban(text: string): boolean {
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

const HOUSE_NUMBER =
  String.raw`,?\s*(?:n\.?\s*|nr\.?\s*|n°\s*|civico\s*)?\d{1,4}(?!\p{N})` +
  // a number followed by a unit is a quantity ("corso di 120 ore"), not a house number
  String.raw`(?!\s*(?:ore|h\b|mes[ei]|ann[oi]|giorn[oi]|settiman[ae]|minut[oi]|min\b|km|%|€|euro|cfu|crediti|ragazz|person|post[oi]|dipendent|addett|competenz))` +
  String.raw`(?:\s*\/\s*[a-z]|[a-z])?(?![\p{L}\p{N}])`;

/** Words that name a street in any case ("via roma 12"). */
const STREET = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:via|viale|v\.le|piazza|piazzale|p\.zza|p\.za|p\.le|vicolo|v\.lo|localit[aà]|loc\.)\s+(?:[\p{L}'.]+\s*){1,4}?` + HOUSE_NUMBER,
  'iu',
);

/** Words that are also ordinary words ("strada facendo", "corso di formazione"): only before a capitalised name. */
const AMBIGUOUS_STREET = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Cc]orso|[Cc]\.so|[Ss]trada|[Ll]argo|[Bb]orgo|[Cc]ontrada|[Gg]alleria)\s+(?:(?:d[aei]l?l?[aeio]?'?\s*|d[ei]\s+)?\p{Lu}[\p{L}'.]*\s*){1,4}?` + HOUSE_NUMBER,
  'u',
);

function hasStreetAddress(text: string): boolean {
  return STREET.test(text) || AMBIGUOUS_STREET.test(text);
}

/** The kinds of personal data found in a text, in a stable order; empty when it is clean. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const normalised = normalise(text);
  const found: PersonalDataKind[] = [];
  if (hasEmail(normalised)) found.push(PersonalDataKind.EMAIL);
  if (hasPhone(normalised)) found.push(PersonalDataKind.PHONE);
  if (hasCodiceFiscale(normalised)) found.push(PersonalDataKind.CODICE_FISCALE);
  if (hasIban(normalised)) found.push(PersonalDataKind.IBAN);
  if (hasStreetAddress(normalised)) found.push(PersonalDataKind.STREET_ADDRESS);
  return found;
}
