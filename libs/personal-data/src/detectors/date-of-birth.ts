import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../data/given-names';
import { fold, wordSet } from '../text-forms';

const MONTH = String.raw`(?:gen(?:naio)?|feb(?:braio)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|set(?:t(?:embre)?)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?|january|february|march|april|may|june|july|august|september|october|november|december|jan|jun|jul|aug|sep|oct|dec|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\.?`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:°|º|st|nd|rd|th|er)?`;
const YEAR = String.raw`(?:19\d{2}|20[0-2]\d)`;
const SHORT_YEAR = String.raw`'?\d{2}`;
/** A day, a month and maybe a year in any of the ways people write them. */
const DATE = String.raw`(?<!\p{N})(?:${DAY}\s*[./-]\s*(?:0?[1-9]|1[0-2])(?:\s*[./-]\s*(?:${YEAR}|\d{2}))?(?!\p{N})|${DAY}\s+(?:di\s+|de\s+|of\s+)?${MONTH}(?:\s+(?:${YEAR}|${SHORT_YEAR}))?|${MONTH}\s+${DAY}(?:,?\s+${YEAR})?)`;
/** A birth year alone ("nato nel 1985", "classe '85"). */
const BIRTH_YEAR = String.raw`(?:${YEAR}|'\d{2}|\d{2}(?!\s*(?:anni|ore|mesi|%)))`;

const CUE = String.raw`(?:nat[oaie]|nascita|nasce|dob|d\.\s?o\.\s?b\.?|d\.\s?n\.|d\.d\.n\.?|ddn|born|birth(?:day|date)?|date of birth|nee?\s+le|naissance|compleanno|fecha de nacimiento|nacid[oa]|data nasterii|nascut[aă]?|народ\S*)`;

/** "nato il 3 aprile 1985", "DOB 12.03.1990", "data di nascita: 1/3/90", "born on March 3, 1985". */
const CUED_DATE = new RegExp(String.raw`(?<![\p{L}])${CUE}(?![\p{L}])[^\n\d]{0,40}?${DATE}`, 'iu');
/** "nato nel 1985", "nata a Kiev nel '87", "anno di nascita 1978", "born 1990". */
const CUED_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:${CUE}|anno di nascita)(?![\p{L}])[^\n\d]{0,40}?(?<![\p{N}])(?<!(?:dal|dall'|da|al|fino al|dopo il|since|from)\s+)${BIRTH_YEAR}(?!\p{N})`, 'iu');
/** "classe 1985", "classe '85", "classe 85". */
const CLASS_OF = /(?<![\p{L}])classe\s+(?:19\d{2}|20[01]\d|'?(?:[3-9]\d|0\d))(?!\p{N})(?!\s*(?:ore|anni|mesi|%))/iu;
/** "compie 40 anni il 5 marzo": a birthday is a date of birth without its year. */
const BIRTHDAY = new RegExp(String.raw`(?<![\p{L}])compi(?:e|uto|ra|rà)\s+\d{2}\s+anni\s+(?:il|l')\s*${DATE}`, 'iu');
/** "Ahmed (85)", "Ioana ('92)", "Mario Rossi, 1985": a year after a name. */
const YEAR_AFTER_WORD = /(\p{Lu}[\p{Ll}'-]+)\.?,?\s*(?:\(\s*(?:'?[3-9]\d|0\d|19[3-9]\d|200\d)\s*\)|,\s*19[3-9]\d(?!\p{N}))/gu;
const NAMES = wordSet(GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES);

function hasYearAfterName(text: string): boolean {
  for (const match of text.matchAll(YEAR_AFTER_WORD)) {
    const before = text.slice(0, match.index).trimEnd();
    if (NAMES.has(fold(match[1])) || /\p{Lu}[\p{Ll}'-]+$/u.test(before)) return true;
  }
  return false;
}

/** A full date of a birth year with nothing saying it is a work period ("12/03/1985"). */
const BARE_DATE = new RegExp(String.raw`(?<![\p{N}])${DAY}\s*([./-])\s*(?:0?[1-9]|1[0-2])\s*\1\s*(?:19[3-9]\d|200[0-8]|[3-9]\d)(?!\p{N})`, 'giu');
const WORK_PERIOD_BEFORE = /(?:(?<![\p{L}])(?:dal|dall'|al|all'|da|a|il|fino|entro|inizio|fine|tra|fra|e|diploma\w*|licenza|qualifica|attestato|conseguit\w*|assunt\w*|lavorat\w*|periodo|contratto|scadenza)|-|–)\s*$/iu;

const WORK_PERIOD_AFTER = /^\s*(?:-|–|al\b|a\b|fino|to\b)/iu;

function hasBareBirthDate(text: string): boolean {
  for (const match of text.matchAll(BARE_DATE)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 25), match.index);
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 8);
    if (!WORK_PERIOD_BEFORE.test(before) && !WORK_PERIOD_AFTER.test(after)) return true;
  }
  return false;
}

export function hasDateOfBirth(text: string): boolean {
  const folded = fold(text);
  return (
    CUED_DATE.test(folded) ||
    CUED_YEAR.test(folded) ||
    CLASS_OF.test(folded) ||
    BIRTHDAY.test(folded) ||
    hasYearAfterName(text) ||
    hasBareBirthDate(text)
  );
}
