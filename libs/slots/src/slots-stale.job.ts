import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { CompaniesService } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { Clock } from '@ipl/core';
import { Mailer } from '@ipl/mail';
import { SearchOutbox } from '@ipl/search';
import { SlotStatus } from './slot-status.enum';
import { Slot } from './slot.entity';
import { SLOTS_INDEX } from './slots.service';

const DAY_MS = 86_400_000;

/**
 * An open slot nobody looks after misleads operators: after SLOT_STALE_DAYS unchanged, HR is
 * reminded to confirm or edit it; SLOT_STALE_GRACE_DAYS later, still unchanged, it goes back
 * to DRAFT and HR is told.
 */
@Injectable()
export class SlotsStaleJob {
  private readonly logger = new Logger(SlotsStaleJob.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Slot) private readonly slots: Repository<Slot>,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly outbox: SearchOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Also called by tests, with the clock they control. */
  @Cron('30 3 * * *', { name: 'slots-stale', timeZone: 'Europe/Rome' })
  async run(): Promise<{ reminded: number; unpublished: number }> {
    const unpublished = await this.unpublish();
    const reminded = await this.remind();
    this.logger.log({ reminded, unpublished }, 'stale slots job');
    return { reminded, unpublished };
  }

  private async remind(): Promise<number> {
    const now = this.clock.now();
    const limit = new Date(now.getTime() - this.config.get('SLOT_STALE_DAYS') * DAY_MS);
    const due = await this.slots
      .createQueryBuilder('slot')
      .where('slot.status = :open', { open: SlotStatus.OPEN })
      .andWhere('slot.stale_reminder_sent_at IS NULL')
      .andWhere('slot.content_changed_at <= :limit', { limit })
      .getMany();
    for (const slot of due) {
      const updated = await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(Slot)
          .set({ staleReminderSentAt: now })
          .where('id = :id AND stale_reminder_sent_at IS NULL AND content_changed_at = :changed', { id: slot.id, changed: slot.contentChangedAt })
          .execute();
        if (!result.affected) return false;
        await this.audit.record({ actor: null, action: 'slot.stale_reminded', subjectType: 'slot', subjectId: slot.id }, manager);
        return true;
      });
      if (updated) {
        const grace = this.config.get('SLOT_STALE_GRACE_DAYS');
        await this.notify(slot, 'slot.stale_reminder', 'Conferma la posizione / Confirm your slot', [
          `La posizione "${slot.title}" non è stata aggiornata da ${this.config.get('SLOT_STALE_DAYS')} giorni.`,
          `Confermala o modificala dal portale entro ${grace} giorni, altrimenti tornerà in bozza.`,
          '',
          `The slot "${slot.title}" has not been updated for a long time. Confirm or edit it within ${grace} days, or it goes back to draft.`,
        ]);
      }
    }
    return due.length;
  }

  private async unpublish(): Promise<number> {
    const now = this.clock.now();
    const limit = new Date(now.getTime() - this.config.get('SLOT_STALE_GRACE_DAYS') * DAY_MS);
    const due = await this.slots
      .createQueryBuilder('slot')
      .where('slot.status = :open', { open: SlotStatus.OPEN })
      .andWhere('slot.stale_reminder_sent_at <= :limit', { limit })
      .andWhere('slot.content_changed_at <= slot.stale_reminder_sent_at')
      .getMany();
    let count = 0;
    for (const slot of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        // Conditional on the row as it was read: an edit in between wins over the job.
        const result = await manager
          .createQueryBuilder()
          .update(Slot)
          .set({ status: SlotStatus.DRAFT, unpublishedAt: now, staleReminderSentAt: null })
          .where('id = :id AND status = :open AND content_changed_at = :changed', { id: slot.id, open: SlotStatus.OPEN, changed: slot.contentChangedAt })
          .execute();
        if (!result.affected) return false;
        await this.audit.record({ actor: null, action: 'slot.unpublished_stale', subjectType: 'slot', subjectId: slot.id }, manager);
        await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slot.id]);
        return true;
      });
      if (!done) continue;
      count += 1;
      await this.notify(slot, 'slot.unpublished', 'Posizione tornata in bozza / Slot back to draft', [
        `La posizione "${slot.title}" non è stata confermata ed è tornata in bozza: gli operatori non la vedono più.`,
        'Puoi aggiornarla e pubblicarla di nuovo dal portale.',
        '',
        `The slot "${slot.title}" was not confirmed and is back to draft: operators no longer see it. Update and publish it again on the portal.`,
      ]);
    }
    return count;
  }

  private async notify(slot: Slot, kind: string, subject: string, lines: string[]): Promise<void> {
    const [company] = await this.companies.findByIds([slot.companyId]);
    if (company?.contactEmail) await this.mailer.send({ to: company.contactEmail, kind, subject, text: lines.join('\n') });
  }
}
