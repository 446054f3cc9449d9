import type { FieldError } from '@ipl/core';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import type { CandidateProfileInput } from './dto/candidate.inputs';
import { findPersonalData, PersonalDataKind } from './personal-data/personal-data-detector';

const KIND_NAMES: Record<PersonalDataKind, { it: string; en: string }> = {
  EMAIL: { it: 'indirizzo e-mail', en: 'e-mail address' },
  PHONE: { it: 'numero di telefono', en: 'phone number' },
  CODICE_FISCALE: { it: 'codice fiscale', en: 'codice fiscale' },
  IBAN: { it: 'IBAN', en: 'IBAN' },
  STREET_ADDRESS: { it: 'indirizzo stradale', en: 'street address' },
};

/** Every free text of a profile input, each with the path the client wrote it under. */
function freeTexts(input: Partial<CandidateProfileInput>): [string, string][] {
  const texts: [string, string][] = [];
  if (input.notes) texts.push(['input.notes', input.notes]);
  input.freeSkillLabels?.forEach((label, i) => texts.push([`input.freeSkillLabels.${i}`, label]));
  input.experiences?.forEach((experience, i) => {
    texts.push([`input.experiences.${i}.occupation`, experience.occupation]);
    if (experience.description) texts.push([`input.experiences.${i}.description`, experience.description]);
  });
  return texts;
}

/**
 * Refuses the whole input when any free text holds personal data, naming each field and the
 * kinds found, never the text itself (the error may be logged, shown or forwarded).
 */
export function assertNoPersonalData(input: Partial<CandidateProfileInput>): void {
  const fields: FieldError[] = [];
  const kindsFound = new Set<PersonalDataKind>();
  for (const [field, text] of freeTexts(input)) {
    const kinds = findPersonalData(text);
    if (kinds.length === 0) continue;
    kinds.forEach((kind) => kindsFound.add(kind));
    fields.push({
      field,
      messages: {
        it: `Contiene dati personali: ${kinds.map((kind) => KIND_NAMES[kind].it).join(', ')}`,
        en: `Holds personal data: ${kinds.map((kind) => KIND_NAMES[kind].en).join(', ')}`,
      },
    });
  }
  if (fields.length === 0) return;
  const kinds = [...kindsFound];
  throw new CandidateError(
    CandidateErrorCode.PERSONAL_DATA_IN_TEXT,
    {
      field: fields.map((f) => f.field).join(', '),
      kindsIt: kinds.map((kind) => KIND_NAMES[kind].it).join(', '),
      kindsEn: kinds.map((kind) => KIND_NAMES[kind].en).join(', '),
    },
    { fields, personalDataKinds: kinds },
  );
}
