export { errorOf, graphql, graphqlOk, type GraphqlError, type GraphqlResponse } from './graphql-client';
export { createTestApp, type TestApp, type TestAppOptions } from './test-app';
export { createTestDatabase, type TestDatabase } from './test-database';
export { createCompany, createOrganisation, createUser, signIn, TEST_PASSWORD, type Session, type TestUser } from './users.fixture';
