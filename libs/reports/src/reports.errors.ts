import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum ReportErrorCode {
  INVALID_PERIOD = 'INVALID_PERIOD',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
}

export const ReportError = defineDomainErrors<ReportErrorCode>({
  INVALID_PERIOD: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Periodo non valido: usa un trimestre (2026-Q1) o un semestre (2026-H1)',
    en: 'Invalid period: use a quarter (2026-Q1) or a half-year (2026-H1)',
  },
  UNKNOWN_DISTRICT: { code: GraphqlErrorCode.BAD_USER_INPUT, it: 'Distretto sconosciuto: {district}', en: 'Unknown district: {district}' },
});
