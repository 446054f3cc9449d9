import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum NeedsErrorCode {
  ANALYSIS_NOT_FOUND = 'ANALYSIS_NOT_FOUND',
  INVALID_PERIOD = 'INVALID_PERIOD',
  DRAFT_EXISTS = 'DRAFT_EXISTS',
  NOT_EDITABLE = 'NOT_EDITABLE',
  NOT_UNDER_REVIEW = 'NOT_UNDER_REVIEW',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
  EMPTY_REVIEW = 'EMPTY_REVIEW',
}

export const NeedsError = defineDomainErrors<NeedsErrorCode>({
  ANALYSIS_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Analisi dei fabbisogni non trovata', en: 'Needs analysis not found' },
  INVALID_PERIOD: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Periodo non valido: usa un trimestre (2026-Q1) o un semestre (2026-H1)',
    en: 'Invalid period: use a quarter (2026-Q1) or a half-year (2026-H1)',
  },
  DRAFT_EXISTS: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Esiste già una bozza per questo periodo: modificala',
    en: 'A draft for this period already exists: edit it',
  },
  NOT_EDITABLE: {
    code: GraphqlErrorCode.CONFLICT,
    it: "L'analisi è già stata inviata e non si può modificare: crea una nuova versione",
    en: 'The analysis was submitted and is read-only: create a new version',
  },
  NOT_UNDER_REVIEW: {
    code: GraphqlErrorCode.CONFLICT,
    it: "Si possono esaminare solo le analisi inviate e in vigore",
    en: 'Only submitted, current analyses can be reviewed',
  },
  UNKNOWN_DISTRICT: { code: GraphqlErrorCode.BAD_USER_INPUT, it: 'Distretto sconosciuto: {district}', en: 'Unknown district: {district}' },
  EMPTY_REVIEW: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Indica almeno una tra: esaminata, commento, priorità',
    en: 'Give at least one of: reviewed, comment, priority',
  },
});
