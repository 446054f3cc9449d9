import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum CompanyErrorCode {
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  PARTITA_IVA_TAKEN = 'PARTITA_IVA_TAKEN',
  UNKNOWN_COMUNE = 'UNKNOWN_COMUNE',
}

export const CompanyError = defineDomainErrors<CompanyErrorCode>({
  COMPANY_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Azienda non trovata',
    en: 'Company not found',
  },
  PARTITA_IVA_TAKEN: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Esiste già un’azienda con questa partita IVA',
    en: 'A company with this partita IVA already exists',
  },
  UNKNOWN_COMUNE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: '{field}: il comune {comune} non è nella Città metropolitana di Bologna',
    en: '{field}: comune {comune} is not in the Città metropolitana di Bologna',
  },
});

/** The error for a comune code that is not one of the 55, naming the input field. */
export function unknownComune(field: string, comune: string): InstanceType<typeof CompanyError> {
  const values = { field, comune };
  return new CompanyError(CompanyErrorCode.UNKNOWN_COMUNE, values, {
    fields: [
      {
        field,
        messages: {
          it: `${field}: il comune ${comune} non è nella Città metropolitana di Bologna`,
          en: `${field}: comune ${comune} is not in the Città metropolitana di Bologna`,
        },
      },
    ],
  });
}
