import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { UsersService } from '@ipl/auth';
import { AppConfig } from '@ipl/config';
import { Mailer } from '@ipl/mail';
import { OrganisationsService } from '@ipl/organisations';
import { CandidateRetentionService } from './candidate-retention.service';

/**
 * The scheduled side of freshness and retention. Each method is also what tests call, with the
 * Clock moved; the cron decorators only decide when production runs them.
 */
@Injectable()
export class CandidateJobs {
  private readonly logger = new Logger(CandidateJobs.name);

  constructor(
    private readonly candidates: CandidateRetentionService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'candidates.markStale' })
  async markStale(): Promise<number> {
    const count = await this.candidates.markStale();
    if (count > 0) this.logger.log({ count }, 'candidate profiles turned stale');
    return count;
  }

  /**
   * A week before reconfirmation falls due, one e-mail per organisation to each of its enabled
   * operators (they reconfirm, not the office) and to its office mailbox when it has one,
   * listing public codes only: never profile text.
   */
  @Cron(CronExpression.EVERY_DAY_AT_7AM, { name: 'candidates.reconfirmationReminders' })
  async sendReconfirmationReminders(): Promise<number> {
    const due = await this.candidates.dueForReminder();
    const byOrganisation = new Map<string, typeof due>();
    for (const candidate of due) byOrganisation.set(candidate.organisationId, [...(byOrganisation.get(candidate.organisationId) ?? []), candidate]);
    const reminded: string[] = [];
    for (const [organisationId, candidates] of byOrganisation) {
      const organisation = await this.organisations.find(organisationId);
      const operators = await this.users.enabledOperatorsOf(organisationId);
      const recipients = [...new Set([...operators.map((operator) => operator.email), ...(organisation?.contactEmail ? [organisation.contactEmail] : [])])];
      // Nobody to tell: left unmarked, so the reminder goes out once someone can receive it.
      if (recipients.length === 0) continue;
      const codes = candidates.map((candidate) => `- ${candidate.publicCode} (entro il ${candidate.reconfirmDueAt.toISOString().slice(0, 10)})`);
      const mail = {
        kind: 'candidate-reconfirmation-reminder',
        subject: `Insieme per il lavoro: ${candidates.length} profili da riconfermare`,
        text: [
          'Questi profili vanno riconfermati entro una settimana, altrimenti non saranno più proposti alle aziende:',
          ...codes,
          '',
          `Apri l'elenco dei profili da riconfermare: ${this.config.get('PUBLIC_URL')}/candidati/da-riconfermare`,
        ].join('\n'),
      };
      for (const to of recipients) await this.mailer.send({ ...mail, to });
      reminded.push(...candidates.map((candidate) => candidate.id));
    }
    await this.candidates.markReminded(reminded);
    return reminded.length;
  }

  @Cron(CronExpression.EVERY_DAY_AT_3AM, { name: 'candidates.eraseExpired' })
  async eraseExpired(): Promise<number> {
    const count = await this.candidates.eraseExpired();
    if (count > 0) this.logger.log({ count }, 'candidate profiles erased at the end of retention');
    return count;
  }
}
