import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum AccessErrorCode {
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  NO_SCOPE = 'NO_SCOPE',
}

export const AccessError = defineDomainErrors<AccessErrorCode>({
  SECOND_FACTOR_REQUIRED: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Per continuare attiva la verifica in due passaggi (codice TOTP)',
    en: 'Enrol a second factor (TOTP code) to continue',
  },
  NO_SCOPE: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Il tuo account non è collegato a {scope}',
    en: 'Your account is not linked to {scope}',
  },
});
