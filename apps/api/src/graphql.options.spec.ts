import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { AppConfig, type Environment, validateEnvironment } from '@ipl/config';
import { graphqlOptions } from './graphql.options';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

function configFor(nodeEnv: 'production' | 'development'): AppConfig {
  const environment: Environment = validateEnvironment({
    NODE_ENV: nodeEnv,
    JWT_SECRET: SECRET,
    DATABASE_URL: 'postgres://ipl:secret@db.internal:5432/ipl',
    MEILI_URL: 'https://search.internal',
    DUPLICATE_CHECK_PEPPER: SECRET,
    TOTP_SECRET_KEY: SECRET,
    MEILI_MASTER_KEY: 'a-master-key-of-sixteen-or-more',
  });
  return new AppConfig(environment);
}

/** An Apollo server with the options' own rules and plugins, on a one-field schema. */
async function introspect(nodeEnv: 'production' | 'development'): Promise<{ errors: string[]; hasData: boolean }> {
  const options = graphqlOptions(configFor(nodeEnv));
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    introspection: options.introspection,
    validationRules: options.validationRules,
    plugins: options.plugins as unknown as ApolloServerPlugin[],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query: '{ __schema { queryType { name } } }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { errors: (errors ?? []).map((error) => error.message), hasData: !!data };
  } finally {
    await server.stop();
  }
}

describe('graphqlOptions', () => {
  it('turns introspection off in production', () => {
    const options = graphqlOptions(configFor('production'));
    expect(options.introspection).toBe(false);
    expect(options.playground).toBe(false);
  });

  it('keeps introspection on outside production', () => {
    expect(graphqlOptions(configFor('development')).introspection).toBe(true);
  });

  it.each(['production', 'development'] as const)('keeps the request protections on in %s', (nodeEnv) => {
    const options = graphqlOptions(configFor(nodeEnv));
    expect(options).toMatchObject({
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      fieldResolverEnhancers: ['guards'],
    });
    expect(options.validationRules?.length).toBeGreaterThan(0);
    expect(options.parseOptions).toEqual({ maxTokens: 3_000 });
    expect(typeof options.formatError).toBe('function');
  });

  it('makes Apollo refuse an introspection query in production', async () => {
    const result = await introspect('production');
    expect(result.hasData).toBe(false);
    expect(result.errors.join('\n')).toMatch(/introspection/i);
  });

  it('lets Apollo answer it outside production', async () => {
    await expect(introspect('development')).resolves.toEqual({ errors: [], hasData: true });
  });
});
