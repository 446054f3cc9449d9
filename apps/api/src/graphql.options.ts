import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@ipl/config';
import { createFormatError, createGraphqlContext, idValidationPlugin } from '@ipl/core';

const logger = new Logger('GraphQL');

/**
 * Apollo as the API serves it: code-first schema, guards on field resolvers too, limits on
 * depth, cost, aliases, directives and tokens, no batched requests, CSRF prevention, masked
 * internal errors, and no introspection or sandbox in production.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
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
    // @nestjs/apollo (ESM only) types its options with @apollo/server's ESM declarations, while
    // this CommonJS build sees the CJS ones: the same classes, declared twice.
    plugins: [
      ...armor.plugins,
      idValidationPlugin(),
      // The API sets no cache hints (answers are per user); the default plugin would still wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ] as unknown as ApolloDriverConfig['plugins'],
    formatError: createFormatError((error) => logger.error(error)),
  };
}
