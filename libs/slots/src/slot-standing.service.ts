import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { SearchOutbox } from '@ipl/search';
import { PAUSED_UNTIL_RESUMED } from './slot-pause';
import { SLOTS_INDEX } from './slots.service';

export interface StandingPausedSlot {
  id: string;
}

/** Pauses and lists the slots of a company that lost or regained its standing, in the caller's transaction. */
@Injectable()
export class SlotStandingService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Pauses every OPEN slot of the company (an earlier pause date of HR's is replaced: the slot now waits for HR). */
  async pauseOpenSlotsOf(companyId: string, manager: EntityManager): Promise<StandingPausedSlot[]> {
    const [rows] = (await manager.query(
      `UPDATE slot SET paused_until = $2, updated_at = now()
       WHERE company_id = $1 AND status = 'OPEN' AND paused_until IS DISTINCT FROM $2::date
       RETURNING id`,
      [companyId, PAUSED_UNTIL_RESUMED],
    )) as [StandingPausedSlot[], number];
    if (rows.length === 0) return [];
    await this.audit.recordMany(
      rows.map((slot) => ({ actor: null, action: 'slot.paused_for_standing', subjectType: 'slot', subjectId: slot.id, details: { companyId } })),
      manager,
    );
    await this.outbox.documentsChanged(manager, SLOTS_INDEX, rows.map((slot) => slot.id));
    return rows;
  }

  /** The company's open slots still paused by a lost standing: HR may resume them once it is back. */
  async pausedSlotsOf(companyId: string, manager: EntityManager): Promise<StandingPausedSlot[]> {
    return (await manager.query(`SELECT id FROM slot WHERE company_id = $1 AND status = 'OPEN' AND paused_until = $2::date ORDER BY created_at, id`, [
      companyId,
      PAUSED_UNTIL_RESUMED,
    ])) as StandingPausedSlot[];
  }

  /** Companies with an open slot not yet paused by standing: what the nightly review checks. */
  async companiesWithRunningSlots(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(`SELECT DISTINCT company_id AS "companyId" FROM slot WHERE status = 'OPEN' AND paused_until IS DISTINCT FROM $1::date`, [
      PAUSED_UNTIL_RESUMED,
    ])) as { companyId: string }[];
    return rows.map((row) => row.companyId);
  }
}
