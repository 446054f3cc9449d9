/** Kinds of personal data that free text others read must never hold. */
export enum PersonalDataKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  CODICE_FISCALE = 'CODICE_FISCALE',
  IBAN = 'IBAN',
  STREET_ADDRESS = 'STREET_ADDRESS',
  PERSON_NAME = 'PERSON_NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  WEB_ADDRESS = 'WEB_ADDRESS',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
  HEALTH = 'HEALTH',
}

/** How a kind is named to the person who wrote the text. */
export const PERSONAL_DATA_KIND_NAMES: Record<PersonalDataKind, { it: string; en: string }> = {
  EMAIL: { it: 'indirizzo e-mail', en: 'e-mail address' },
  PHONE: { it: 'numero di telefono', en: 'phone number' },
  CODICE_FISCALE: { it: 'codice fiscale', en: 'codice fiscale' },
  IBAN: { it: 'IBAN', en: 'IBAN' },
  STREET_ADDRESS: { it: 'indirizzo stradale', en: 'street address' },
  PERSON_NAME: { it: 'nome di persona', en: "person's name" },
  DATE_OF_BIRTH: { it: 'data di nascita', en: 'date of birth' },
  WEB_ADDRESS: { it: 'indirizzo web o profilo social', en: 'web address or social profile' },
  IDENTITY_DOCUMENT: { it: "numero di documento d'identità o di soggiorno", en: 'identity or residence document number' },
  HEALTH: { it: 'informazioni sulla salute', en: 'health information' },
};
