import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum OrganisationErrorCode {
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
}

export const OrganisationError = defineDomainErrors<OrganisationErrorCode>({
  ORGANISATION_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Organizzazione non trovata',
    en: 'Organisation not found',
  },
  UNKNOWN_DISTRICT: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il distretto {district} non esiste',
    en: 'District {district} does not exist',
  },
});
