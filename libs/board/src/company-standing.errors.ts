import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum CompanyStandingErrorCode {
  COMPANY_NOT_ACTIVE_IN_ALBO = 'COMPANY_NOT_ACTIVE_IN_ALBO',
}

export const CompanyStandingError = defineDomainErrors<CompanyStandingErrorCode>({
  COMPANY_NOT_ACTIVE_IN_ALBO: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'L’azienda non è (più) ammessa all’Albo metropolitano delle Aziende inclusive né nel tavolo del Protocollo: non può ricevere candidature finché non vi rientra',
    en: 'The company is not (or no longer) admitted to the Albo metropolitano delle Aziende inclusive nor on the Protocol’s board: it receives no candidates until it is again',
  },
});
