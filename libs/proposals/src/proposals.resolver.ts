import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { Slot, SlotsService } from '@ipl/slots';
import {
  DeclineProposalInput,
  EndPathInput,
  HireCandidateInput,
  InterruptPathInput,
  ProposalActionInput,
  ProposalsArgs,
  ProposeCandidateInput,
  RecordCheckInInput,
  RecordMeetingConsentInput,
  ScheduleInterviewInput,
  StartPathInput,
  WithdrawProposalInput,
} from './dto/proposal.inputs';
import { CompanyProposalSignals, OperatorContact, ProposalConnection } from './dto/proposal.types';
import { ProposalCheckIn } from './proposal-check-in.entity';
import { ProposalCheckInsService } from './proposal-check-ins.service';
import { ProposalContactService } from './proposal-contact.service';
import { ProposalIntakeService } from './proposal-intake.service';
import { ProposalPathService } from './proposal-path.service';
import { Proposal } from './proposal.entity';
import { ProposalsService } from './proposals.service';

/** Both sides reach every transition here; the lifecycle table (proposal-transitions.ts) decides which side may do what. */
const SIDES = [Role.COMPANY_HR, Role.OPERATOR];

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly intake: ProposalIntakeService,
    private readonly path: ProposalPathService,
    private readonly checkInsService: ProposalCheckInsService,
    private readonly contact: ProposalContactService,
    private readonly slots: SlotsService,
  ) {}

  @Roles(Role.COMPANY_HR, Role.OPERATOR, Role.ADMIN)
  @Query(() => ProposalConnection, { description: 'Proposals of the caller’s company (HR) or organisation (operator); all for ADMIN.' })
  proposals(@Args() args: ProposalsArgs, @CurrentUser() user: AuthUser): Promise<ProposalConnection> {
    return this.service.list(args, user);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR, Role.ADMIN)
  @Query(() => Proposal)
  proposal(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.service.get(id, user);
  }

  @Roles(Role.OPERATOR, Role.ADMIN)
  @Query(() => CompanyProposalSignals, { description: 'How a company answers proposals (last 90 days), from 5 proposals up.' })
  companyProposalSignals(@Args('companyId', { type: () => ID }) companyId: string): Promise<CompanyProposalSignals> {
    return this.service.signals(companyId);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Proposal, { description: 'Proposes one of the organisation’s candidates for a slot (PROPOSED).' })
  proposeCandidate(@Args('input') input: ProposeCandidateInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.intake.propose(input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Proposal, { description: 'Asks for a matched candidate for one of the company’s slots (REQUESTED).' })
  requestCandidate(@Args('input') input: ProposeCandidateInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.intake.request(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'The answering side accepts (HR a PROPOSED, the operator a REQUESTED).' })
  acceptProposal(@Args('input') input: ProposalActionInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.accept(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'Declines with a coded reason and an optional note the other side sees.' })
  declineProposal(@Args('input') input: DeclineProposalInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.decline(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'The side that started it withdraws it (before the path starts).' })
  withdrawProposal(@Args('input') input: WithdrawProposalInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.withdraw(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal)
  scheduleInterview(@Args('input') input: ScheduleInterviewInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.scheduleInterview(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'The operator records that the person agreed to meet the company for this slot: HR then sees the operator’s work contact.' })
  recordMeetingConsent(@Args('input') input: RecordMeetingConsentInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.contact.recordMeetingConsent(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'HR records the start of the path: uses one opening of the slot.' })
  startPath(@Args('input') input: StartPathInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.start(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'Interrupts a started path with a coded reason.' })
  interruptPath(@Args('input') input: InterruptPathInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.interrupt(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'The end assessment: COMPLETED, or HIRED when a job followed.' })
  endPath(@Args('input') input: EndPathInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.end(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => Proposal, { description: 'HR records a job after a completed path.' })
  hireCandidate(@Args('input') input: HireCandidateInput, @CurrentUser() user: AuthUser): Promise<Proposal> {
    return this.path.hire(input, user);
  }

  @Roles(...SIDES)
  @Mutation(() => ProposalCheckIn, { description: 'A check-in during a path; AT_RISK alerts the other side at once.' })
  recordCheckIn(@Args('input') input: RecordCheckInInput, @CurrentUser() user: AuthUser): Promise<ProposalCheckIn> {
    return this.checkInsService.recordCheckIn(input, user);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR, Role.ADMIN)
  @ResolveField(() => OperatorContact, { nullable: true, description: 'For HR, after the person agreed to meet and while the proposal is live; audited.' })
  operatorContact(@Parent() proposal: Proposal, @CurrentUser() user: AuthUser): Promise<OperatorContact | null> {
    return this.contact.operatorContact(proposal, user);
  }

  /** Whoever may see the proposal may see its slot, even once the slot is closed or back in draft. */
  @Roles(Role.COMPANY_HR, Role.OPERATOR, Role.ADMIN)
  @ResolveField(() => Slot, { nullable: true, description: 'The slot proposed for, whatever its status now.' })
  slot(@Parent() proposal: Proposal, @Context() context: GraphqlContext): Promise<Slot | null> {
    return this.slots.loaders(context.loaders).slot(proposal.slotId);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR, Role.ADMIN)
  @ResolveField(() => [ProposalCheckIn], { nullable: true })
  checkIns(@Parent() proposal: Proposal): Promise<ProposalCheckIn[]> {
    return this.checkInsService.checkInsOf(proposal.id);
  }
}
