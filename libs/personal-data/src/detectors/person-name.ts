import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, WORDS_FIRST } from '../data/given-names';
import { CHINESE_SURNAMES, NAMED_AFTER, NOT_NAMES, STOPWORDS } from '../data/not-names';
import { fold, wordSet } from '../text-forms';

const AMBIGUOUS = wordSet(AMBIGUOUS_GIVEN_NAMES);
const FIRST_A_WORD = wordSet(WORDS_FIRST);
const GIVEN = new Set([...wordSet(GIVEN_NAMES)].filter((name) => !AMBIGUOUS.has(name) && !FIRST_A_WORD.has(name)));
const NOT_NAME = wordSet(NOT_NAMES);
const STOP = wordSet(STOPWORDS);
const PLACE_WORDS = wordSet(NAMED_AFTER);
const CHINESE = wordSet(CHINESE_SURNAMES);

interface Word {
  text: string;
  folded: string;
  capitalised: boolean;
  /** What stands between this word and the one before it. */
  gap: string;
}

const WORD = /\p{L}+(?:['-]\p{L}+)*/gu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    words.push({ text: match[0], folded: fold(match[0]), capitalised: /^\p{Lu}/u.test(match[0]), gap: text.slice(end, start) });
    end = start + match[0].length;
  }
  return words;
}

/** Surname endings of the countries people come from (Romania, Ukraine, Russia, the Balkans, Poland, Georgia, Albania). */
const FOREIGN_SURNAME = /^\p{Lu}\p{Ll}+(?:escu|eanu|enko|chuk|czuk|iuk|yuk|ovych|ovich|evych|ovic|ović|evic|ević|owski|ewski|owska|ewska|shvili|adze|ov|ev|ova|aj)$/u;
/** Italian words and places with a Slavic-looking ending ("Nuova", "Riprova", "Villanova", "Padova"). */
const ITALIAN_OVA = /(?:prova|trova|nnova|uova|llanova|rranova|ntova|enova|dova|cova|giova)$/iu;
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}I{0,3}|XXIII)$/;

/** A word that can be a surname: capitalised or all capitals, not a place, a month or a common word. */
function surnameLike(word: Word | undefined): boolean {
  return !!word && word.capitalised && word.text.length >= 2 && !NOT_NAME.has(word.folded) && !STOP.has(word.folded) && !ROMAN_NUMERAL.test(word.text);
}

/** Words that may stand between a place word and the name it is named after ("Ristorante da Mario"). */
const PARTICLES = wordSet(`da di de del della dei degli delle d' dall dalla`);

