import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { languageOf } from '../errors/localised-message';
import { toGraphqlError } from '../graphql/to-graphql-error';
import { malformedIds } from './malformed-ids';

function invalidIds(paths: string[]): InstanceType<typeof CommonError> {
  const fields = paths.map((field) => ({
    field,
    messages: { it: `${field}: deve essere un identificativo valido`, en: `${field}: must be a valid id (a UUID)` },
  }));
  return new CommonError(CommonErrorCode.VALIDATION_FAILED, { fields: [...new Set(paths)].join(', ') }, { fields });
}

/**
 * Validates every ID the operation sends, once for all operations, before anything runs: a
 * malformed id is BAD_USER_INPUT naming its field, in the caller's language, never the
 * internal error PostgreSQL's `invalid_text_representation` would become.
 */
export function idValidationPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context) => {
          const paths = malformedIds(context.schema, context.document, context.request.variables ?? {});
          if (paths.length === 0) return Promise.resolve();
          const language = languageOf(context.request.http?.headers.get('accept-language') ?? undefined);
          const error = toGraphqlError(invalidIds(paths), language, () => undefined);
          // Apollo answers an error thrown here with 500 unless told otherwise.
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      }),
  };
}
