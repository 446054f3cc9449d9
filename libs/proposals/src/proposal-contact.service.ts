import { Injectable } from '@nestjs/common';
import { Role } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { UsersService } from '@ipl/auth';
import { CompanyStanding } from '@ipl/board';
import { NotificationKind } from '@ipl/notifications';
import { OrganisationsService } from '@ipl/organisations';
import type { RecordMeetingConsentInput } from './dto/proposal.inputs';
import type { OperatorContact } from './dto/proposal.types';
import { PROPOSAL_SUBJECT, ProposalTransaction } from './proposal-transaction.service';
import { ProposalAction } from './proposal-transitions';
import { LIVE_AFTER_ACCEPTANCE } from './proposal.enums';
import { Proposal } from './proposal.entity';

/**
 * Contact disclosure: the operator records that the person agreed to meet the company, and
 * only then, while the proposal is live and the company may act on candidates, HR sees the
 * operator's work contact.
 */
@Injectable()
export class ProposalContactService {
  constructor(
    private readonly tx: ProposalTransaction,
    private readonly standing: CompanyStanding,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The person agreed to meet this company for this slot: from now until the proposal closes,
   * HR sees the recording operator's work contact (identity itself never enters the system).
   */
  recordMeetingConsent(input: RecordMeetingConsentInput, user: AuthUser): Promise<Proposal> {
    return this.tx.transition(input, user, ProposalAction.RECORD_MEETING_CONSENT, async () => ({
      changes: { meetingAgreedOn: input.agreedOn, meetingConsentRecordedById: user.id },
      details: { agreedOn: input.agreedOn },
      notify: { sides: [], kind: NotificationKind.CONTACT_DISCLOSED },
    }));
  }


  /**
   * The operator's work contact, for HR of the slot's company only, once the operator recorded
   * that the person agreed to meet, and only while the proposal is live. Each disclosure is audited.
   */
  async operatorContact(proposal: Proposal, user: AuthUser): Promise<OperatorContact | null> {
    if (user.role !== Role.COMPANY_HR || user.companyId !== proposal.companyId) return null;
    if (!proposal.meetingAgreedOn || !proposal.meetingConsentRecordedById || !LIVE_AFTER_ACCEPTANCE.includes(proposal.status)) return null;
    if (!(await this.standing.mayActOnCandidates(proposal.companyId))) return null;
    const operator = await this.users.get(proposal.meetingConsentRecordedById);
    const organisation = await this.organisations.find(proposal.organisationId);
    await this.audit.record({
      actor: user,
      action: 'proposal.contact_disclosed',
      subjectType: PROPOSAL_SUBJECT,
      subjectId: proposal.id,
      details: { operatorId: operator.id, companyId: proposal.companyId },
    });
    return {
      displayName: operator.displayName,
      email: operator.email,
      organisationName: organisation?.name ?? '',
      organisationPhone: organisation?.contactPhone ?? null,
    };
  }
}