/** "San Giovanni", "Liceo Scientifico Laura Bassi", "via Marco Polo", "Ristorante da Mario": a place named after someone. */
function namesAPlace(words: Word[], index: number): boolean {
  if (ROMAN_NUMERAL.test(words[index + 1]?.text ?? '')) return true;
  for (let back = 1; index - back >= 0; back++) {
    if (/[.,;:!?\n(]/.test(words[index - back + 1].gap.replace(/^\.$/, ''))) return false;
    const before = words[index - back];
    if (PLACE_WORDS.has(before.folded.replace(/'.*$/, ''))) return true;
    if (!before.capitalised && !PARTICLES.has(before.folded)) return false;
  }
  return false;
}

/** "Sarà" is a verb, not "Sara": a word ending in an accented vowel is a name only when written so. */
const ACCENTED_NAMES = wordSet('nicolo jose noe mose rene andre');

function givenName(word: Word): boolean {
  if (/[àèéìòù]$/iu.test(word.text) && !ACCENTED_NAMES.has(word.folded)) return false;
  return GIVEN.has(word.folded);
}

/** "Jean-Pierre", "Anna-Maria": capitalised parts, one of them a given name. */
function compoundName(word: Word): boolean {
  const parts = word.text.split('-');
  return parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part)) && parts.some((part) => GIVEN.has(fold(part)));
}

/** Words after which a lower-case given name is a person ("colloquio con mario", "accompagnata da fatima"). */
const BEFORE_LOWER_CASE_NAME = wordSet('con da per tra fra signor signora sig');
/** "sara" is also "sarà" typed without its accent ("e sara disponibile"). */
const LOWER_CASE_WORDS = wordSet('sara');

function lowerCaseName(words: Word[], index: number): boolean {
  const word = words[index];
  const before = words[index - 1];
  return !word.capitalised && GIVEN.has(word.folded) && !LOWER_CASE_WORDS.has(word.folded) && !!before && BEFORE_LOWER_CASE_NAME.has(before.folded) && /^\s+$/.test(word.gap);
}

function hasNameInWords(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (lowerCaseName(words, i)) return true;
    if (!word.capitalised || NOT_NAME.has(word.folded)) continue;
    const next = words[i + 1];
    const nextIsSurname = surnameLike(next) && /^\s+$/.test(next.gap);
    if (givenName(word) && !namesAPlace(words, i)) return true;
    if (compoundName(word) && !namesAPlace(words, i)) return true;
    if (AMBIGUOUS.has(word.folded) && nextIsSurname && !GIVEN.has(next.folded) && !namesAPlace(words, i)) return true;
    if (AMBIGUOUS.has(word.folded) && nextIsSurname && GIVEN.has(next.folded)) return true;
    if (FOREIGN_SURNAME.test(word.text) && word.text.length >= 5 && !ITALIAN_OVA.test(word.text) && !namesAPlace(words, i)) return true;
    if (/^(?:Al|El)-\p{Lu}/u.test(word.text)) return true;
    if (/^(?:Ben|Ould|Abu|Bin|Bint|Ibn)$/.test(word.text) && nextIsSurname) return true;
    if (CHINESE.has(word.folded) && nextIsSurname) return true;
  }
  return false;
}

/** Titles before a name; abbreviated ones ("sig.", "dott.ssa") name whatever follows. */
const TITLE = /(?<![\p{L}])(sig\.(?:ra|na)?|sigg\.|sig\.?\s?ra|dott\.(?:ssa)?|dr\.|prof\.(?:ssa)?|mr\.|mrs\.|ms\.|fam\.|signor[ae]?|signorina|sig|dottor|dottoressa|dottore|dr|mr|mrs|miss|mister|mme|mlle|monsieur|madame|suor|famiglia)\s+(\p{L}[\p{L}'-]*)/giu;
/** Words that introduce a name: strong ones name whatever follows, the others a capitalised word. */
const CUE = /(?<![\p{L}])(si chiama(?:va)?|di nome|nome e cognome\s*:?|nome\s*:|cognome\s*:|nominativo\s*:?|soprannome|my name is|his name is|her name is|s'appelle|se llama|cognome|chiamat[oa]|detto|detta|named|called|figli[oa] di|fratello|sorella|moglie|marito|mamma|papà|zi[oa]|nonn[oa]|compagn[oa]|fidanzat[oa]|cugin[oa]|convivente)\s+(\p{L}[\p{L}'-]*)/giu;
const STRONG_CUE = /^(?:si chiama|di nome|nome|nominativo|soprannome|my name|his name|her name|s'appelle|se llama)/iu;

function namedBy(pattern: RegExp, text: string, strong: (cue: string) => boolean): boolean {
  for (const match of text.matchAll(pattern)) {
    const [, cue, name] = match;
    const folded = fold(name);
    if (STOP.has(folded) || NOT_NAME.has(folded)) continue;
    if (strong(cue) || /^\p{Lu}/u.test(name) || GIVEN.has(folded) || AMBIGUOUS.has(folded)) return true;
  }
  return false;
}

/** "M. Rossi", "con A. Bianchi": an initial and a surname, where a name can stand (not "patente B. Disponibile"). */
const INITIAL_AND_SURNAME = /(?<![\p{L}.])([A-RT-Z])\.\s?(\p{Lu}\p{Ll}{2,})/gu;

function hasInitialAndSurname(text: string): boolean {
  for (const match of text.matchAll(INITIAL_AND_SURNAME)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 20), match.index);
    const previous = fold(before).split(/[^\p{L}]+/u).filter(Boolean).pop();
    const free = previous === undefined || /[,;:(]\s*$/.test(before) || STOP.has(previous);
    if (free && !NOT_NAME.has(fold(match[2]))) return true;
  }
  return false;
}

export function hasPersonName(text: string): boolean {
  return (
    hasNameInWords(wordsOf(text)) ||
    namedBy(TITLE, text, (title) => title.endsWith('.') || /\.(?:ra|na|ssa)$/i.test(title)) ||
    namedBy(CUE, text, (cue) => STRONG_CUE.test(cue)) ||
    hasInitialAndSurname(text)
  );
}
