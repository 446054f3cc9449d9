/**
 * Document numbers by their shape, whatever the words around them: Italian paper identity card
 * and passport (AA1234567), electronic identity card (CA12345AA), driving licence (BO1234567X,
 * U1…), Spanish DNI/NIE, Pakistani CNIC, Romanian series and number, STP/ENI codes, MRZ lines.
 */
const SHAPES = [
  /(?<![\p{L}\p{N}])[A-Z]{2}\s?\d{7}(?:[A-Z])?(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])[A-Z]{2}\s?\d{5}\s?[A-Z]{2}(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{6}(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])[A-Z]\d{8}(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])U1[A-Z0-9]{7}[A-Z](?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])[XYZ]-?\d{7}-?[A-Z](?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])\d{8}-?[A-HJ-NP-TV-Z](?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])\d{5}-\d{7}-\d(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])(?:STP|ENI)\s?-?\d{13}(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])80380\d{15}(?![\p{L}\p{N}])/u,
  /[A-Z0-9]<[A-Z]{3}|<<[A-Z<]{3,}/u,
  /(?<![\p{L}])seria\s+[A-Z]{2}\s*(?:nr\.?|n\.?|numar(?:ul)?)?\s*\d{6}/iu,
];

/** Words that announce a document; after them any code with digits is its number. */
const DOCUMENT_CUE = String.raw`(?:carta d'identit[aà]|carta di identit[aà]|c\.\s?i\.|cie|c\.i\.e\.?|documento|doc\.|n\.? doc|passaporto|passport|passeport|pasaport|pa[sș]aport|паспорт|permesso di soggiorno|p\.?d\.?s\.?|pse|titolo di soggiorno|carta di soggiorno|residence permit|carte de s[eé]jour|titre de s[eé]jour|carte d'identit[eé]|patente(?: di guida)?|licenza di guida|driving licen[cs]e|permis de conduire|id card|identity card|national id|cnic|cin|cni|nin|buletin|tessera sanitaria|codice stp|codice eni|ricevuta (?:di )?(?:richiesta|rinnovo)|kit postale|numero di protocollo|n\.? protocollo|visa|pesel)`;
const CUED_NUMBER = new RegExp(
  // Letters of a number are glued to its digits ("AY1234567"): "patente B dal 2010" holds a year, not a number.
  String.raw`(?:^|[^\p{L}])${DOCUMENT_CUE}[^\p{N}\n]{0,25}?(?<![\p{L}\p{N}])([A-Z0-9]*\d[A-Z0-9]*(?:[ -][A-Z0-9]*\d[A-Z0-9]*)*)(?![\p{L}\p{N}])`,
  'giu',
);

/** A number worth hiding: five or more digits, or letters and at least three digits ("AY12345"). */
function looksLikeNumber(candidate: string): boolean {
  const compact = candidate.replace(/[ -]/g, '');
  const digits = (compact.match(/\d/g) ?? []).length;
  if (/^(?:19|20)\d{2}$/.test(compact)) return false;
  return compact.length >= 5 && digits >= 3 && (digits >= 5 || /\p{L}/u.test(compact));
}

export function hasIdentityDocument(text: string): boolean {
  if (SHAPES.some((shape) => shape.test(text))) return true;
  for (const match of text.matchAll(CUED_NUMBER)) if (looksLikeNumber(match[1])) return true;
  return false;
}
