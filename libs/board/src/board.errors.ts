import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum BoardErrorCode {
  ALREADY_ON_BOARD = 'ALREADY_ON_BOARD',
  NOT_ON_BOARD = 'NOT_ON_BOARD',
  UNTIL_BEFORE_SINCE = 'UNTIL_BEFORE_SINCE',
  MEMBER_COMPANY_NOT_ON_BOARD = 'MEMBER_COMPANY_NOT_ON_BOARD',
}

export const BoardError = defineDomainErrors<BoardErrorCode>({
  ALREADY_ON_BOARD: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'L’azienda è già nel tavolo del Protocollo',
    en: 'The company is already on the board',
  },
  NOT_ON_BOARD: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'L’azienda non è nel tavolo del Protocollo',
    en: 'The company is not on the board',
  },
  MEMBER_COMPANY_NOT_ON_BOARD: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'La tua azienda non è (più) nel tavolo del Protocollo',
    en: 'Your company is not (or no longer) on the board',
  },
  UNTIL_BEFORE_SINCE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'input.until: la data di uscita ({until}) precede quella di ingresso ({since})',
    en: 'input.until: the end date ({until}) is before the start date ({since})',
  },
});
