/**
 * The PostgreSQL channel on which an outbox write wakes the workers. Notified in the writer's
 * transaction, so PostgreSQL delivers it at commit only, never for a rollback.
 */
export const SEARCH_OUTBOX_CHANNEL = 'search_outbox';
