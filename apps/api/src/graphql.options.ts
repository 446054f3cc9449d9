import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@ipl/config';
import { createFormatError, createGraphqlContext, idValidationPlugin, requestLimitsPlugin } from '@ipl/core';
import { GRAPHQL_LIST_BOUNDS } from './graphql-list-bounds';

const logger = new Logger('GraphQL');

/**
 * Most fields one request may resolve, counting every list at its largest (see
 * estimateQueryCost): twice the portal's biggest operation at its largest pages, below one
 * 7-level tree of the public territory (about 200,000), which took the landed code 3.4 s.
 */
export const MAX_QUERY_COST = 100_000;
/** Execution budget of one query, under the 2 s a client is promised an answer in. */
export const QUERY_TIME_BUDGET_MS = 100;
/** Most tokens of a request's document. */
export const MAX_TOKENS = 3_000;
/** Most JSON bytes a query's answer may grow to. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * Apollo as the API serves it: code-first schema, guards on field resolvers too, limits on
 * depth, aliases, directives and tokens, a cost that multiplies by every list's size, time and
 * size budgets, no batched requests, CSRF prevention, masked internal errors, and no
 * introspection or sandbox in production.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Depth in fields: a fragment is no level of the answer (the portal's operations use many).
    maxDepth: { n: 10, flattenFragments: true },
    // Counts a list as one item, so it bounds nothing: requestLimitsPlugin's cost replaces it.
    costLimit: { enabled: false },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Armor's token limit throws while Apollo parses, which Apollo answers with a 500:
    // graphql-js's own limit (parseOptions) refuses the same documents as a parse error, 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    context: createGraphqlContext,
    fieldResolverEnhancers: ['guards'],
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // @nestjs/apollo (ESM only) types its options with @apollo/server's ESM declarations, while
    // this CommonJS build sees the CJS ones: the same classes, declared twice.
    plugins: [
      ...armor.plugins,
      idValidationPlugin(),
      requestLimitsPlugin({
        maxCost: MAX_QUERY_COST,
        bounds: GRAPHQL_LIST_BOUNDS,
        timeBudgetMs: QUERY_TIME_BUDGET_MS,
        maxResponseBytes: MAX_RESPONSE_BYTES,
      }),
      // The API sets no cache hints (answers are per user); the default plugin would still wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ] as unknown as ApolloDriverConfig['plugins'],
    formatError: createFormatError((error) => logger.error(error)),
  };
}
