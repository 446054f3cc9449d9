const HOUSE_NUMBER =
  String.raw`,?\s*(?:n\.?\s*|nr\.?\s*|n°\s*|civico\s*)?\d{1,4}(?!\p{N})` +
  // a number followed by a unit is a quantity ("corso di 120 ore"), not a house number
  String.raw`(?!\s*(?:ore|h\b|mes[ei]|ann[oi]|giorn[oi]|settiman[ae]|minut[oi]|min\b|km|%|€|euro|cfu|crediti|ragazz|person|post[oi]|dipendent|addett|competenz))` +
  String.raw`(?:\s*\/\s*[a-z]|[a-z])?(?![\p{L}\p{N}])`;

const STREET_WORD = String.raw`(?:via|viale|v\.le|piazza|piazzale|p\.zza|p\.za|p\.le|vicolo|v\.lo|localit[aà]|loc\.)`;
/** Words that are also ordinary words ("strada facendo", "corso di formazione"). */
const AMBIGUOUS_STREET_WORD = String.raw`(?:corso|c\.so|strada|str\.|largo|borgo|contrada|galleria|lungo[a-z]+|rue|avenue|boulevard|street|road)`;

/** Words that name a street in any case ("via roma 12"). */
const WITH_NUMBER = new RegExp(String.raw`(?:^|[^\p{L}])${STREET_WORD}\s+(?:[\p{L}'.]+\s*){1,4}?` + HOUSE_NUMBER, 'iu');

/** Ambiguous street words, only before a capitalised name. */
const AMBIGUOUS_WITH_NUMBER = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Cc]orso|[Cc]\.so|[Ss]trada|[Ll]argo|[Bb]orgo|[Cc]ontrada|[Gg]alleria)\s+(?:(?:d[aei]l?l?[aeio]?'?\s*|d[ei]\s+)?\p{Lu}[\p{L}'.]*\s*){1,4}?` + HOUSE_NUMBER,
  'u',
);

/** Where a person lives or can be found: after these words any street is theirs. */
const HOME_CUE = String.raw`(?:abit[aoi]\w*|viv[eo]\w*|risied\w*|resident\w*|residenza|domicili\w*|alloggi\w*|ospit[ea]\w*|dimor\w*|indirizzo|recapito|sta|stanno|casa|lives?|living|resides?|address|habite)`;
const HOME_PLACE = String.raw`(?:^|[^\p{L}])${HOME_CUE}\s*:?\s+(?:(?:in|a|al|alla|ad|presso|nei pressi di|vicino a|vicino alla|on|at|in the)\s+)*`;
const OF = String.raw`(?:de la\s+|della\s+|delle\s+|degli\s+|dello\s+|dei\s+|del\s+|d[aei]l?l?[aeio]?'\s*|d[ei]\s+|du\s+|des\s+|of\s+)?`;
const HOME_STREET = new RegExp(String.raw`${HOME_PLACE}${STREET_WORD}\s+${OF}([\p{L}][\p{L}-]+)`, 'giu');
/** Ambiguous street words after a home cue, only before a capitalised name (checked on the match: `i` would make \p{Lu} match any letter). */
const HOME_AMBIGUOUS_STREET = new RegExp(String.raw`${HOME_PLACE}${AMBIGUOUS_STREET_WORD}\s+${OF}([\p{L}][\p{L}-]+)`, 'giu');

/** Means, not places: "via e-mail", "via Zoom", "via WhatsApp". */
const MEANS = new Set(['email', 'e-mail', 'mail', 'pec', 'zoom', 'skype', 'teams', 'meet', 'whatsapp', 'telegram', 'telefono', 'sms', 'internet', 'web', 'posta', 'fax', 'app', 'chat', 'video', 'videochiamata', 'messaggio', 'piattaforma', 'portale', 'agenzia', 'interinale']);

/** "via Mazzini", "Piazza Maggiore", "via del Pratello": a named street, even without a number. */
const NAMED_STREET = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Vv]ia|[Vv]iale|[Vv]\.le|[Pp]iazza|[Pp]iazzale|[Pp]\.zza|[Pp]\.za|[Vv]icolo)\s+${OF}(\p{Lu}[\p{L}-]+)`,
  'gu',
);

function namesAPlace(pattern: RegExp, text: string, capitalised = false): boolean {
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (capitalised && name[0] === name[0].toLowerCase()) continue;
    if (!MEANS.has(name.toLowerCase())) return true;
  }
  return false;
}

/** A postcode of the metropolitan area before a place ("40127 Bologna"). */
const POSTCODE = /(?:^|[^\p{N}])40[01]\d{2}\s+\p{Lu}/u;

export function hasStreetAddress(text: string): boolean {
  return (
    WITH_NUMBER.test(text) ||
    AMBIGUOUS_WITH_NUMBER.test(text) ||
    POSTCODE.test(text) ||
    namesAPlace(HOME_STREET, text) ||
    namesAPlace(HOME_AMBIGUOUS_STREET, text, true) ||
    namesAPlace(NAMED_STREET, text)
  );
}
