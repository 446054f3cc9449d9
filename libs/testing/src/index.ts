export { errorOf, graphql, graphqlOk, type GraphqlError, type GraphqlRequestOptions, type GraphqlResponse } from './graphql-client';
export { createTestApp, type TestApp, type TestAppOptions } from './test-app';
export { createTestDatabase, type TestDatabase } from './test-database';
export { createCompany, createOrganisation, createUser, signIn, TEST_PASSWORD, type Session, type TestUser } from './users.fixture';
export { auditEvents, mailsTo, type RecordedAuditEvent, type RecordedMail } from './records.fixture';
export { countQueries } from './count-queries';
export { FAULT_SERVERS_PREFIX, type FaultServersCommand, type FaultServersMessage, type FaultServersReady } from './fault-servers-protocol';
