/** The stable codes every GraphQL error carries in `extensions.code`. */
export enum GraphqlErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The request went over its execution-time budget; trying again later, or asking for less, may work. */
  TIMEOUT = 'TIMEOUT',
  /** A server the API needs (PostgreSQL) is unavailable for now; the same request may be sent again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
