import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { performance } from 'node:perf_hooks';
import { DomainError } from '../../errors/domain-error';
import { languageOf } from '../../errors/localised-message';
import { toGraphqlError } from '../to-graphql-error';
import { estimateQueryCost, type ListBounds } from './query-cost';
import { RequestLimitError, RequestLimitErrorCode } from './request-limit-errors';
import { jsonSize } from './json-size';
import type { QueryBudget } from './query-budget';

export interface RequestLimits {
  /** Most fields a request may resolve, as `estimateQueryCost` counts them. */
  maxCost: number;
  bounds: ListBounds;
  /** Wall-clock budget of a query's execution; fields not started by then are not resolved. */
  timeBudgetMs: number;
  /** Most bytes of JSON a query's data may grow to; execution stops there. */
  maxResponseBytes: number;
  now?: () => number;
}

function asGraphqlError(error: DomainError, context: GraphQLRequestContext<BaseContext>, http?: { status: number }): GraphQLError {
  const graphqlError = toGraphqlError(error, languageOf(context.request.http?.headers.get('accept-language')), () => undefined);
  return http ? new GraphQLError(graphqlError.message, { extensions: { ...graphqlError.extensions, http } }) : graphqlError;
}

/**
 * The same error with a path, which graphql-js takes as already located: every resolver that
 * starts after the stop throws it, and graphql-js would otherwise build a new error, with its
 * stack trace, for each of them (measured: with a 100 ms budget a 2,800-field query took
 * 600 ms, more than unstopped, nearly all in building those errors).
 */
function located(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions, path: [] });
}

/**
 * Bounds the work of every request, whatever its shape: a query whose cost exceeds the limit
 * is refused before any resolver runs (HTTP 400); a query that runs out of its time or size
 * budget stops resolving fields and is answered with that one error, never a partial
 * answer nobody asked for. The stop is thrown by the resolvers (`QueryBudgetGuard`), never
 * from `willResolveField`: a synchronous throw inside a list of non-null items makes graphql-js
 * 16 drop the promises of the items before it, whose rejections then go unhandled. Mutations get only the cost check: their resolver has committed
 * before their result's fields resolve, so stopping those would report a done change as failed.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin<BaseContext> {
  const now = limits.now ?? (() => performance.now());
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
      let stopped: GraphQLError | undefined;
      return {
        async didResolveOperation(context) {
          const cost = estimateQueryCost({
            schema: context.schema,
            document: context.document,
            operationName: context.operationName,
            variables: context.request.variables,
            bounds: limits.bounds,
          });
          if (cost > limits.maxCost) {
            const error = new RequestLimitError(RequestLimitErrorCode.QUERY_TOO_COSTLY, { cost, limit: limits.maxCost }, { cost, limit: limits.maxCost });
            throw asGraphqlError(error, context, { status: 400 });
          }
        },
        async executionDidStart(context) {
          if (context.operation.operation !== 'query') return;
          const deadline = now() + limits.timeBudgetMs;
          let bytes = 0;
          const stop = (reason: RequestLimitErrorCode, limit: number): GraphQLError => {
            stopped ??= located(asGraphqlError(new RequestLimitError(reason, { limit }, { limit }), context));
            return stopped;
          };
          const budget: QueryBudget = {
            assertLeft() {
              if (now() > deadline) stop(RequestLimitErrorCode.QUERY_TIMEOUT, limits.timeBudgetMs);
              if (stopped) throw stopped;
            },
          };
          (context.contextValue as { budget?: QueryBudget }).budget = budget;
          return {
            willResolveField({ info }) {
              if (stopped) return;
              // The key, its quotes, colon and comma.
              bytes += String(info.path.key).length + 4;
              return (error, result) => {
                if (error) return;
                bytes += jsonSize(result);
                if (bytes > limits.maxResponseBytes) stop(RequestLimitErrorCode.RESPONSE_TOO_LARGE, limits.maxResponseBytes);
              };
            },
          };
        },
        async willSendResponse(context) {
          if (stopped && context.response.body.kind === 'single') {
            const { path: _path, ...error } = stopped.toJSON();
            context.response.body.singleResult = { data: null, errors: [error] };
          }
        },
      };
    },
  };
}
