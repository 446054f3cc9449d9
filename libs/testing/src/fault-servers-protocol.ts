/** How the fault harness talks to fault-servers.main.ts: one command a line on stdin, answers on stdout. */
export const FAULT_SERVERS_PREFIX = 'IPL_FAULT_SERVERS ';

export type FaultServersCommand = 'stop-postgres' | 'start-postgres' | 'start-meilisearch';

export interface FaultServersReady {
  dataDir: string;
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

export type FaultServersMessage = { ready: FaultServersReady } | { done: FaultServersCommand } | { failed: FaultServersCommand; reason: string };
