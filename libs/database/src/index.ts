export { SnakeNamingStrategy } from './snake-naming.strategy';
export { pgErrorCode, PgErrorCode } from './pg-error';
export { insertRows } from './insert-rows';
