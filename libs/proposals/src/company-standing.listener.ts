import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { StandingChange } from '@ipl/albo';
import { UsersService } from '@ipl/auth';
import { CompanyStanding } from '@ipl/board';
import { NotificationKind, NotificationsService } from '@ipl/notifications';
import { SlotStandingService, type StandingPausedSlot } from '@ipl/slots';
import { FINAL_STATES } from './proposal-transitions';
import { ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';

/** Proposals still under way on a slot: their operators must hear the slot stopped. */
const ENDED: readonly ProposalStatus[] = [...FINAL_STATES, ProposalStatus.COMPLETED];

/**
 * What a change of a company's standing does to its slots, inside the Albo's or the board's
 * transaction: losing it pauses every open slot and tells HR and the operators of the live
 * proposals on them; regaining it lifts that pause and tells HR the slots take proposals again.
 * The lift is automatic because HR neither chose this pause nor could lift it: leaving the
 * slots stopped until someone noticed the notification would keep a readmitted company's
 * openings from people for no reason of its own. HR keeps what it decided: its own pause date
 * is never touched by standing, and a slot not confirmed for long is still unpublished by the
 * stale job.
 */
@Injectable()
export class CompanyStandingListener {
  constructor(
    private readonly standing: CompanyStanding,
    private readonly slotStanding: SlotStandingService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  async changed(change: StandingChange, manager: EntityManager): Promise<void> {
    if (await this.pauseIfNotActive(change.companyId, manager)) return;
    const resumed = await this.slotStanding.liftStandingPauseOf(change.companyId, manager);
    await this.tellHr(manager, change.companyId, resumed, NotificationKind.SLOT_RESUMABLE, {
      it: 'Posizione di nuovo aperta alle proposte: l’azienda è di nuovo attiva (una vostra pausa con data resta)',
      en: 'Slot takes proposals again: the company is active again (a pause you set with a date stays)',
    });
  }

  /** Pauses the company's open slots, and tells who is concerned, when it may not act on candidates; false when it may. */
  async pauseIfNotActive(companyId: string, manager: EntityManager): Promise<boolean> {
    if (await this.standing.mayActOnCandidates(companyId, manager)) return false;
    const paused = await this.slotStanding.pauseOpenSlotsOf(companyId, manager);
    if (paused.length === 0) return true;
    await this.tellHr(manager, companyId, paused, NotificationKind.SLOT_PAUSED_BY_STANDING, { it: 'Posizione sospesa: l’azienda non è più attiva nell’Albo o nel tavolo', en: 'Slot paused: the company is no longer active in the Albo or on the board' });
    await this.tellOperators(manager, paused);
    return true;
  }

  private async tellHr(manager: EntityManager, companyId: string, slots: StandingPausedSlot[], kind: NotificationKind, label: { it: string; en: string }): Promise<void> {
    if (slots.length === 0) return;
    const recipientUserIds = (await this.users.enabledHrOf(companyId, manager)).map((user) => user.id);
    for (const slot of slots) {
      await this.notifications.notify(manager, {
        recipientUserIds,
        kind,
        subjectType: 'slot',
        subjectId: slot.id,
        title: label,
        link: `/area-riservata/posti/${slot.id}`,
      });
    }
  }

  /** One notification per live proposal, to its organisation's operators: codes only, no free text. */
  private async tellOperators(manager: EntityManager, slots: StandingPausedSlot[]): Promise<void> {
    const live = await manager.find(Proposal, { where: { slotId: In(slots.map((slot) => slot.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const operatorsOf = new Map<string, string[]>();
    for (const proposal of live.filter((row) => !ENDED.includes(row.status))) {
      if (!operatorsOf.has(proposal.organisationId)) {
        operatorsOf.set(proposal.organisationId, (await this.users.enabledOperatorsIn(proposal.organisationId, manager)).map((user) => user.id));
      }
      await this.notifications.notify(manager, {
        recipientUserIds: operatorsOf.get(proposal.organisationId) ?? [],
        kind: NotificationKind.SLOT_PAUSED_BY_STANDING,
        subjectType: 'proposal',
        subjectId: proposal.id,
        title: {
          it: `Azienda non più attiva nell’Albo, posizione sospesa: ${proposal.candidatePublicCode} (${proposal.status})`,
          en: `Company no longer active in the Albo, slot paused: ${proposal.candidatePublicCode} (${proposal.status})`,
        },
        link: `/proposals/${proposal.id}`,
      });
    }
  }
}
