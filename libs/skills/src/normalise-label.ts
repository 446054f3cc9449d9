/**
 * The comparable form of a skill label: trimmed, inner spaces collapsed, lower case, accents
 * stripped, typographic apostrophes made plain (phones type ’ where keyboards type ').
 * "  Saldatúra   a FILO " → "saldatura a filo".
 */
export function normaliseFreeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
