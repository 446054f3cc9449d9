import { AlboDecision, AlboLogo, AlboMembership, AlboSection } from '@ipl/albo';
import { AuditEvent } from '@ipl/audit';
import { Candidate, CandidateCodeSequence, CandidateErasureCount, CandidateLink, CandidateCoordinationRequest } from '@ipl/candidates';
import { Invitation, LoginFailure, RefreshToken, ThrottleBucket, User } from '@ipl/auth';
import { BoardMembership } from '@ipl/board';
import { Company, CompanySite } from '@ipl/companies';
import { MailMessage } from '@ipl/mail';
import { NeedsAnalysis, NeedsAnalysisLine, NeedsReview } from '@ipl/needs';
import { Notification, NotificationPreference } from '@ipl/notifications';
import { Organisation } from '@ipl/organisations';
import { Project, ProjectNeed, ProjectOffer } from '@ipl/projects';
import { Proposal, ProposalCheckIn, ProposalIdempotencyKey } from '@ipl/proposals';
import { GapSnapshot, GapSnapshotCount, GapSupplyRelease, OutcomeReportRelease } from '@ipl/reports';
import { SearchOutboxEntry } from '@ipl/search';
import { Skill, SkillGroup } from '@ipl/skills';
import { Slot } from '@ipl/slots';
import { Comune, District, DistrictNeighbour } from '@ipl/territory';

/** Every table the migrations create, for the DataSource of the app, the CLI and the tests. */
export const ENTITIES = [District, Comune, DistrictNeighbour, SkillGroup, Skill, Company, CompanySite, AlboSection, AlboMembership, AlboLogo, AlboDecision, BoardMembership, Slot, Organisation, Candidate, CandidateCodeSequence, CandidateErasureCount, CandidateLink, CandidateCoordinationRequest, User, RefreshToken, Invitation, ThrottleBucket, LoginFailure, AuditEvent, MailMessage, Notification, NotificationPreference, Proposal, ProposalCheckIn, ProposalIdempotencyKey, SearchOutboxEntry, NeedsAnalysis, NeedsAnalysisLine, NeedsReview, Project, ProjectNeed, ProjectOffer, GapSnapshot, GapSnapshotCount, GapSupplyRelease, OutcomeReportRelease];
