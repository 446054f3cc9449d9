import type { FieldError } from '@ipl/core';
import { findPersonalData } from './personal-data-detector';
import { PERSONAL_DATA_KIND_NAMES, PersonalDataKind } from './personal-data-kind';
import { PersonalDataError, PersonalDataErrorCode } from './personal-data.errors';

function named(kinds: PersonalDataKind[], language: 'it' | 'en'): string {
  return kinds.map((kind) => PERSONAL_DATA_KIND_NAMES[kind][language]).join(', ');
}

/**
 * Refuses a write when any of its free texts holds personal data: one error naming each field
 * (its input path) and the kinds found there, never the text itself, since the error may be
 * logged, shown or forwarded. Empty and missing texts pass.
 */
export function assertNoPersonalData(texts: readonly (readonly [field: string, text: string | null | undefined])[]): void {
  const fields: FieldError[] = [];
  const found = new Set<PersonalDataKind>();
  for (const [field, text] of texts) {
    if (!text) continue;
    const kinds = findPersonalData(text);
    if (kinds.length === 0) continue;
    kinds.forEach((kind) => found.add(kind));
    fields.push({ field, messages: { it: `Contiene dati personali: ${named(kinds, 'it')}`, en: `Holds personal data: ${named(kinds, 'en')}` } });
  }
  if (fields.length === 0) return;
  const kinds = [...found];
  throw new PersonalDataError(
    PersonalDataErrorCode.PERSONAL_DATA_IN_TEXT,
    { field: fields.map((f) => f.field).join(', '), kindsIt: named(kinds, 'it'), kindsEn: named(kinds, 'en') },
    { fields, personalDataKinds: kinds },
  );
}
