export { SnakeNamingStrategy } from './snake-naming.strategy';
export { pgErrorCode, PgErrorCode } from './pg-error';
export { isDatabaseUnavailable } from './database-unavailable';
export { PgListener, type PgListenerHandlers } from './pg-listener';
export { insertRows } from './insert-rows';
