import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { GraphqlErrorCode } from '../errors/graphql-error-code';

/** Codes whose messages are meant for the client: ours, and Apollo's for malformed requests. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(GraphqlErrorCode).filter((code) => code !== GraphqlErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's formatError: client errors pass as they are; anything else is logged and masked,
 * so stack traces, SQL and driver messages never reach a client.
 */
export function createFormatError(logInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // The exception filter already answers unknown errors with our own safe INTERNAL error.
    const alreadyMasked = formatted.extensions?.reason === CommonErrorCode.INTERNAL;
    if (typeof code === 'string' && (CLIENT_CODES.has(code) || alreadyMasked)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logInternal(unwrapResolverError(error));
    const internal = new CommonError(CommonErrorCode.INTERNAL);
    return {
      message: internal.messages.it,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: internal.code, reason: internal.reason, messages: internal.messages },
    };
  };
}
