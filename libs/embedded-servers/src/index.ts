export { startEmbeddedMeilisearch } from './embedded-meilisearch';
export { postgresDatabaseDir, startEmbeddedPostgres } from './embedded-postgres';
export { freePort } from './free-port';
export { startLocalServices, type LocalServices } from './local-services';
export type { RunningServer } from './running-server';
export { reasonOf, startFailureMessage } from './start-failure';
