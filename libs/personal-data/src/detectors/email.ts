import { MAIL_PROVIDER, TLD } from './web-vocabulary';

/** Providers whose name is no everyday word. */
const DISTINCT_PROVIDER = String.raw`(?:gmail|googlemail|hotmail|outlook|libero|yahoo|virgilio|tiscali|fastwebnet|icloud|yandex|gmx|protonmail|legalmail)`;

const LOCAL = String.raw`[\p{L}\p{N}._%+-]`;
/** An address starts where a word starts: tried from inside a word, a long run would be rescanned at each of its characters. */
const START = String.raw`(?<![\p{L}\p{N}._%+-])`;

/** "@" typed as a word or in brackets: (at), [at], {at}, <at>, (chiocciola), arobase, arroba. */
const BRACKETED_AT = /[([{<]\s*(?:at|@|chiocciola|chiocc\.?|a commerciale|arobase|arroba)\s*[)\]}>]/giu;
const SPOKEN_AT = /\s+(?:at|chiocciola|chiocc\.|a commerciale|arobase|arroba)\s+/giu;
const BRACKETED_DOT = /[([{<]\s*(?:dot|punto|pt|point)\s*[)\]}>]/giu;
const SPOKEN_DOT = /\s+(?:dot|punto|point)\s+/giu;

const PLAIN = new RegExp(String.raw`${START}${LOCAL}+@+(?=[\p{N}-]*\p{L})[\p{L}\p{N}-]{2,}|${START}${LOCAL}{2,}\(a\)[\p{L}\p{N}-]{2,}`, 'u');
const SPACED = new RegExp(String.raw`${START}${LOCAL}+\s*@\s*(?:(?:[\p{L}\p{N}-]+\s*\.\s*)+${TLD}\b|${MAIL_PROVIDER}\b)`, 'iu');
const WRITTEN_AT = new RegExp(String.raw`${START}${LOCAL}{2,}\s*[([{<]\s*(?:at|chiocciola|chiocc\.?|arobase|arroba)\s*[)\]}>]\s*[\p{L}\p{N}-]{2,}`, 'iu');
/** "mario.rossi85 gmail", "rossi_m su libero": an address-like name beside a provider. */
const BESIDE_PROVIDER = new RegExp(
  String.raw`(?<![\p{L}\p{N}._-])(?=[\p{N}._-]*\p{L})[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+|\p{N}+)[\p{L}\p{N}._-]*\s+(?:(?:su|presso|di|on|at|-|:)\s+)?${DISTINCT_PROVIDER}\b`,
  'iu',
);

/** Every obfuscation spelt back into an address: "mario (at) gmail [punto] com" → "mario @ gmail . com". */
function spellOut(text: string): string {
  return text.replace(BRACKETED_AT, '@').replace(BRACKETED_DOT, '.').replace(SPOKEN_AT, ' @ ').replace(SPOKEN_DOT, ' . ');
}

/** Letters typed one by one ("m a r i o @ g m a i l . c o m"): closed up around each "@". */
function closedUp(text: string): string[] {
  const windows: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    windows.push(text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ''));
  }
  return windows;
}

const CLOSED = new RegExp(String.raw`${START}${LOCAL}{2,}@(?:[\p{L}\p{N}-]+\.)+${TLD}(?![\p{L}])|${START}${LOCAL}{2,}@${MAIL_PROVIDER}(?![\p{L}])`, 'iu');

export function hasEmail(text: string): boolean {
  if (PLAIN.test(text) || WRITTEN_AT.test(text) || BESIDE_PROVIDER.test(text)) return true;
  const spelt = spellOut(text);
  if (SPACED.test(spelt)) return true;
  return closedUp(spelt).some((window) => CLOSED.test(window));
}
