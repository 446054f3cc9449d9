import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { SearchOutbox } from '@ipl/search';
import { SLOTS_INDEX } from './slots.service';

export interface StandingPausedSlot {
  id: string;
}

/**
 * Puts and lifts the pause a company's lost standing puts on its slots, in the caller's
 * transaction. It is a column of its own, so HR's pause date is never touched by it.
 */
@Injectable()
export class SlotStandingService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Pauses every OPEN slot of the company not paused for its standing yet. */
  async pauseOpenSlotsOf(companyId: string, manager: EntityManager): Promise<StandingPausedSlot[]> {
    const [rows] = (await manager.query(
      `UPDATE slot SET paused_for_standing_at = now(), updated_at = now()
       WHERE company_id = $1 AND status = 'OPEN' AND paused_for_standing_at IS NULL
       RETURNING id`,
      [companyId],
    )) as [StandingPausedSlot[], number];
    await this.changed(rows, 'slot.paused_for_standing', companyId, manager);
    return rows;
  }

  /**
   * Lifts the standing pause of every slot of the company, whatever its status now (one closed
   * or unpublished meanwhile must not carry the pause into a later publication).
   */
  async liftStandingPauseOf(companyId: string, manager: EntityManager): Promise<StandingPausedSlot[]> {
    const [rows] = (await manager.query(
      `UPDATE slot SET paused_for_standing_at = NULL, updated_at = now()
       WHERE company_id = $1 AND paused_for_standing_at IS NOT NULL
       RETURNING id, status`,
      [companyId],
    )) as [(StandingPausedSlot & { status: string })[], number];
    await this.changed(rows, 'slot.standing_pause_lifted', companyId, manager);
    return rows.filter((row) => row.status === 'OPEN').map(({ id }) => ({ id }));
  }

  /** Companies with an open slot not yet paused by standing: what the nightly review checks. */
  async companiesWithRunningSlots(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(`SELECT DISTINCT company_id AS "companyId" FROM slot WHERE status = 'OPEN' AND paused_for_standing_at IS NULL`)) as { companyId: string }[];
    return rows.map((row) => row.companyId);
  }

  private async changed(rows: StandingPausedSlot[], action: string, companyId: string, manager: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await this.audit.recordMany(
      rows.map((slot) => ({ actor: null, action, subjectType: 'slot', subjectId: slot.id, details: { companyId } })),
      manager,
    );
    await this.outbox.documentsChanged(manager, SLOTS_INDEX, rows.map((slot) => slot.id));
  }
}
