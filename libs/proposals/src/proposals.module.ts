import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlboEvidenceRegistry, AlboModule, CompanyStandingHooks } from '@ipl/albo';
import { AuthModule } from '@ipl/auth';
import { BoardModule } from '@ipl/board';
import { CandidatesModule } from '@ipl/candidates';
import { NotificationsModule } from '@ipl/notifications';
import { OrganisationsModule } from '@ipl/organisations';
import { SlotsModule } from '@ipl/slots';
import { CompanyStandingJob } from './company-standing.job';
import { CompanyStandingListener } from './company-standing.listener';
import { ProposalCheckIn } from './proposal-check-in.entity';
import { ProposalCheckInsService } from './proposal-check-ins.service';
import { ProposalContactService } from './proposal-contact.service';
import { ProposalDeadlinesService } from './proposal-deadlines.service';
import { ProposalIdempotencyKey } from './proposal-idempotency-key.entity';
import { ProposalIntakeService } from './proposal-intake.service';
import { ProposalPathService } from './proposal-path.service';
import { ProposalTransaction } from './proposal-transaction.service';
import { Proposal } from './proposal.entity';
import { ProposalsDeadlineJob } from './proposals-deadline.job';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Proposal, ProposalCheckIn, ProposalIdempotencyKey]),
    AlboModule,
    AuthModule,
    BoardModule,
    CandidatesModule,
    NotificationsModule,
    OrganisationsModule,
    SlotsModule,
  ],
  providers: [
    ProposalTransaction,
    ProposalsService,
    ProposalIntakeService,
    ProposalPathService,
    ProposalCheckInsService,
    ProposalContactService,
    ProposalDeadlinesService,
    ProposalsResolver,
    ProposalsDeadlineJob,
    CompanyStandingListener,
    CompanyStandingJob,
  ],
  exports: [ProposalsService, ProposalsDeadlineJob, CompanyStandingJob],
})
export class ProposalsModule implements OnModuleInit {
  constructor(
    private readonly evidence: AlboEvidenceRegistry,
    private readonly proposals: ProposalsService,
    private readonly standingHooks: CompanyStandingHooks,
    private readonly standingListener: CompanyStandingListener,
  ) {}

  /** Paths and answers count as the company's evidence at its Albo renewal. */
  onModuleInit(): void {
    this.evidence.register('pathsStarted', (companyId, since) => this.proposals.countStarted(companyId, since));
    this.evidence.register('pathsCompleted', (companyId, since) => this.proposals.countCompleted(companyId, since));
    this.evidence.register('hired', (companyId, since) => this.proposals.countHired(companyId, since));
    this.evidence.register('proposalsAnsweredShare', (companyId, since) => this.proposals.answeredSharePercent(companyId, since));
    // A company losing its Albo or board standing pauses its slots and tells who is concerned.
    this.standingHooks.subscribe((change, manager) => this.standingListener.changed(change, manager));
  }
}
