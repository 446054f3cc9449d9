import { defineDomainErrors } from './domain-error';
import { GraphqlErrorCode } from './graphql-error-code';

export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  INVALID_INPUT = 'INVALID_INPUT',
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  NOT_AUTHENTICATED = 'NOT_AUTHENTICATED',
  ACCESS_DENIED = 'ACCESS_DENIED',
  OPERATION_NOT_DECLARED = 'OPERATION_NOT_DECLARED',
  NOT_FOUND = 'NOT_FOUND',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export const CommonError = defineDomainErrors<CommonErrorCode>({
  VALIDATION_FAILED: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Alcuni dati non sono validi: {fields}',
    en: 'Some data is not valid: {fields}',
  },
  INVALID_INPUT: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Dati non validi',
    en: 'Invalid input',
  },
  REQUEST_TOO_LARGE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'La richiesta è troppo grande',
    en: 'The request is too large',
  },
  NOT_AUTHENTICATED: {
    code: GraphqlErrorCode.UNAUTHENTICATED,
    it: 'Accesso richiesto: effettua di nuovo il login',
    en: 'You need to sign in again',
  },
  ACCESS_DENIED: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Non hai i permessi per questa operazione',
    en: 'You are not allowed to do this',
  },
  OPERATION_NOT_DECLARED: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Operazione non disponibile',
    en: 'This operation is not available',
  },
  NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Elemento non trovato',
    en: 'Not found',
  },
  TOO_MANY_REQUESTS: {
    code: GraphqlErrorCode.TOO_MANY_REQUESTS,
    it: 'Troppe richieste: riprova tra qualche minuto',
    en: 'Too many requests: try again in a few minutes',
  },
  SERVICE_UNAVAILABLE: {
    code: GraphqlErrorCode.SERVICE_UNAVAILABLE,
    it: 'Il servizio è momentaneamente non disponibile: riprova tra poco',
    en: 'The service is briefly unavailable: please try again shortly',
  },
  INTERNAL: {
    code: GraphqlErrorCode.INTERNAL_SERVER_ERROR,
    it: 'Si è verificato un errore interno. Riprova più tardi',
    en: 'Something went wrong on our side. Please try again later',
  },
});
