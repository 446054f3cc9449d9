import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What moved: an Albo status (the step's new status) or the company's board seat. */
export type StandingCause = 'ALBO_STATUS' | 'BOARD_SEAT';

export interface StandingChange {
  companyId: string;
  cause: StandingCause;
  /** The Albo status after the step, or null for a board change. */
  alboStatus: string | null;
}

export type StandingListener = (change: StandingChange, manager: EntityManager) => Promise<void>;

/**
 * Where libraries that depend on the Albo (slots and proposals) hear, inside the transaction of
 * the change, that a company's right to act on candidates may have changed: the Albo and the
 * board tell them without depending on them (no albo → slots → albo cycle). Listeners run in
 * the caller's transaction, so a pause and its notifications commit or roll back with the step.
 */
@Injectable()
export class CompanyStandingHooks {
  private readonly listeners: StandingListener[] = [];

  subscribe(listener: StandingListener): void {
    this.listeners.push(listener);
  }

  async changed(change: StandingChange, manager: EntityManager): Promise<void> {
    for (const listener of this.listeners) await listener(change, manager);
  }
}
