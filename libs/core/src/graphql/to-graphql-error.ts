import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '@ipl/database';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { DomainError } from '../errors/domain-error';
import { Language } from '../errors/localised-message';

const HTTP_STATUS_REASONS: Partial<Record<number, CommonErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.INVALID_INPUT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: CommonErrorCode.REQUEST_TOO_LARGE,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.NOT_AUTHENTICATED,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.ACCESS_DENIED,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NOT_FOUND,
  [HttpStatus.TOO_MANY_REQUESTS]: CommonErrorCode.TOO_MANY_REQUESTS,
};

/** Exceptions raised by Nest and its libraries (guards, throttler, passport) as domain errors. */
function asDomainError(exception: unknown): DomainError | undefined {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) {
    const reason = HTTP_STATUS_REASONS[exception.getStatus()];
    return reason ? new CommonError(reason) : undefined;
  }
  // An outage, not a defect: the client may send the same request again once PostgreSQL is back.
  if (isDatabaseUnavailable(exception)) return new CommonError(CommonErrorCode.SERVICE_UNAVAILABLE);
  return undefined;
}

/**
 * The single place where an exception becomes a GraphQL error: message in the caller's
 * language, both languages in extensions, per-field messages for bad input. An exception that
 * is not a domain error is reported through `logInternal` and answered with the generic
 * internal error, so SQL, stack traces and driver messages never reach a client.
 */
export function toGraphqlError(exception: unknown, language: Language, logInternal: (error: unknown) => void): GraphQLError {
  // Already an answer (the request-limits plugin's stop, thrown by a guard): formatError still
  // masks any whose code is not for clients.
  if (exception instanceof GraphQLError) return exception;
  let error = asDomainError(exception);
  if (!error) {
    logInternal(exception);
    error = new CommonError(CommonErrorCode.INTERNAL);
  }
  const { fields, ...details } = error.details;
  return new GraphQLError(error.messages[language], {
    extensions: {
      code: error.code,
      reason: error.reason,
      messages: error.messages,
      ...(fields ? { fields: fields.map((field) => ({ field: field.field, message: field.messages[language], messages: field.messages })) } : {}),
      ...details,
    },
  });
}
