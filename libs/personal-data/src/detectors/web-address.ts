import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../data/given-names';
import { fold, wordSet } from '../text-forms';
import { MAIL_PROVIDER, TLD } from './web-vocabulary';

const URL = /(?:https?:\/\/|www\.)\S+/iu;
/**
 * Top-level domains that are no Italian word: "anni.al momento" and "corso.In seguito" are a
 * sentence typed without its space, not an Albanian or Indian site.
 */
const SITE_TLD = String.raw`(?:it|com|net|org|eu|info|biz|io|fr|de|ch|uk|ro|ua|ru|app|xyz|online|tv)`;
/** A bare domain ("mariorossi.it", "facebook.com/mario"), never the domain of an e-mail address. */
const DOMAIN = new RegExp(
  String.raw`(?<![@\p{L}\p{N}._-])(?<!@\s{0,3})(?!(?:asp|ASP|vb|VB|ado|ADO)\.(?:net|NET|Net)\b)(?!${MAIL_PROVIDER}\.)(?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}][\p{L}\p{N}-]{2,}\.(?:${SITE_TLD}|${SITE_TLD.toUpperCase()})(?![\p{L}\p{N}])(?!\s*@)`,
  'u',
);
/** "@mario.rossi" (a handle), unless it is the domain part of a spaced-out e-mail address. */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}._]{3,}(?![\p{L}\p{N}._])/gu;
const EMAIL_DOMAIN = new RegExp(String.raw`^@(?:${MAIL_PROVIDER}(?:\.|$)|[\p{L}\p{N}-]+\.${TLD}$)`, 'iu');

const PLATFORM = String.raw`(?:instagram|insta|ig|facebook|fb|tiktok|tik tok|twitter|x\.com|linkedin|telegram|snapchat|snap|youtube|threads|vk|vkontakte|skype|onlyfans|twitch|discord|signal)`;
/** "fb: mario rossi", "instagram come mario_85", "username mariorossi85". */
const PLATFORM_ID = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${PLATFORM}|profilo|account|username|user name|nickname|nick|utente|pseudo)\s*(?:(?::|=|->|→|-)\s*|\s+(?:è|e'|come|:)\s*|\s+)@?([\p{L}\p{N}._]{2,}[\p{L}\p{N}])`,
  'giu',
);
const NAMES = wordSet(GIVEN_NAMES);
const AMBIGUOUS = wordSet(AMBIGUOUS_GIVEN_NAMES);
/** Words that may follow a platform's name in ordinary text ("Facebook e Instagram", "profilo professionale"). */
const ORDINARY = wordSet(`e ed o di del della per con come che su sui nel nella aziendale aziendali professionale personale base
  buona buono ottima ottimo discreta discreto scarsa conoscenza uso usa gestione pagina pagine social media marketing
  instagram facebook tiktok twitter linkedin telegram youtube whatsapp skype per lavoro completo aggiornato attivo
  cliente clienti utenti utente operatore operatori dati anonimo livello avanzato avanzata intermedio intermedia
  sponsorizzate campagne contenuti post`);

/** A handle, not a word: digits, dots or underscores in it, or a given name glued to more letters ("mariorossi"). */
function looksLikeHandle(token: string, afterColon: boolean): boolean {
  const word = fold(token);
  if (ORDINARY.has(word)) return false;
  if (/[\d._]/.test(word)) return true;
  if (afterColon) return true;
  for (let end = 4; end < word.length - 2; end++) if (NAMES.has(word.slice(0, end)) && !AMBIGUOUS.has(word.slice(0, end))) return true;
  return false;
}

function hasPlatformId(text: string): boolean {
  const pattern = new RegExp(PLATFORM_ID);
  // Matches may overlap ("profilo facebook: mario"): each start is tried, not only after the last match.
  for (let match = pattern.exec(text); match; pattern.lastIndex = match.index + 1, match = pattern.exec(text)) {
    const afterColon = /[:=>→-]\s*@?[^\s]*$/u.test(match[0]) || match[0].includes('@');
    if (looksLikeHandle(match[1], afterColon)) return true;
  }
  return false;
}

function hasHandle(text: string): boolean {
  for (const match of text.matchAll(HANDLE)) if (!EMAIL_DOMAIN.test(match[0])) return true;
  return false;
}

export function hasWebAddress(text: string): boolean {
  return URL.test(text) || DOMAIN.test(text) || hasHandle(text) || hasPlatformId(text);
}
