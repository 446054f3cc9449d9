import { defineDomainErrors } from '../../errors/domain-error';
import { GraphqlErrorCode } from '../../errors/graphql-error-code';

/** Why a request was refused or stopped for the work it asked for, whatever its caller. */
export enum RequestLimitErrorCode {
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
}

export const RequestLimitError = defineDomainErrors<RequestLimitErrorCode>({
  QUERY_TOO_COSTLY: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Richiesta troppo onerosa (costo {cost}, limite {limit}): chiedi meno elementi, meno livelli o meno alias',
    en: 'Request too costly (cost {cost}, limit {limit}): ask for fewer items, levels or aliases',
  },
  RESPONSE_TOO_LARGE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'La risposta supererebbe {limit} byte: chiedi meno elementi o meno campi',
    en: 'The response would exceed {limit} bytes: ask for fewer items or fields',
  },
  QUERY_TIMEOUT: {
    code: GraphqlErrorCode.TIMEOUT,
    it: 'La richiesta ha superato il tempo massimo di {limit} ms ed è stata interrotta: chiedi meno dati o riprova',
    en: 'The request went over its time budget of {limit} ms and was stopped: ask for less data or try again',
  },
});
