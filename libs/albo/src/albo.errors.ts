import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum AlboErrorCode {
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  REQUIREMENT_NOT_DECLARED = 'REQUIREMENT_NOT_DECLARED',
  NO_METROPOLITAN_SITE = 'NO_METROPOLITAN_SITE',
  UNKNOWN_SECTION = 'UNKNOWN_SECTION',
  SECTION_EXISTS = 'SECTION_EXISTS',
  SECTION_NOT_FOUND = 'SECTION_NOT_FOUND',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  RENEWAL_NOT_REQUESTED = 'RENEWAL_NOT_REQUESTED',
}

export const AlboError = defineDomainErrors<AlboErrorCode>({
  MEMBERSHIP_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'L’azienda non ha presentato domanda all’Albo',
    en: 'The company has not applied to the Albo',
  },
  ALREADY_APPLIED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'L’azienda è già nell’Albo o ha una domanda in corso ({status})',
    en: 'The company is already in the Albo or has an application under way ({status})',
  },
  REQUIREMENT_NOT_DECLARED: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Requisito di ammissione non dichiarato: {requirement}',
    en: 'Admission requirement not declared: {requirement}',
  },
  NO_METROPOLITAN_SITE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'L’azienda non ha una sede operativa nella Città metropolitana: aggiungila al profilo',
    en: 'The company has no operating site in the metropolitan area: add one to its profile',
  },
  UNKNOWN_SECTION: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Sezione dell’Albo sconosciuta o non attiva: {section}',
    en: 'Unknown or inactive Albo section: {section}',
  },
  SECTION_EXISTS: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Esiste già una sezione con codice {section}',
    en: 'A section with code {section} already exists',
  },
  SECTION_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Sezione dell’Albo non trovata',
    en: 'Albo section not found',
  },
  TRANSITION_NOT_ALLOWED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Operazione non possibile per un’azienda in stato {status}',
    en: 'Not possible for a company in status {status}',
  },
  RENEWAL_NOT_REQUESTED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'L’azienda non ha presentato domanda di rinnovo',
    en: 'The company has not filed a renewal',
  },
});
