/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  displayName: string;
  /** At least 12 characters. */
  password: string;
  /** The token from the invitation e-mail. */
  token: string;
};

export type ActiveMeasure =
  | 'EMPLOYMENT_CENTRE_PROGRAMME'
  | 'INCOME_SUPPORT_ACTIVATION_PACT'
  | 'LR_14_2015_PATH'
  | 'NONE';

export type AddToBoardInput = {
  companyId: string;
  /** First day on the board (YYYY-MM-DD); today when omitted. */
  since?: string | null | undefined;
};

export type AgeBand =
  | 'AGE_16_17'
  | 'AGE_18_24'
  | 'AGE_25_34'
  | 'AGE_35_44'
  | 'AGE_45_54'
  | 'AGE_55_PLUS';

export type AlboDecisionKind =
  | 'ADMITTED'
  | 'APPLIED'
  | 'LAPSED'
  | 'READMITTED'
  | 'REJECTED'
  | 'RENEWAL_REQUESTED'
  | 'RENEWED'
  | 'REVOKED'
  | 'SUSPENDED';

/** The admission requirements, each declared by the company. */
export type AlboDeclarationsInput = {
  /** What the inclusive path was, in a few words (no personal data). */
  inclusivePathNote?: string | null | undefined;
  /** At least one inclusive path (hiring, stage or tirocinio) already run for disadvantaged people (L. 381/91 art. 3). */
  inclusivePathRun: boolean;
  /** Obligations under L. 68/99 met, or not due. */
  law68ObligationsMet: boolean;
  /** An operating site in the metropolitan area; checked against the company sites. */
  metropolitanSite: boolean;
};

/** A favourable step (admit, re-admit, renew), with an optional comment for the Commission. */
export type AlboReviewInput = {
  comment?: string | null | undefined;
  companyId: string;
};

/** A rejection, suspension or revocation, which always carries its reason. */
export type AlboSanctionInput = {
  companyId: string;
  reason: string;
};

export type AlboStatus =
  | 'ADMITTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED'
  | 'SUSPENDED';

export type ApplyToAlboInput = {
  declarations: AlboDeclarationsInput;
  /** Codes of one or more active sections. */
  sectionCodes: Array<string>;
};

export type CandidateCefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

export type CandidateExperienceInput = {
  /** Tasks and tools, without names of people or places. */
  description?: string | null | undefined;
  /** Year it ended; empty while it goes on. */
  endYear?: number | null | undefined;
  /** Length in months. */
  months: number;
  /** The occupation, e.g. "magazziniere", "aiuto cuoco". */
  occupation: string;
  /** ATECO section (A–U) of the employer. */
  sectorCode?: string | null | undefined;
};

export type CandidateLanguageInput = {
  /** ISO 639-1 code, lower case: it, en, fr, ar, uk… */
  language: string;
  level: CandidateCefrLevel;
};

/** A shift the person is available for. */
export type CandidateShift =
  | 'DAY'
  | 'EVENING'
  | 'NIGHT'
  | 'WEEKEND';

export type CandidateStatus =
  | 'ACTIVE'
  | 'IN_PATH'
  | 'PLACED'
  | 'STALE'
  | 'WITHDRAWN';

/** A work condition the person needs (what a workplace offers), never a diagnosis. */
export type CandidateWorkConditionNeed =
  | 'GRADUAL_START'
  | 'LANGUAGE_SUPPORT'
  | 'NEEDS_TUTOR'
  | 'NO_NIGHT_SHIFTS'
  | 'STEP_FREE_ACCESS';

export type Channel =
  | 'CARITAS'
  | 'SOCIAL_SERVICES';

/** Attendance fine, some concerns, or at risk. */
export type CheckInState =
  | 'AT_RISK'
  | 'FINE'
  | 'SOME_CONCERNS';

export type CompanySiteInput = {
  address?: string | null | undefined;
  /** Code of a comune of the metropolitan area, e.g. CASALECCHIO_DI_RENO. */
  comuneCode: string;
};

export type ConfirmTotpInput = {
  code: string;
};

export type ConsentPurpose =
  | 'COORDINATION_BETWEEN_SERVICES'
  | 'MATCHING';

export type ContractType =
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'OTHER'
  | 'PART_TIME_FIXED_TERM'
  | 'PART_TIME_PERMANENT'
  | 'PERMANENT'
  | 'TEMPORARY_AGENCY';

export type CoordinationConsentInput = {
  /** YYYY-MM-DD the person consented to coordination between the services. */
  consentGivenOn: string;
};

/** A coordination request: PENDING until the other organisation accepts or refuses it, the requester withdraws it, or it expires. */
export type CoordinationRequestStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REFUSED'
  | 'WITHDRAWN';

/** A new anonymised profile. The codice fiscale is used once for the duplicate check and never kept. */
export type CreateCandidateInput = {
  /** Seen only by the owning organisation. */
  activeMeasures?: Array<ActiveMeasure> | null | undefined;
  ageBand: AgeBand;
  /** YYYY-MM-DD */
  availableFrom?: string | null | undefined;
  /** The person's codice fiscale: only a keyed HMAC of it is kept, for the cross-channel duplicate check. */
  codiceFiscale: string;
  /** YYYY-MM-DD the person gave consent. */
  consentGivenAt?: string | null | undefined;
  consentPurposes?: Array<ConsentPurpose> | null | undefined;
  /** The person consented to coordination between the services. When another organisation already follows the person, the profile is then added and a coordination request is sent to it; without it, CONFLICT ALREADY_FOLLOWED_ELSEWHERE. */
  coordinationConsent?: CoordinationConsentInput | null | undefined;
  /** ATECO sections, A to U. */
  desiredSectors?: Array<string> | null | undefined;
  drivingLicence?: boolean | null | undefined;
  /** EQF level, 1 to 8. */
  educationLevel?: number | null | undefined;
  experiences?: Array<CandidateExperienceInput> | null | undefined;
  /** Skills not in the vocabulary, as free labels. */
  freeSkillLabels?: Array<string> | null | undefined;
  /** Most hours a week, 1 to 60. */
  hoursPerWeek?: number | null | undefined;
  languages?: Array<CandidateLanguageInput> | null | undefined;
  /** Longest commute by public transport, 5 to 240 minutes. */
  maxCommuteMinutes?: number | null | undefined;
  /** Notes about work; no names, contacts or health data. */
  notes?: string | null | undefined;
  ownVehicle?: boolean | null | undefined;
  /** Comune of residence (code, e.g. CASALECCHIO_DI_RENO). */
  residenceComuneCode?: string | null | undefined;
  /** District of residence; follows the comune when a comune is given. */
  residenceDistrictCode?: string | null | undefined;
  shifts?: Array<CandidateShift> | null | undefined;
  /** Ids of skills of the vocabulary. */
  skillIds?: Array<string> | null | undefined;
  supportNeeds?: Array<CandidateWorkConditionNeed> | null | undefined;
};

export type CreateNeedsAnalysisInput = {
  lines: Array<NeedsAnalysisLineInput>;
  /** Notes for the board; refused when they hold personal data. */
  notes?: string | null | undefined;
  /** A quarter (2026-Q1) or a half-year (2026-H1). */
  period: string;
};

/** A new Servizio Sociale Territoriale or Caritas. */
export type CreateOrganisationInput = {
  channel: Channel;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** District code, e.g. SAVENA_IDICE. */
  districtCode: string;
  name: string;
};

export type CreateSlotInput = {
  /** Code of a comune of the metropolitan area, e.g. CASALECCHIO_DI_RENO. */
  comuneCode: string;
  description: string;
  drivingLicenceRequired?: boolean | null | undefined;
  durationMonths?: number | null | undefined;
  /** Skills not in the vocabulary, as free labels. */
  freeSkillLabels?: Array<string> | null | undefined;
  /** 1 to 48. */
  hoursPerWeek: number;
  kind: SlotKind;
  languages?: Array<SlotLanguageInput> | null | undefined;
  niceToHaveSkillIds?: Array<string> | null | undefined;
  /** Hours can start low and grow. */
  offersGradualStart?: boolean | null | undefined;
  /** Someone helps the person with Italian at work. */
  offersLanguageSupport?: boolean | null | undefined;
  /** A tutor follows the person at the workplace. */
  offersTutor?: boolean | null | undefined;
  openings: number;
  reachableByPublicTransport?: boolean | null | undefined;
  /** At least one id from the skills vocabulary. */
  requiredSkillIds: Array<string>;
  shifts?: Array<Shift> | null | undefined;
  /** YYYY-MM-DD; not in the past when the slot is published. */
  startDate: string;
  stepFreeAccess?: boolean | null | undefined;
  title: string;
};

export type DeclineProposalInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  proposalId: string;
  reason: DeclineReason;
};

/** Why a proposal or request was declined. */
export type DeclineReason =
  | 'AFTER_INTERVIEW'
  | 'LOCATION_TOO_FAR'
  | 'OTHER'
  | 'PERSON_NOT_AVAILABLE'
  | 'PERSON_NOT_INTERESTED'
  | 'SCHEDULE_MISMATCH'
  | 'SKILLS_MISMATCH'
  | 'SLOT_NO_LONGER_AVAILABLE'
  | 'WORK_CONDITIONS_NOT_MET';

/** Where the person lives, seen from the slot’s district. */
export type DistrictRelation =
  | 'NEIGHBOUR'
  | 'OTHER'
  | 'SAME';

/** The end assessment of a path. */
export type EndPathInput = {
  contractType?: ContractType | null | undefined;
  feedback?: string | null | undefined;
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** Whether a job followed; then contractType is required and the proposal ends HIRED. */
  jobFollowed: boolean;
  outcome: PathOutcome;
  proposalId: string;
};

export type HireCandidateInput = {
  contractType: ContractType;
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  proposalId: string;
};

export type InterruptPathInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  proposalId: string;
  reason: InterruptionReason;
};

/** Why a started path was interrupted. */
export type InterruptionReason =
  | 'COMPANY_ENDED'
  | 'DID_NOT_SHOW'
  | 'FOUND_OTHER_JOB'
  | 'OTHER'
  | 'PERSONAL_CIRCUMSTANCES'
  | 'PERSON_LEFT'
  | 'WORK_CONDITIONS_NOT_MET';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Who to invite, with which role and scope. The scope must fit the role. */
export type InviteUserInput = {
  /** For COMPANY_HR and BOARD_MEMBER. */
  companyId?: string | null | undefined;
  /** For DISTRICT_COORDINATOR. */
  districtCode?: string | null | undefined;
  email: string;
  /** For OPERATOR; the district follows the organisation. */
  organisationId?: string | null | undefined;
  role: Role;
};

export type LoginInput = {
  email: string;
  password: string;
  /** The 6-digit TOTP code, for users with a second factor. */
  totpCode?: string | null | undefined;
};

export type LogoVerificationStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'UNKNOWN'
  | 'VALID';

export type MatchCondition =
  | 'CONSENT'
  | 'DRIVING_LICENCE'
  | 'GRADUAL_START'
  | 'HOURS'
  | 'LANGUAGES'
  | 'LANGUAGE_SUPPORT'
  | 'NO_NIGHT_SHIFTS'
  | 'SHIFTS'
  | 'STEP_FREE_ACCESS'
  | 'TUTOR';

export type NeedsAnalysisContentInput = {
  lines: Array<NeedsAnalysisLineInput>;
  /** Notes for the board; refused when they hold personal data. */
  notes?: string | null | undefined;
};

export type NeedsAnalysisLineInput = {
  districtCode: string;
  headCount: number;
  kind: SlotKind;
  /** Profile or occupation, e.g. aiuto cuoco. */
  occupation: string;
  /** Ids of skills of the vocabulary. */
  skillIds: Array<string>;
};

export type NeedsAnalysisStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPERSEDED';

export type NeedsPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type NeedsReviewAction =
  | 'COMMENTED'
  | 'PRIORITY_SET'
  | 'REVIEWED';

/** How the e-mail of a kind of notification is sent. OFF stops e-mail only: the in-app list always shows every notification. */
export type NotificationDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

/** The event a notification is about. */
export type NotificationKind =
  | 'ALBO_REMINDER'
  | 'CANDIDATE_RECONFIRM'
  | 'CHECK_IN_AT_RISK'
  | 'CONTACT_DISCLOSED'
  | 'COORDINATION_ANSWERED'
  | 'COORDINATION_REQUESTED'
  | 'PATH_ENDED'
  | 'PATH_STARTED'
  | 'PROPOSAL_ANSWERED'
  | 'PROPOSAL_EXPIRED'
  | 'PROPOSAL_RECEIVED'
  | 'PROPOSAL_REMINDER'
  | 'SLOT_PAUSED_BY_STANDING'
  | 'SLOT_RESUMABLE'
  | 'SLOT_STALE';

export type OfferProjectSupportInput = {
  needId: string;
  /** A short note on the support offered; refused when it holds personal data. */
  note: string;
};

export type PathOutcome =
  | 'COMPLETED'
  | 'DID_NOT_SHOW'
  | 'PARTLY_COMPLETED';

export type ProjectNeedKind =
  | 'CREDIT'
  | 'EQUIPMENT'
  | 'FIRST_CUSTOMERS'
  | 'MENTORING'
  | 'OTHER'
  | 'PREMISES';

export type ProjectNeedStatus =
  | 'MET'
  | 'OPEN';

export type ProjectOfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OFFERED';

export type ProjectStage =
  | 'CLOSED'
  | 'IDEA'
  | 'PLANNING'
  | 'RUNNING'
  | 'STARTING';

export type ProposalActionInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  proposalId: string;
};

export type ProposalOrigin =
  | 'COMPANY'
  | 'OPERATOR';

export type ProposalSide =
  | 'COMPANY'
  | 'OPERATOR'
  | 'SYSTEM';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'HIRED'
  | 'INTERRUPTED'
  | 'INTERVIEW'
  | 'PROPOSED'
  | 'REQUESTED'
  | 'STARTED'
  | 'WITHDRAWN';

export type ProposeCandidateInput = {
  candidateId: string;
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** A note for the other side; refused when it carries personal data. */
  note?: string | null | undefined;
  slotId: string;
};

export type RecordCheckInInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  proposalId: string;
  state: CheckInState;
};

export type RecordMeetingConsentInput = {
  /** The day the person agreed to meet this company for this slot, YYYY-MM-DD. */
  agreedOn: string;
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  proposalId: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

export type RemoveFromBoardInput = {
  companyId: string;
  /** Last day on the board (YYYY-MM-DD); today when omitted. */
  until?: string | null | undefined;
};

/** A renewal of the logo, with the declarations made again. */
export type RenewAlboInput = {
  declarations: AlboDeclarationsInput;
};

export type ReviewNeedsAnalysisInput = {
  analysisId: string;
  comment?: string | null | undefined;
  priority?: NeedsPriority | null | undefined;
  /** Mark the analysis reviewed. */
  reviewed?: boolean | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'BOARD_MEMBER'
  | 'COMPANY_HR'
  | 'DISTRICT_COORDINATOR'
  | 'OPERATOR';

export type ScheduleInterviewInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** YYYY-MM-DD. */
  interviewOn?: string | null | undefined;
  proposalId: string;
};

export type Shift =
  | 'DAY'
  | 'EVENING'
  | 'NIGHT'
  | 'WEEKEND';

/** Head count band: MICRO <10, SMALL 10–49, MEDIUM 50–249, LARGE 250+. */
export type SizeBand =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type SlotIntakeInput = {
  /** At most this many new proposals a calendar month; null for no cap. */
  monthlyProposalCap?: number | null | undefined;
  /** No new proposals until this day (YYYY-MM-DD), included; null resumes. */
  pausedUntil?: string | null | undefined;
};

export type SlotKind =
  | 'AVVICINAMENTO_AL_LAVORO'
  | 'JOB'
  | 'TIROCINIO';

export type SlotLanguageInput = {
  /** ISO 639-1 code, e.g. it. */
  code: string;
  /** A1 to C2. */
  minLevel: string;
};

export type SlotStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

export type StartPathInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  proposalId: string;
  /** First day of the path, YYYY-MM-DD; today when omitted. */
  startsOn?: string | null | undefined;
};

/** Changes to a profile; fields left out stay as they are, null clears an optional one. */
export type UpdateCandidateInput = {
  /** Seen only by the owning organisation. */
  activeMeasures?: Array<ActiveMeasure> | null | undefined;
  ageBand?: AgeBand | null | undefined;
  /** YYYY-MM-DD */
  availableFrom?: string | null | undefined;
  /** YYYY-MM-DD the person gave consent. */
  consentGivenAt?: string | null | undefined;
  consentPurposes?: Array<ConsentPurpose> | null | undefined;
  /** ATECO sections, A to U. */
  desiredSectors?: Array<string> | null | undefined;
  drivingLicence?: boolean | null | undefined;
  /** EQF level, 1 to 8. */
  educationLevel?: number | null | undefined;
  experiences?: Array<CandidateExperienceInput> | null | undefined;
  /** Skills not in the vocabulary, as free labels. */
  freeSkillLabels?: Array<string> | null | undefined;
  /** Most hours a week, 1 to 60. */
  hoursPerWeek?: number | null | undefined;
  languages?: Array<CandidateLanguageInput> | null | undefined;
  /** Longest commute by public transport, 5 to 240 minutes. */
  maxCommuteMinutes?: number | null | undefined;
  /** Notes about work; no names, contacts or health data. */
  notes?: string | null | undefined;
  ownVehicle?: boolean | null | undefined;
  /** Comune of residence (code, e.g. CASALECCHIO_DI_RENO). */
  residenceComuneCode?: string | null | undefined;
  /** District of residence; follows the comune when a comune is given. */
  residenceDistrictCode?: string | null | undefined;
  shifts?: Array<CandidateShift> | null | undefined;
  /** Ids of skills of the vocabulary. */
  skillIds?: Array<string> | null | undefined;
  supportNeeds?: Array<CandidateWorkConditionNeed> | null | undefined;
};

export type UpdateCompanyInput = {
  atecoCode?: string | null | undefined;
  contactEmail?: string | null | undefined;
  legalName?: string | null | undefined;
  /** Replaces every site; the first is the main one. */
  sites?: Array<CompanySiteInput> | null | undefined;
  sizeBand?: SizeBand | null | undefined;
};

export type UpdateSlotInput = {
  /** Code of a comune of the metropolitan area, e.g. CASALECCHIO_DI_RENO. */
  comuneCode?: string | null | undefined;
  description?: string | null | undefined;
  drivingLicenceRequired?: boolean | null | undefined;
  durationMonths?: number | null | undefined;
  /** Skills not in the vocabulary, as free labels. */
  freeSkillLabels?: Array<string> | null | undefined;
  /** 1 to 48. */
  hoursPerWeek?: number | null | undefined;
  languages?: Array<SlotLanguageInput> | null | undefined;
  niceToHaveSkillIds?: Array<string> | null | undefined;
  /** Hours can start low and grow. */
  offersGradualStart?: boolean | null | undefined;
  /** Someone helps the person with Italian at work. */
  offersLanguageSupport?: boolean | null | undefined;
  /** A tutor follows the person at the workplace. */
  offersTutor?: boolean | null | undefined;
  openings?: number | null | undefined;
  reachableByPublicTransport?: boolean | null | undefined;
  /** At least one id from the skills vocabulary. */
  requiredSkillIds?: Array<string> | null | undefined;
  shifts?: Array<Shift> | null | undefined;
  /** YYYY-MM-DD; not in the past when the slot is published. */
  startDate?: string | null | undefined;
  stepFreeAccess?: boolean | null | undefined;
  title?: string | null | undefined;
};

export type WithdrawProposalInput = {
  /** A key chosen by the client (8–100 characters); a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  proposalId: string;
};

export type AccountProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountProfileQuery = { me: { id: string, displayName: string, email: string, role: Role, secondFactorEnabled: boolean }, notificationPreferences: Array<{ kind: NotificationKind, delivery: NotificationDelivery, isDefault: boolean }> };

export type AccountEnrolSecondFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountEnrolSecondFactorMutation = { enrolSecondFactor: { secret: string, otpauthUri: string } };

export type AccountConfirmSecondFactorMutationVariables = Exact<{
  input: ConfirmTotpInput;
}>;


export type AccountConfirmSecondFactorMutation = { confirmSecondFactor: { accessToken: string, refreshToken: string, expiresIn: number, secondFactorPending: boolean, user: { id: string, displayName: string, email: string, role: Role, companyId: string | null } } };

export type AccountSetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
}>;


export type AccountSetNotificationPreferenceMutation = { setNotificationPreference: { kind: NotificationKind, delivery: NotificationDelivery, isDefault: boolean } };

export type AccountAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AccountAcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, expiresIn: number, secondFactorPending: boolean, user: { id: string, displayName: string, email: string, role: Role, companyId: string | null } } };

export type AdminAlboMembershipFragment = { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null };

export type AdminAlboApplicationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: AlboStatus | null | undefined;
}>;


export type AdminAlboApplicationsQuery = { alboApplications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null }> } };

export type AdminAdmitCompanyMutationVariables = Exact<{
  input: AlboReviewInput;
}>;


export type AdminAdmitCompanyMutation = { admitCompany: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminReadmitCompanyMutationVariables = Exact<{
  input: AlboReviewInput;
}>;


export type AdminReadmitCompanyMutation = { readmitCompany: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminApproveAlboRenewalMutationVariables = Exact<{
  input: AlboReviewInput;
}>;


export type AdminApproveAlboRenewalMutation = { approveAlboRenewal: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminRejectAlboApplicationMutationVariables = Exact<{
  input: AlboSanctionInput;
}>;


export type AdminRejectAlboApplicationMutation = { rejectAlboApplication: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminSuspendCompanyMutationVariables = Exact<{
  input: AlboSanctionInput;
}>;


export type AdminSuspendCompanyMutation = { suspendCompany: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminRevokeCompanyMutationVariables = Exact<{
  input: AlboSanctionInput;
}>;


export type AdminRevokeCompanyMutation = { revokeCompany: { id: string, companyId: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, company: { id: string, legalName: string, partitaIva: string, sizeBand: SizeBand | null, sector: { code: string, label: string } | null, sites: Array<{ comune: { name: string } | null, district: { name: string } | null }> | null } | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, sections: Array<{ code: string, name: string }> | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, decidedAt: string, reason: string | null }> | null } };

export type AdminBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminBoardQuery = { board: { seats: Array<{ inAlbo: boolean, alboStatus: AlboStatus | null, company: { id: string, legalName: string }, membership: { id: string, since: string } }>, admittedNotOnBoard: Array<{ id: string, legalName: string }> } };

export type AdminAddCompanyToBoardMutationVariables = Exact<{
  input: AddToBoardInput;
}>;


export type AdminAddCompanyToBoardMutation = { addCompanyToBoard: { id: string } };

export type AdminRemoveCompanyFromBoardMutationVariables = Exact<{
  input: RemoveFromBoardInput;
}>;


export type AdminRemoveCompanyFromBoardMutation = { removeCompanyFromBoard: { id: string } };

export type AdminCompanySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type AdminCompanySearchQuery = { companies: { totalCount: number, nodes: Array<{ id: string, legalName: string, partitaIva: string }> } };

export type AdminOrganisationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  channel?: Channel | null | undefined;
  districtCode?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, channel: Channel, contactEmail: string | null, contactPhone: string | null, district: { name: string } | null }> } };

export type AdminDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDistrictsQuery = { districts: Array<{ code: string, name: string }> };

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type AdminCreateOrganisationMutation = { createOrganisation: { id: string, name: string } };

export type AdminInvitationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  role?: Role | null | undefined;
  status?: InvitationStatus | null | undefined;
}>;


export type AdminInvitationsQuery = { invitations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, email: string, role: Role, status: InvitationStatus | null, districtCode: string | null, createdAt: string, expiresAt: string, company: { legalName: string } | null, organisation: { name: string } | null }> } };

export type AdminInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type AdminInviteUserMutation = { inviteUser: { id: string, email: string, role: Role, expiresAt: string } };

export type AdminRevokeInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AdminRevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus | null } };

export type AdminResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AdminResendInvitationMutation = { resendInvitation: { id: string, email: string, expiresAt: string } };

export type AlboFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type AlboFiltersQuery = { districts: Array<{ code: string, name: string }>, atecoSections: Array<{ code: string, label: string }>, alboSections: Array<{ code: string, name: string }> };

export type AlboQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  districtCode?: string | null | undefined;
  sectorCode?: string | null | undefined;
  sectionCode?: string | null | undefined;
}>;


export type AlboQuery = { albo: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ companyId: string, legalName: string, logoNumber: string, logoDate: string, expiresAt: string, comune: { name: string } | null, district: { name: string } | null, sector: { code: string, label: string } | null, sections: Array<{ code: string, name: string }> }> } };

export type VerifyAlboLogoQueryVariables = Exact<{
  logoNumber: string;
}>;


export type VerifyAlboLogoQuery = { verifyAlboLogo: { logoNumber: string, status: LogoVerificationStatus, legalName: string | null, grantedAt: string | null, expiresAt: string | null } };

export type SessionUserFragment = { id: string, displayName: string, email: string, role: Role, companyId: string | null };

export type SessionFragment = { accessToken: string, refreshToken: string, expiresIn: number, secondFactorPending: boolean, user: { id: string, displayName: string, email: string, role: Role, companyId: string | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresIn: number, secondFactorPending: boolean, user: { id: string, displayName: string, email: string, role: Role, companyId: string | null } } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string, expiresIn: number, secondFactorPending: boolean, user: { id: string, displayName: string, email: string, role: Role, companyId: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, role: Role, companyId: string | null } };

export type BoardReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardReferenceDataQuery = { districts: Array<{ code: string, name: string }>, skillGroups: Array<{ code: string, label: string }>, atecoSections: Array<{ code: string, label: string }> };

export type BoardNeedsAnalysesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  period?: string | null | undefined;
  status?: NeedsAnalysisStatus | null | undefined;
}>;


export type BoardNeedsAnalysesQuery = { needsAnalyses: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ reviewedAt: string | null, priority: NeedsPriority | null, id: string, period: string, version: number, status: NeedsAnalysisStatus, submittedAt: string | null, company: { id: string, legalName: string } | null, lines: Array<{ id: string, headCount: number }> }> } };

export type BoardNeedsAnalysisDetailFragment = { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, submittedAt: string | null, reviewedAt: string | null, priority: NeedsPriority | null, company: { id: string, legalName: string } | null, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skills: Array<{ id: string, label: string }> | null }> };

export type BoardNeedsReviewFragment = { id: string, action: NeedsReviewAction, comment: string | null, priority: NeedsPriority | null, createdAt: string, actorCompany: { id: string, legalName: string } | null };

export type BoardNeedsAnalysisQueryVariables = Exact<{
  id: string;
}>;


export type BoardNeedsAnalysisQuery = { needsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, submittedAt: string | null, reviewedAt: string | null, priority: NeedsPriority | null, company: { id: string, legalName: string } | null, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skills: Array<{ id: string, label: string }> | null }> }, needsAnalysisReviews: Array<{ id: string, action: NeedsReviewAction, comment: string | null, priority: NeedsPriority | null, createdAt: string, actorCompany: { id: string, legalName: string } | null }> };

export type BoardReviewNeedsAnalysisMutationVariables = Exact<{
  input: ReviewNeedsAnalysisInput;
}>;


export type BoardReviewNeedsAnalysisMutation = { reviewNeedsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, submittedAt: string | null, reviewedAt: string | null, priority: NeedsPriority | null, company: { id: string, legalName: string } | null, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skills: Array<{ id: string, label: string }> | null }> } };

export type BoardGapsQueryVariables = Exact<{
  period: string;
  districtCode?: string | null | undefined;
  skillGroupCode?: string | null | undefined;
}>;


export type BoardGapsQuery = { gaps: { period: string, districtCode: string | null, skillGroupCode: string | null, gaps: Array<{ skillId: string, label: string, skillGroupCode: string, needsHeadCount: number, openSlotOpenings: number, demand: number, supply: number | null, gap: number | null, previous: Array<{ period: string, needsHeadCount: number, openSlotOpenings: number | null, demand: number | null, supply: number | null, gap: number | null }> }> } };

export type BoardGapsCsvQueryVariables = Exact<{
  period: string;
  districtCode?: string | null | undefined;
  skillGroupCode?: string | null | undefined;
}>;


export type BoardGapsCsvQuery = { gapsCsv: string };

export type BoardProjectNeedFragment = { id: string, kind: ProjectNeedKind, status: ProjectNeedStatus, detail: string | null };

export type BoardProjectsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  districtCode?: string | null | undefined;
  stage?: ProjectStage | null | undefined;
}>;


export type BoardProjectsQuery = { projects: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, atecoSection: string, districtCode: string, stage: ProjectStage, description: string, openNeedCount: number, updatedAt: string, needs: Array<{ id: string, kind: ProjectNeedKind, status: ProjectNeedStatus, detail: string | null }> }> } };

export type BoardProjectOfferFragment = { id: string, needId: string, note: string, status: ProjectOfferStatus, createdAt: string, decidedAt: string | null };

export type BoardProjectQueryVariables = Exact<{
  id: string;
}>;


export type BoardProjectQuery = { project: { id: string, atecoSection: string, districtCode: string, stage: ProjectStage, description: string, openNeedCount: number, createdAt: string, updatedAt: string, needs: Array<{ id: string, kind: ProjectNeedKind, status: ProjectNeedStatus, detail: string | null }> }, projectOffers: Array<{ id: string, needId: string, note: string, status: ProjectOfferStatus, createdAt: string, decidedAt: string | null }> };

export type BoardOfferProjectSupportMutationVariables = Exact<{
  input: OfferProjectSupportInput;
}>;


export type BoardOfferProjectSupportMutation = { offerProjectSupport: { id: string, needId: string, note: string, status: ProjectOfferStatus, createdAt: string, decidedAt: string | null } };

export type CoordinatorOutcomeReportQueryVariables = Exact<{
  period: string;
}>;


export type CoordinatorOutcomeReportQuery = { outcomeReport: { period: string, districtCode: string | null, tables: Array<{ name: string, rowDimension: string, columnDimension: string, columnKeys: Array<string>, columnTotals: Array<number | null>, grandTotal: number | null, rows: Array<{ key: string, cells: Array<number | null>, total: number | null }> }>, rates: Array<{ key: string, started: number | null, completed: number | null, hired: number | null, interrupted: number | null, expired: number | null }> }, districts: Array<{ code: string, name: string }> };

export type CoordinatorOutcomeReportCsvQueryVariables = Exact<{
  period: string;
}>;


export type CoordinatorOutcomeReportCsvQuery = { outcomeReportCsv: string };

export type PageCursorFragment = { endCursor: string | null, hasNextPage: boolean };

export type DistrictOptionFragment = { code: string, name: string };

export type AtecoSectionOptionFragment = { code: string, label: string };

export type SkillLabelFragment = { id: string, label: string };

export type NeedsAnalysisRowFragment = { id: string, period: string, version: number, status: NeedsAnalysisStatus, submittedAt: string | null, lines: Array<{ id: string, headCount: number }> };

export type HrSiteFragment = { id: string, position: number, comuneCode: string, address: string | null, comune: { name: string } | null, district: { code: string, name: string } | null };

export type HrCompanyFragment = { id: string, legalName: string, partitaIva: string, atecoCode: string | null, sizeBand: SizeBand | null, contactEmail: string | null, sector: { code: string, label: string } | null, sites: Array<{ id: string, position: number, comuneCode: string, address: string | null, comune: { name: string } | null, district: { code: string, name: string } | null }> | null };

export type HrTerritoryQueryVariables = Exact<{ [key: string]: never; }>;


export type HrTerritoryQuery = { districts: Array<{ code: string, name: string, comuni: Array<{ code: string, name: string }> }> };

export type HrCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type HrCompanyQuery = { myCompany: { id: string, legalName: string, partitaIva: string, atecoCode: string | null, sizeBand: SizeBand | null, contactEmail: string | null, sector: { code: string, label: string } | null, sites: Array<{ id: string, position: number, comuneCode: string, address: string | null, comune: { name: string } | null, district: { code: string, name: string } | null }> | null } };

export type HrUpdateCompanyMutationVariables = Exact<{
  id: string;
  input: UpdateCompanyInput;
}>;


export type HrUpdateCompanyMutation = { updateCompany: { id: string, legalName: string, partitaIva: string, atecoCode: string | null, sizeBand: SizeBand | null, contactEmail: string | null, sector: { code: string, label: string } | null, sites: Array<{ id: string, position: number, comuneCode: string, address: string | null, comune: { name: string } | null, district: { code: string, name: string } | null }> | null } };

export type HrAlboMembershipFragment = { id: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, sectionCodes: Array<string>, sections: Array<{ code: string, name: string }> | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, toStatus: AlboStatus, decidedAt: string, reason: string | null }> | null };

export type HrAlboQueryVariables = Exact<{ [key: string]: never; }>;


export type HrAlboQuery = { myAlboMembership: { id: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, sectionCodes: Array<string>, sections: Array<{ code: string, name: string }> | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, toStatus: AlboStatus, decidedAt: string, reason: string | null }> | null } | null, alboSections: Array<{ code: string, name: string, description: string | null }> };

export type HrApplyToAlboMutationVariables = Exact<{
  input: ApplyToAlboInput;
}>;


export type HrApplyToAlboMutation = { applyToAlbo: { id: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, sectionCodes: Array<string>, sections: Array<{ code: string, name: string }> | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, toStatus: AlboStatus, decidedAt: string, reason: string | null }> | null } };

export type HrRequestAlboRenewalMutationVariables = Exact<{
  input: RenewAlboInput;
}>;


export type HrRequestAlboRenewalMutation = { requestAlboRenewal: { id: string, status: AlboStatus, appliedAt: string, admittedAt: string | null, expiresAt: string | null, logoNumber: string | null, renewalRequestedAt: string | null, inclusivePathNote: string | null, sectionCodes: Array<string>, sections: Array<{ code: string, name: string }> | null, declarations: { law68ObligationsMet: boolean, inclusivePathRun: boolean, metropolitanSite: boolean } | null, evidence: { since: string, slotsPublished: number | null, pathsStarted: number | null, pathsCompleted: number | null, hired: number | null, proposalsAnsweredShare: number | null } | null, history: Array<{ id: string, kind: AlboDecisionKind, toStatus: AlboStatus, decidedAt: string, reason: string | null }> | null } };

export type HrSlotFragment = { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null };

export type HrSlotQueryVariables = Exact<{
  id: string;
}>;


export type HrSlotQuery = { slot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrCreateSlotMutationVariables = Exact<{
  input: CreateSlotInput;
}>;


export type HrCreateSlotMutation = { createSlot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrUpdateSlotMutationVariables = Exact<{
  id: string;
  input: UpdateSlotInput;
}>;


export type HrUpdateSlotMutation = { updateSlot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrPublishSlotMutationVariables = Exact<{
  id: string;
}>;


export type HrPublishSlotMutation = { publishSlot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrCloseSlotMutationVariables = Exact<{
  id: string;
}>;


export type HrCloseSlotMutation = { closeSlot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrConfirmSlotMutationVariables = Exact<{
  id: string;
}>;


export type HrConfirmSlotMutation = { confirmSlot: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrSetSlotIntakeMutationVariables = Exact<{
  id: string;
  input: SlotIntakeInput;
}>;


export type HrSetSlotIntakeMutation = { setSlotIntake: { id: string, kind: SlotKind, status: SlotStatus, title: string, description: string, comuneCode: string, districtCode: string, openings: number, openingsTaken: number, hoursPerWeek: number, shifts: Array<Shift>, startDate: string, durationMonths: number | null, drivingLicenceRequired: boolean, offersTutor: boolean, offersGradualStart: boolean, stepFreeAccess: boolean, reachableByPublicTransport: boolean, offersLanguageSupport: boolean, pausedUntil: string | null, pausedForStandingAt: string | null, monthlyProposalCap: number | null, publishedAt: string | null, closedAt: string | null, contentChangedAt: string, unpublishedAt: string | null, comune: { name: string } | null, district: { name: string } | null, languages: Array<{ code: string, minLevel: string }>, requiredSkills: Array<{ id: string, label: string }> | null, niceToHaveSkills: Array<{ id: string, label: string }> | null } };

export type HrNeedsAnalysisFragment = { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, priority: NeedsPriority | null, reviewedAt: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skillIds: Array<string>, skills: Array<{ id: string, label: string }> | null }> };

export type HrNeedsAnalysesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HrNeedsAnalysesQuery = { needsAnalyses: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ updatedAt: string, id: string, period: string, version: number, status: NeedsAnalysisStatus, submittedAt: string | null, lines: Array<{ id: string, headCount: number }> }> } };

export type HrNeedsAnalysisQueryVariables = Exact<{
  id: string;
}>;


export type HrNeedsAnalysisQuery = { needsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, priority: NeedsPriority | null, reviewedAt: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skillIds: Array<string>, skills: Array<{ id: string, label: string }> | null }> } };

export type HrCreateNeedsAnalysisMutationVariables = Exact<{
  input: CreateNeedsAnalysisInput;
}>;


export type HrCreateNeedsAnalysisMutation = { createNeedsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, priority: NeedsPriority | null, reviewedAt: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skillIds: Array<string>, skills: Array<{ id: string, label: string }> | null }> } };

export type HrUpdateNeedsAnalysisMutationVariables = Exact<{
  id: string;
  input: NeedsAnalysisContentInput;
}>;


export type HrUpdateNeedsAnalysisMutation = { updateNeedsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, priority: NeedsPriority | null, reviewedAt: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skillIds: Array<string>, skills: Array<{ id: string, label: string }> | null }> } };

export type HrSubmitNeedsAnalysisMutationVariables = Exact<{
  id: string;
}>;


export type HrSubmitNeedsAnalysisMutation = { submitNeedsAnalysis: { id: string, period: string, version: number, status: NeedsAnalysisStatus, notes: string | null, priority: NeedsPriority | null, reviewedAt: string | null, submittedAt: string | null, createdAt: string, updatedAt: string, lines: Array<{ id: string, position: number, occupation: string, headCount: number, districtCode: string, kind: SlotKind, skillIds: Array<string>, skills: Array<{ id: string, label: string }> | null }> } };

export type OperatorCandidateRowFragment = { id: string, publicCode: string, status: CandidateStatus, completeness: number, ageBand: AgeBand, reconfirmDueAt: string, residenceDistrict: { code: string, name: string } | null, residenceComune: { code: string, name: string } | null, skills: Array<{ id: string, label: string }> };

export type OperatorCandidatesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: CandidateStatus | null | undefined;
}>;


export type OperatorCandidatesQuery = { candidates: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, publicCode: string, status: CandidateStatus, completeness: number, ageBand: AgeBand, reconfirmDueAt: string, residenceDistrict: { code: string, name: string } | null, residenceComune: { code: string, name: string } | null, skills: Array<{ id: string, label: string }> }> } };

export type OperatorCandidatesToReconfirmQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OperatorCandidatesToReconfirmQuery = { candidatesToReconfirm: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, publicCode: string, status: CandidateStatus, completeness: number, ageBand: AgeBand, reconfirmDueAt: string, residenceDistrict: { code: string, name: string } | null, residenceComune: { code: string, name: string } | null, skills: Array<{ id: string, label: string }> }> } };

export type OperatorReconfirmCandidateMutationVariables = Exact<{
  id: string;
}>;


export type OperatorReconfirmCandidateMutation = { reconfirmCandidate: { id: string, publicCode: string, status: CandidateStatus, reconfirmDueAt: string } };

export type OperatorCandidateFormListsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorCandidateFormListsQuery = { districts: Array<{ code: string, name: string, comuni: Array<{ code: string, name: string }> }>, atecoSections: Array<{ code: string, label: string }> };

export type OperatorCoordinationContactFragment = { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null };

export type OperatorCoordinationRequestFragment = { id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null };

export type OperatorCandidateDetailFragment = { id: string, publicCode: string, status: CandidateStatus, completeness: number, lastConfirmedAt: string, reconfirmDueAt: string, residenceDistrictCode: string, residenceComuneCode: string | null, ageBand: AgeBand, freeSkillLabels: Array<string>, educationLevel: number | null, hoursPerWeek: number | null, shifts: Array<CandidateShift>, availableFrom: string | null, drivingLicence: boolean | null, ownVehicle: boolean | null, maxCommuteMinutes: number | null, desiredSectors: Array<string>, supportNeeds: Array<CandidateWorkConditionNeed>, activeMeasures: Array<ActiveMeasure> | null, consentGivenAt: string | null, consentPurposes: Array<ConsentPurpose>, notes: string | null, skills: Array<{ id: string, label: string }>, languages: Array<{ language: string, level: CandidateCefrLevel }>, coordinatedWith: Array<{ since: string, organisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } }> | null, coordinationRequest: { status: CoordinationRequestStatus, consentGivenOn: string, sentAt: string, expiresAt: string } | null, coordinationRequests: Array<{ id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null }> | null };

export type OperatorCandidateQueryVariables = Exact<{
  id: string;
}>;


export type OperatorCandidateQuery = { candidate: { id: string, publicCode: string, status: CandidateStatus, completeness: number, lastConfirmedAt: string, reconfirmDueAt: string, residenceDistrictCode: string, residenceComuneCode: string | null, ageBand: AgeBand, freeSkillLabels: Array<string>, educationLevel: number | null, hoursPerWeek: number | null, shifts: Array<CandidateShift>, availableFrom: string | null, drivingLicence: boolean | null, ownVehicle: boolean | null, maxCommuteMinutes: number | null, desiredSectors: Array<string>, supportNeeds: Array<CandidateWorkConditionNeed>, activeMeasures: Array<ActiveMeasure> | null, consentGivenAt: string | null, consentPurposes: Array<ConsentPurpose>, notes: string | null, skills: Array<{ id: string, label: string }>, languages: Array<{ language: string, level: CandidateCefrLevel }>, coordinatedWith: Array<{ since: string, organisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } }> | null, coordinationRequest: { status: CoordinationRequestStatus, consentGivenOn: string, sentAt: string, expiresAt: string } | null, coordinationRequests: Array<{ id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null }> | null } };

export type OperatorCreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
}>;


export type OperatorCreateCandidateMutation = { createCandidate: { id: string, publicCode: string } };

export type OperatorUpdateCandidateMutationVariables = Exact<{
  id: string;
  input: UpdateCandidateInput;
}>;


export type OperatorUpdateCandidateMutation = { updateCandidate: { id: string, publicCode: string, status: CandidateStatus, completeness: number, lastConfirmedAt: string, reconfirmDueAt: string, residenceDistrictCode: string, residenceComuneCode: string | null, ageBand: AgeBand, freeSkillLabels: Array<string>, educationLevel: number | null, hoursPerWeek: number | null, shifts: Array<CandidateShift>, availableFrom: string | null, drivingLicence: boolean | null, ownVehicle: boolean | null, maxCommuteMinutes: number | null, desiredSectors: Array<string>, supportNeeds: Array<CandidateWorkConditionNeed>, activeMeasures: Array<ActiveMeasure> | null, consentGivenAt: string | null, consentPurposes: Array<ConsentPurpose>, notes: string | null, skills: Array<{ id: string, label: string }>, languages: Array<{ language: string, level: CandidateCefrLevel }>, coordinatedWith: Array<{ since: string, organisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } }> | null, coordinationRequest: { status: CoordinationRequestStatus, consentGivenOn: string, sentAt: string, expiresAt: string } | null, coordinationRequests: Array<{ id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null }> | null } };

export type OperatorCoordinationRequestsQueryVariables = Exact<{
  status?: CoordinationRequestStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OperatorCoordinationRequestsQuery = { coordinationRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null }> } };

export type OperatorAcceptCoordinationRequestMutationVariables = Exact<{
  id: string;
}>;


export type OperatorAcceptCoordinationRequestMutation = { acceptCoordinationRequest: { id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null } };

export type OperatorRefuseCoordinationRequestMutationVariables = Exact<{
  id: string;
}>;


export type OperatorRefuseCoordinationRequestMutation = { refuseCoordinationRequest: { id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null } };

export type OperatorWithdrawCoordinationRequestMutationVariables = Exact<{
  candidateId: string;
}>;


export type OperatorWithdrawCoordinationRequestMutation = { withdrawCoordinationRequest: { id: string, publicCode: string, status: CandidateStatus, completeness: number, lastConfirmedAt: string, reconfirmDueAt: string, residenceDistrictCode: string, residenceComuneCode: string | null, ageBand: AgeBand, freeSkillLabels: Array<string>, educationLevel: number | null, hoursPerWeek: number | null, shifts: Array<CandidateShift>, availableFrom: string | null, drivingLicence: boolean | null, ownVehicle: boolean | null, maxCommuteMinutes: number | null, desiredSectors: Array<string>, supportNeeds: Array<CandidateWorkConditionNeed>, activeMeasures: Array<ActiveMeasure> | null, consentGivenAt: string | null, consentPurposes: Array<ConsentPurpose>, notes: string | null, skills: Array<{ id: string, label: string }>, languages: Array<{ language: string, level: CandidateCefrLevel }>, coordinatedWith: Array<{ since: string, organisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } }> | null, coordinationRequest: { status: CoordinationRequestStatus, consentGivenOn: string, sentAt: string, expiresAt: string } | null, coordinationRequests: Array<{ id: string, status: CoordinationRequestStatus, targetCandidateId: string, consentGivenOn: string, createdAt: string, expiresAt: string, decidedAt: string | null, requestingOrganisation: { organisationId: string, name: string, channel: Channel, districtCode: string, contactEmail: string | null, contactPhone: string | null } | null }> | null } };

export type PlacementExplanationFragment = { score: number, skillsFit: number, districtRelation: DistrictRelation, conditionsMet: Array<MatchCondition>, skillsMatched: Array<{ skillId: string | null, label: string, required: boolean }>, skillsMissing: Array<{ skillId: string | null, label: string, required: boolean }> };

export type PlacementSlotHeaderQueryVariables = Exact<{
  id: string;
}>;


export type PlacementSlotHeaderQuery = { slot: { id: string, title: string, kind: SlotKind, status: SlotStatus, hoursPerWeek: number, comune: { name: string } | null, district: { name: string } | null } };

export type PlacementMatchCandidatesQueryVariables = Exact<{
  slotId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PlacementMatchCandidatesQuery = { matchCandidates: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ candidate: { id: string, publicCode: string, districtCode: string, ageBand: AgeBand, hoursPerWeek: number | null, supportNeeds: Array<CandidateWorkConditionNeed> }, explanation: { score: number, skillsFit: number, districtRelation: DistrictRelation, conditionsMet: Array<MatchCondition>, skillsMatched: Array<{ skillId: string | null, label: string, required: boolean }>, skillsMissing: Array<{ skillId: string | null, label: string, required: boolean }> } }> }, districts: Array<{ code: string, name: string }> };

export type PlacementCandidateHeaderQueryVariables = Exact<{
  id: string;
}>;


export type PlacementCandidateHeaderQuery = { candidate: { id: string, publicCode: string, status: CandidateStatus, residenceDistrict: { name: string } | null } };

export type PlacementMatchSlotsQueryVariables = Exact<{
  candidateId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PlacementMatchSlotsQuery = { matchSlots: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ slot: { id: string, title: string, kind: SlotKind, companyId: string, hoursPerWeek: number, startDate: string, openingsLeft: number | null, company: { legalName: string } | null, comune: { name: string } | null, district: { name: string } | null }, explanation: { score: number, skillsFit: number, districtRelation: DistrictRelation, conditionsMet: Array<MatchCondition>, skillsMatched: Array<{ skillId: string | null, label: string, required: boolean }>, skillsMissing: Array<{ skillId: string | null, label: string, required: boolean }> } }> } };

export type PlacementCompanySignalsQueryVariables = Exact<{
  companyId: string;
}>;


export type PlacementCompanySignalsQuery = { companyProposalSignals: { companyId: string, proposals: number, enoughData: boolean, medianHoursToFirstAnswer: number | null, answeredShare: number | null } };

export type PlacementProposalFragment = { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null };

export type PlacementCheckInFragment = { id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string };

export type PlacementProposalsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: ProposalStatus | null | undefined;
  candidateId?: string | null | undefined;
}>;


export type PlacementProposalsQuery = { proposals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null }> } };

export type PlacementRequestCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type PlacementRequestCandidateMutation = { requestCandidate: { id: string, status: ProposalStatus } };

export type PlacementProposeCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type PlacementProposeCandidateMutation = { proposeCandidate: { id: string, status: ProposalStatus } };

export type PlacementAcceptMutationVariables = Exact<{
  input: ProposalActionInput;
}>;


export type PlacementAcceptMutation = { acceptProposal: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementDeclineMutationVariables = Exact<{
  input: DeclineProposalInput;
}>;


export type PlacementDeclineMutation = { declineProposal: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementWithdrawMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type PlacementWithdrawMutation = { withdrawProposal: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementScheduleInterviewMutationVariables = Exact<{
  input: ScheduleInterviewInput;
}>;


export type PlacementScheduleInterviewMutation = { scheduleInterview: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementRecordConsentMutationVariables = Exact<{
  input: RecordMeetingConsentInput;
}>;


export type PlacementRecordConsentMutation = { recordMeetingConsent: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementStartPathMutationVariables = Exact<{
  input: StartPathInput;
}>;


export type PlacementStartPathMutation = { startPath: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementInterruptPathMutationVariables = Exact<{
  input: InterruptPathInput;
}>;


export type PlacementInterruptPathMutation = { interruptPath: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementEndPathMutationVariables = Exact<{
  input: EndPathInput;
}>;


export type PlacementEndPathMutation = { endPath: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementHireMutationVariables = Exact<{
  input: HireCandidateInput;
}>;


export type PlacementHireMutation = { hireCandidate: { id: string, status: ProposalStatus, origin: ProposalOrigin, candidateId: string, candidatePublicCode: string, note: string | null, createdAt: string, answeredAt: string | null, declineReason: DeclineReason | null, interruptionReason: InterruptionReason | null, closingNote: string | null, interviewOn: string | null, meetingAgreedOn: string | null, startsOn: string | null, endedAt: string | null, outcome: PathOutcome | null, contractType: ContractType | null, hiredAt: string | null, feedback: string | null, slot: { id: string, title: string, kind: SlotKind, company: { legalName: string } | null, comune: { name: string } | null } | null, operatorContact: { displayName: string, email: string, organisationName: string, organisationPhone: string | null } | null, checkIns: Array<{ id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string }> | null } };

export type PlacementCheckInMutationVariables = Exact<{
  input: RecordCheckInInput;
}>;


export type PlacementCheckInMutation = { recordCheckIn: { id: string, side: ProposalSide, state: CheckInState, note: string | null, createdAt: string } };

export type SkillSearchQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type SkillSearchQuery = { skills: Array<{ synonyms: Array<string>, id: string, label: string, group: { label: string } }> };

export type MySlotsQueryVariables = Exact<{
  companyId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type MySlotsQuery = { slots: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, kind: SlotKind, status: SlotStatus, openings: number, openingsTaken: number, startDate: string, publishedAt: string | null, comune: { name: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminAlboMembershipFragmentDoc = new TypedDocumentString(`
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}
    `, {"fragmentName":"AdminAlboMembership"}) as unknown as TypedDocumentString<AdminAlboMembershipFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const SessionFragmentDoc = new TypedDocumentString(`
    fragment Session on AuthPayload {
  accessToken
  refreshToken
  expiresIn
  secondFactorPending
  user {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}`, {"fragmentName":"Session"}) as unknown as TypedDocumentString<SessionFragment, unknown>;
export const SkillLabelFragmentDoc = new TypedDocumentString(`
    fragment SkillLabel on Skill {
  id
  label
}
    `, {"fragmentName":"SkillLabel"}) as unknown as TypedDocumentString<SkillLabelFragment, unknown>;
export const BoardNeedsAnalysisDetailFragmentDoc = new TypedDocumentString(`
    fragment BoardNeedsAnalysisDetail on NeedsAnalysis {
  id
  period
  version
  status
  notes
  submittedAt
  reviewedAt
  priority
  company {
    id
    legalName
  }
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skills {
      ...SkillLabel
    }
  }
}
    fragment SkillLabel on Skill {
  id
  label
}`, {"fragmentName":"BoardNeedsAnalysisDetail"}) as unknown as TypedDocumentString<BoardNeedsAnalysisDetailFragment, unknown>;
export const BoardNeedsReviewFragmentDoc = new TypedDocumentString(`
    fragment BoardNeedsReview on NeedsReview {
  id
  action
  comment
  priority
  createdAt
  actorCompany {
    id
    legalName
  }
}
    `, {"fragmentName":"BoardNeedsReview"}) as unknown as TypedDocumentString<BoardNeedsReviewFragment, unknown>;
export const BoardProjectNeedFragmentDoc = new TypedDocumentString(`
    fragment BoardProjectNeed on ProjectNeed {
  id
  kind
  status
  detail
}
    `, {"fragmentName":"BoardProjectNeed"}) as unknown as TypedDocumentString<BoardProjectNeedFragment, unknown>;
export const BoardProjectOfferFragmentDoc = new TypedDocumentString(`
    fragment BoardProjectOffer on ProjectOffer {
  id
  needId
  note
  status
  createdAt
  decidedAt
}
    `, {"fragmentName":"BoardProjectOffer"}) as unknown as TypedDocumentString<BoardProjectOfferFragment, unknown>;
export const PageCursorFragmentDoc = new TypedDocumentString(`
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"PageCursor"}) as unknown as TypedDocumentString<PageCursorFragment, unknown>;
export const AtecoSectionOptionFragmentDoc = new TypedDocumentString(`
    fragment AtecoSectionOption on AtecoSection {
  code
  label
}
    `, {"fragmentName":"AtecoSectionOption"}) as unknown as TypedDocumentString<AtecoSectionOptionFragment, unknown>;
export const NeedsAnalysisRowFragmentDoc = new TypedDocumentString(`
    fragment NeedsAnalysisRow on NeedsAnalysis {
  id
  period
  version
  status
  submittedAt
  lines {
    id
    headCount
  }
}
    `, {"fragmentName":"NeedsAnalysisRow"}) as unknown as TypedDocumentString<NeedsAnalysisRowFragment, unknown>;
export const DistrictOptionFragmentDoc = new TypedDocumentString(`
    fragment DistrictOption on District {
  code
  name
}
    `, {"fragmentName":"DistrictOption"}) as unknown as TypedDocumentString<DistrictOptionFragment, unknown>;
export const HrSiteFragmentDoc = new TypedDocumentString(`
    fragment HrSite on CompanySite {
  id
  position
  comuneCode
  address
  comune {
    name
  }
  district {
    ...DistrictOption
  }
}
    fragment DistrictOption on District {
  code
  name
}`, {"fragmentName":"HrSite"}) as unknown as TypedDocumentString<HrSiteFragment, unknown>;
export const HrCompanyFragmentDoc = new TypedDocumentString(`
    fragment HrCompany on Company {
  id
  legalName
  partitaIva
  atecoCode
  sizeBand
  contactEmail
  sector {
    code
    label
  }
  sites {
    ...HrSite
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment HrSite on CompanySite {
  id
  position
  comuneCode
  address
  comune {
    name
  }
  district {
    ...DistrictOption
  }
}`, {"fragmentName":"HrCompany"}) as unknown as TypedDocumentString<HrCompanyFragment, unknown>;
export const HrAlboMembershipFragmentDoc = new TypedDocumentString(`
    fragment HrAlboMembership on AlboMembership {
  id
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  sectionCodes
  sections {
    code
    name
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    toStatus
    decidedAt
    reason
  }
}
    `, {"fragmentName":"HrAlboMembership"}) as unknown as TypedDocumentString<HrAlboMembershipFragment, unknown>;
export const HrSlotFragmentDoc = new TypedDocumentString(`
    fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}
    fragment SkillLabel on Skill {
  id
  label
}`, {"fragmentName":"HrSlot"}) as unknown as TypedDocumentString<HrSlotFragment, unknown>;
export const HrNeedsAnalysisFragmentDoc = new TypedDocumentString(`
    fragment HrNeedsAnalysis on NeedsAnalysis {
  id
  period
  version
  status
  notes
  priority
  reviewedAt
  submittedAt
  createdAt
  updatedAt
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skillIds
    skills {
      ...SkillLabel
    }
  }
}
    fragment SkillLabel on Skill {
  id
  label
}`, {"fragmentName":"HrNeedsAnalysis"}) as unknown as TypedDocumentString<HrNeedsAnalysisFragment, unknown>;
export const OperatorCandidateRowFragmentDoc = new TypedDocumentString(`
    fragment OperatorCandidateRow on Candidate {
  id
  publicCode
  status
  completeness
  ageBand
  reconfirmDueAt
  residenceDistrict {
    code
    name
  }
  residenceComune {
    code
    name
  }
  skills {
    ...SkillLabel
  }
}
    fragment SkillLabel on Skill {
  id
  label
}`, {"fragmentName":"OperatorCandidateRow"}) as unknown as TypedDocumentString<OperatorCandidateRowFragment, unknown>;
export const OperatorCoordinationContactFragmentDoc = new TypedDocumentString(`
    fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
    `, {"fragmentName":"OperatorCoordinationContact"}) as unknown as TypedDocumentString<OperatorCoordinationContactFragment, unknown>;
export const OperatorCoordinationRequestFragmentDoc = new TypedDocumentString(`
    fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}
    fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}`, {"fragmentName":"OperatorCoordinationRequest"}) as unknown as TypedDocumentString<OperatorCoordinationRequestFragment, unknown>;
export const OperatorCandidateDetailFragmentDoc = new TypedDocumentString(`
    fragment OperatorCandidateDetail on Candidate {
  id
  publicCode
  status
  completeness
  lastConfirmedAt
  reconfirmDueAt
  residenceDistrictCode
  residenceComuneCode
  ageBand
  skills {
    ...SkillLabel
  }
  freeSkillLabels
  languages {
    language
    level
  }
  educationLevel
  hoursPerWeek
  shifts
  availableFrom
  drivingLicence
  ownVehicle
  maxCommuteMinutes
  desiredSectors
  supportNeeds
  activeMeasures
  consentGivenAt
  consentPurposes
  notes
  coordinatedWith {
    since
    organisation {
      ...OperatorCoordinationContact
    }
  }
  coordinationRequest {
    status
    consentGivenOn
    sentAt
    expiresAt
  }
  coordinationRequests {
    ...OperatorCoordinationRequest
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}`, {"fragmentName":"OperatorCandidateDetail"}) as unknown as TypedDocumentString<OperatorCandidateDetailFragment, unknown>;
export const PlacementExplanationFragmentDoc = new TypedDocumentString(`
    fragment PlacementExplanation on MatchExplanation {
  score
  skillsFit
  districtRelation
  skillsMatched {
    skillId
    label
    required
  }
  skillsMissing {
    skillId
    label
    required
  }
  conditionsMet
}
    `, {"fragmentName":"PlacementExplanation"}) as unknown as TypedDocumentString<PlacementExplanationFragment, unknown>;
export const PlacementCheckInFragmentDoc = new TypedDocumentString(`
    fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}
    `, {"fragmentName":"PlacementCheckIn"}) as unknown as TypedDocumentString<PlacementCheckInFragment, unknown>;
export const PlacementProposalFragmentDoc = new TypedDocumentString(`
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
    fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`, {"fragmentName":"PlacementProposal"}) as unknown as TypedDocumentString<PlacementProposalFragment, unknown>;
export const AccountProfileDocument = new TypedDocumentString(`
    query AccountProfile {
  me {
    id
    displayName
    email
    role
    secondFactorEnabled
  }
  notificationPreferences {
    kind
    delivery
    isDefault
  }
}
    `) as unknown as TypedDocumentString<AccountProfileQuery, AccountProfileQueryVariables>;
export const AccountEnrolSecondFactorDocument = new TypedDocumentString(`
    mutation AccountEnrolSecondFactor {
  enrolSecondFactor {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<AccountEnrolSecondFactorMutation, AccountEnrolSecondFactorMutationVariables>;
export const AccountConfirmSecondFactorDocument = new TypedDocumentString(`
    mutation AccountConfirmSecondFactor($input: ConfirmTotpInput!) {
  confirmSecondFactor(input: $input) {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}
fragment Session on AuthPayload {
  accessToken
  refreshToken
  expiresIn
  secondFactorPending
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<AccountConfirmSecondFactorMutation, AccountConfirmSecondFactorMutationVariables>;
export const AccountSetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation AccountSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) {
    kind
    delivery
    isDefault
  }
}
    `) as unknown as TypedDocumentString<AccountSetNotificationPreferenceMutation, AccountSetNotificationPreferenceMutationVariables>;
export const AccountAcceptInvitationDocument = new TypedDocumentString(`
    mutation AccountAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}
fragment Session on AuthPayload {
  accessToken
  refreshToken
  expiresIn
  secondFactorPending
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<AccountAcceptInvitationMutation, AccountAcceptInvitationMutationVariables>;
export const AdminAlboApplicationsDocument = new TypedDocumentString(`
    query AdminAlboApplications($first: Int!, $after: String, $status: AlboStatus) {
  alboApplications(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...AdminAlboMembership
    }
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}
fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AdminAlboApplicationsQuery, AdminAlboApplicationsQueryVariables>;
export const AdminAdmitCompanyDocument = new TypedDocumentString(`
    mutation AdminAdmitCompany($input: AlboReviewInput!) {
  admitCompany(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminAdmitCompanyMutation, AdminAdmitCompanyMutationVariables>;
export const AdminReadmitCompanyDocument = new TypedDocumentString(`
    mutation AdminReadmitCompany($input: AlboReviewInput!) {
  readmitCompany(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminReadmitCompanyMutation, AdminReadmitCompanyMutationVariables>;
export const AdminApproveAlboRenewalDocument = new TypedDocumentString(`
    mutation AdminApproveAlboRenewal($input: AlboReviewInput!) {
  approveAlboRenewal(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminApproveAlboRenewalMutation, AdminApproveAlboRenewalMutationVariables>;
export const AdminRejectAlboApplicationDocument = new TypedDocumentString(`
    mutation AdminRejectAlboApplication($input: AlboSanctionInput!) {
  rejectAlboApplication(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminRejectAlboApplicationMutation, AdminRejectAlboApplicationMutationVariables>;
export const AdminSuspendCompanyDocument = new TypedDocumentString(`
    mutation AdminSuspendCompany($input: AlboSanctionInput!) {
  suspendCompany(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminSuspendCompanyMutation, AdminSuspendCompanyMutationVariables>;
export const AdminRevokeCompanyDocument = new TypedDocumentString(`
    mutation AdminRevokeCompany($input: AlboSanctionInput!) {
  revokeCompany(input: $input) {
    ...AdminAlboMembership
  }
}
    fragment AdminAlboMembership on AlboMembership {
  id
  companyId
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  company {
    id
    legalName
    partitaIva
    sizeBand
    sector {
      code
      label
    }
    sites {
      comune {
        name
      }
      district {
        name
      }
    }
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  sections {
    code
    name
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdminRevokeCompanyMutation, AdminRevokeCompanyMutationVariables>;
export const AdminBoardDocument = new TypedDocumentString(`
    query AdminBoard {
  board {
    seats {
      inAlbo
      alboStatus
      company {
        id
        legalName
      }
      membership {
        id
        since
      }
    }
    admittedNotOnBoard {
      id
      legalName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminBoardQuery, AdminBoardQueryVariables>;
export const AdminAddCompanyToBoardDocument = new TypedDocumentString(`
    mutation AdminAddCompanyToBoard($input: AddToBoardInput!) {
  addCompanyToBoard(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAddCompanyToBoardMutation, AdminAddCompanyToBoardMutationVariables>;
export const AdminRemoveCompanyFromBoardDocument = new TypedDocumentString(`
    mutation AdminRemoveCompanyFromBoard($input: RemoveFromBoardInput!) {
  removeCompanyFromBoard(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveCompanyFromBoardMutation, AdminRemoveCompanyFromBoardMutationVariables>;
export const AdminCompanySearchDocument = new TypedDocumentString(`
    query AdminCompanySearch($search: String, $first: Int!) {
  companies(search: $search, first: $first) {
    totalCount
    nodes {
      id
      legalName
      partitaIva
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCompanySearchQuery, AdminCompanySearchQueryVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations($first: Int!, $after: String, $channel: Channel, $districtCode: String) {
  organisations(
    first: $first
    after: $after
    channel: $channel
    districtCode: $districtCode
  ) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      id
      name
      channel
      contactEmail
      contactPhone
      district {
        name
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminDistrictsDocument = new TypedDocumentString(`
    query AdminDistricts {
  districts {
    ...DistrictOption
  }
}
    fragment DistrictOption on District {
  code
  name
}`) as unknown as TypedDocumentString<AdminDistrictsQuery, AdminDistrictsQueryVariables>;
export const AdminCreateOrganisationDocument = new TypedDocumentString(`
    mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateOrganisationMutation, AdminCreateOrganisationMutationVariables>;
export const AdminInvitationsDocument = new TypedDocumentString(`
    query AdminInvitations($first: Int!, $after: String, $role: Role, $status: InvitationStatus) {
  invitations(first: $first, after: $after, role: $role, status: $status) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      id
      email
      role
      status
      districtCode
      createdAt
      expiresAt
      company {
        legalName
      }
      organisation {
        name
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AdminInvitationsQuery, AdminInvitationsQueryVariables>;
export const AdminInviteUserDocument = new TypedDocumentString(`
    mutation AdminInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AdminInviteUserMutation, AdminInviteUserMutationVariables>;
export const AdminRevokeInvitationDocument = new TypedDocumentString(`
    mutation AdminRevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeInvitationMutation, AdminRevokeInvitationMutationVariables>;
export const AdminResendInvitationDocument = new TypedDocumentString(`
    mutation AdminResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AdminResendInvitationMutation, AdminResendInvitationMutationVariables>;
export const AlboFiltersDocument = new TypedDocumentString(`
    query AlboFilters {
  districts {
    ...DistrictOption
  }
  atecoSections {
    ...AtecoSectionOption
  }
  alboSections {
    code
    name
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment AtecoSectionOption on AtecoSection {
  code
  label
}`) as unknown as TypedDocumentString<AlboFiltersQuery, AlboFiltersQueryVariables>;
export const AlboDocument = new TypedDocumentString(`
    query Albo($first: Int!, $after: String, $districtCode: String, $sectorCode: String, $sectionCode: String) {
  albo(
    first: $first
    after: $after
    districtCode: $districtCode
    sectorCode: $sectorCode
    sectionCode: $sectionCode
  ) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      companyId
      legalName
      logoNumber
      logoDate
      expiresAt
      comune {
        name
      }
      district {
        name
      }
      sector {
        code
        label
      }
      sections {
        code
        name
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AlboQuery, AlboQueryVariables>;
export const VerifyAlboLogoDocument = new TypedDocumentString(`
    query VerifyAlboLogo($logoNumber: String!) {
  verifyAlboLogo(logoNumber: $logoNumber) {
    logoNumber
    status
    legalName
    grantedAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<VerifyAlboLogoQuery, VerifyAlboLogoQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}
fragment Session on AuthPayload {
  accessToken
  refreshToken
  expiresIn
  secondFactorPending
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    ...Session
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}
fragment Session on AuthPayload {
  accessToken
  refreshToken
  expiresIn
  secondFactorPending
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  displayName
  email
  role
  companyId
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const BoardReferenceDataDocument = new TypedDocumentString(`
    query BoardReferenceData {
  districts {
    ...DistrictOption
  }
  skillGroups {
    code
    label
  }
  atecoSections {
    ...AtecoSectionOption
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment AtecoSectionOption on AtecoSection {
  code
  label
}`) as unknown as TypedDocumentString<BoardReferenceDataQuery, BoardReferenceDataQueryVariables>;
export const BoardNeedsAnalysesDocument = new TypedDocumentString(`
    query BoardNeedsAnalyses($first: Int!, $after: String, $period: String, $status: NeedsAnalysisStatus) {
  needsAnalyses(first: $first, after: $after, period: $period, status: $status) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...NeedsAnalysisRow
      reviewedAt
      priority
      company {
        id
        legalName
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment NeedsAnalysisRow on NeedsAnalysis {
  id
  period
  version
  status
  submittedAt
  lines {
    id
    headCount
  }
}`) as unknown as TypedDocumentString<BoardNeedsAnalysesQuery, BoardNeedsAnalysesQueryVariables>;
export const BoardNeedsAnalysisDocument = new TypedDocumentString(`
    query BoardNeedsAnalysis($id: ID!) {
  needsAnalysis(id: $id) {
    ...BoardNeedsAnalysisDetail
  }
  needsAnalysisReviews(analysisId: $id) {
    ...BoardNeedsReview
  }
}
    fragment BoardNeedsAnalysisDetail on NeedsAnalysis {
  id
  period
  version
  status
  notes
  submittedAt
  reviewedAt
  priority
  company {
    id
    legalName
  }
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skills {
      ...SkillLabel
    }
  }
}
fragment BoardNeedsReview on NeedsReview {
  id
  action
  comment
  priority
  createdAt
  actorCompany {
    id
    legalName
  }
}
fragment SkillLabel on Skill {
  id
  label
}`) as unknown as TypedDocumentString<BoardNeedsAnalysisQuery, BoardNeedsAnalysisQueryVariables>;
export const BoardReviewNeedsAnalysisDocument = new TypedDocumentString(`
    mutation BoardReviewNeedsAnalysis($input: ReviewNeedsAnalysisInput!) {
  reviewNeedsAnalysis(input: $input) {
    ...BoardNeedsAnalysisDetail
  }
}
    fragment BoardNeedsAnalysisDetail on NeedsAnalysis {
  id
  period
  version
  status
  notes
  submittedAt
  reviewedAt
  priority
  company {
    id
    legalName
  }
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skills {
      ...SkillLabel
    }
  }
}
fragment SkillLabel on Skill {
  id
  label
}`) as unknown as TypedDocumentString<BoardReviewNeedsAnalysisMutation, BoardReviewNeedsAnalysisMutationVariables>;
export const BoardGapsDocument = new TypedDocumentString(`
    query BoardGaps($period: String!, $districtCode: String, $skillGroupCode: String) {
  gaps(
    period: $period
    districtCode: $districtCode
    skillGroupCode: $skillGroupCode
  ) {
    period
    districtCode
    skillGroupCode
    gaps {
      skillId
      label
      skillGroupCode
      needsHeadCount
      openSlotOpenings
      demand
      supply
      gap
      previous {
        period
        needsHeadCount
        openSlotOpenings
        demand
        supply
        gap
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardGapsQuery, BoardGapsQueryVariables>;
export const BoardGapsCsvDocument = new TypedDocumentString(`
    query BoardGapsCsv($period: String!, $districtCode: String, $skillGroupCode: String) {
  gapsCsv(
    period: $period
    districtCode: $districtCode
    skillGroupCode: $skillGroupCode
  )
}
    `) as unknown as TypedDocumentString<BoardGapsCsvQuery, BoardGapsCsvQueryVariables>;
export const BoardProjectsDocument = new TypedDocumentString(`
    query BoardProjects($first: Int!, $after: String, $districtCode: String, $stage: ProjectStage) {
  projects(
    first: $first
    after: $after
    districtCode: $districtCode
    stage: $stage
  ) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      id
      atecoSection
      districtCode
      stage
      description
      openNeedCount
      updatedAt
      needs {
        ...BoardProjectNeed
      }
    }
  }
}
    fragment BoardProjectNeed on ProjectNeed {
  id
  kind
  status
  detail
}
fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<BoardProjectsQuery, BoardProjectsQueryVariables>;
export const BoardProjectDocument = new TypedDocumentString(`
    query BoardProject($id: ID!) {
  project(id: $id) {
    id
    atecoSection
    districtCode
    stage
    description
    openNeedCount
    createdAt
    updatedAt
    needs {
      ...BoardProjectNeed
    }
  }
  projectOffers(projectId: $id) {
    ...BoardProjectOffer
  }
}
    fragment BoardProjectNeed on ProjectNeed {
  id
  kind
  status
  detail
}
fragment BoardProjectOffer on ProjectOffer {
  id
  needId
  note
  status
  createdAt
  decidedAt
}`) as unknown as TypedDocumentString<BoardProjectQuery, BoardProjectQueryVariables>;
export const BoardOfferProjectSupportDocument = new TypedDocumentString(`
    mutation BoardOfferProjectSupport($input: OfferProjectSupportInput!) {
  offerProjectSupport(input: $input) {
    ...BoardProjectOffer
  }
}
    fragment BoardProjectOffer on ProjectOffer {
  id
  needId
  note
  status
  createdAt
  decidedAt
}`) as unknown as TypedDocumentString<BoardOfferProjectSupportMutation, BoardOfferProjectSupportMutationVariables>;
export const CoordinatorOutcomeReportDocument = new TypedDocumentString(`
    query CoordinatorOutcomeReport($period: String!) {
  outcomeReport(period: $period) {
    period
    districtCode
    tables {
      name
      rowDimension
      columnDimension
      columnKeys
      rows {
        key
        cells
        total
      }
      columnTotals
      grandTotal
    }
    rates {
      key
      started
      completed
      hired
      interrupted
      expired
    }
  }
  districts {
    ...DistrictOption
  }
}
    fragment DistrictOption on District {
  code
  name
}`) as unknown as TypedDocumentString<CoordinatorOutcomeReportQuery, CoordinatorOutcomeReportQueryVariables>;
export const CoordinatorOutcomeReportCsvDocument = new TypedDocumentString(`
    query CoordinatorOutcomeReportCsv($period: String!) {
  outcomeReportCsv(period: $period)
}
    `) as unknown as TypedDocumentString<CoordinatorOutcomeReportCsvQuery, CoordinatorOutcomeReportCsvQueryVariables>;
export const HrTerritoryDocument = new TypedDocumentString(`
    query HrTerritory {
  districts {
    ...DistrictOption
    comuni {
      code
      name
    }
  }
}
    fragment DistrictOption on District {
  code
  name
}`) as unknown as TypedDocumentString<HrTerritoryQuery, HrTerritoryQueryVariables>;
export const HrCompanyDocument = new TypedDocumentString(`
    query HrCompany {
  myCompany {
    ...HrCompany
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment HrSite on CompanySite {
  id
  position
  comuneCode
  address
  comune {
    name
  }
  district {
    ...DistrictOption
  }
}
fragment HrCompany on Company {
  id
  legalName
  partitaIva
  atecoCode
  sizeBand
  contactEmail
  sector {
    code
    label
  }
  sites {
    ...HrSite
  }
}`) as unknown as TypedDocumentString<HrCompanyQuery, HrCompanyQueryVariables>;
export const HrUpdateCompanyDocument = new TypedDocumentString(`
    mutation HrUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) {
    ...HrCompany
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment HrSite on CompanySite {
  id
  position
  comuneCode
  address
  comune {
    name
  }
  district {
    ...DistrictOption
  }
}
fragment HrCompany on Company {
  id
  legalName
  partitaIva
  atecoCode
  sizeBand
  contactEmail
  sector {
    code
    label
  }
  sites {
    ...HrSite
  }
}`) as unknown as TypedDocumentString<HrUpdateCompanyMutation, HrUpdateCompanyMutationVariables>;
export const HrAlboDocument = new TypedDocumentString(`
    query HrAlbo {
  myAlboMembership {
    ...HrAlboMembership
  }
  alboSections {
    code
    name
    description
  }
}
    fragment HrAlboMembership on AlboMembership {
  id
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  sectionCodes
  sections {
    code
    name
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    toStatus
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<HrAlboQuery, HrAlboQueryVariables>;
export const HrApplyToAlboDocument = new TypedDocumentString(`
    mutation HrApplyToAlbo($input: ApplyToAlboInput!) {
  applyToAlbo(input: $input) {
    ...HrAlboMembership
  }
}
    fragment HrAlboMembership on AlboMembership {
  id
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  sectionCodes
  sections {
    code
    name
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    toStatus
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<HrApplyToAlboMutation, HrApplyToAlboMutationVariables>;
export const HrRequestAlboRenewalDocument = new TypedDocumentString(`
    mutation HrRequestAlboRenewal($input: RenewAlboInput!) {
  requestAlboRenewal(input: $input) {
    ...HrAlboMembership
  }
}
    fragment HrAlboMembership on AlboMembership {
  id
  status
  appliedAt
  admittedAt
  expiresAt
  logoNumber
  renewalRequestedAt
  inclusivePathNote
  sectionCodes
  sections {
    code
    name
  }
  declarations {
    law68ObligationsMet
    inclusivePathRun
    metropolitanSite
  }
  evidence {
    since
    slotsPublished
    pathsStarted
    pathsCompleted
    hired
    proposalsAnsweredShare
  }
  history {
    id
    kind
    toStatus
    decidedAt
    reason
  }
}`) as unknown as TypedDocumentString<HrRequestAlboRenewalMutation, HrRequestAlboRenewalMutationVariables>;
export const HrSlotDocument = new TypedDocumentString(`
    query HrSlot($id: ID!) {
  slot(id: $id) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrSlotQuery, HrSlotQueryVariables>;
export const HrCreateSlotDocument = new TypedDocumentString(`
    mutation HrCreateSlot($input: CreateSlotInput!) {
  createSlot(input: $input) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrCreateSlotMutation, HrCreateSlotMutationVariables>;
export const HrUpdateSlotDocument = new TypedDocumentString(`
    mutation HrUpdateSlot($id: ID!, $input: UpdateSlotInput!) {
  updateSlot(id: $id, input: $input) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrUpdateSlotMutation, HrUpdateSlotMutationVariables>;
export const HrPublishSlotDocument = new TypedDocumentString(`
    mutation HrPublishSlot($id: ID!) {
  publishSlot(id: $id) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrPublishSlotMutation, HrPublishSlotMutationVariables>;
export const HrCloseSlotDocument = new TypedDocumentString(`
    mutation HrCloseSlot($id: ID!) {
  closeSlot(id: $id) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrCloseSlotMutation, HrCloseSlotMutationVariables>;
export const HrConfirmSlotDocument = new TypedDocumentString(`
    mutation HrConfirmSlot($id: ID!) {
  confirmSlot(id: $id) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrConfirmSlotMutation, HrConfirmSlotMutationVariables>;
export const HrSetSlotIntakeDocument = new TypedDocumentString(`
    mutation HrSetSlotIntake($id: ID!, $input: SlotIntakeInput!) {
  setSlotIntake(id: $id, input: $input) {
    ...HrSlot
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrSlot on Slot {
  id
  kind
  status
  title
  description
  comuneCode
  districtCode
  comune {
    name
  }
  district {
    name
  }
  openings
  openingsTaken
  hoursPerWeek
  shifts
  startDate
  durationMonths
  languages {
    code
    minLevel
  }
  drivingLicenceRequired
  offersTutor
  offersGradualStart
  stepFreeAccess
  reachableByPublicTransport
  offersLanguageSupport
  requiredSkills {
    ...SkillLabel
  }
  niceToHaveSkills {
    ...SkillLabel
  }
  pausedUntil
  pausedForStandingAt
  monthlyProposalCap
  publishedAt
  closedAt
  contentChangedAt
  unpublishedAt
}`) as unknown as TypedDocumentString<HrSetSlotIntakeMutation, HrSetSlotIntakeMutationVariables>;
export const HrNeedsAnalysesDocument = new TypedDocumentString(`
    query HrNeedsAnalyses($first: Int!, $after: String) {
  needsAnalyses(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...NeedsAnalysisRow
      updatedAt
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment NeedsAnalysisRow on NeedsAnalysis {
  id
  period
  version
  status
  submittedAt
  lines {
    id
    headCount
  }
}`) as unknown as TypedDocumentString<HrNeedsAnalysesQuery, HrNeedsAnalysesQueryVariables>;
export const HrNeedsAnalysisDocument = new TypedDocumentString(`
    query HrNeedsAnalysis($id: ID!) {
  needsAnalysis(id: $id) {
    ...HrNeedsAnalysis
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrNeedsAnalysis on NeedsAnalysis {
  id
  period
  version
  status
  notes
  priority
  reviewedAt
  submittedAt
  createdAt
  updatedAt
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skillIds
    skills {
      ...SkillLabel
    }
  }
}`) as unknown as TypedDocumentString<HrNeedsAnalysisQuery, HrNeedsAnalysisQueryVariables>;
export const HrCreateNeedsAnalysisDocument = new TypedDocumentString(`
    mutation HrCreateNeedsAnalysis($input: CreateNeedsAnalysisInput!) {
  createNeedsAnalysis(input: $input) {
    ...HrNeedsAnalysis
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrNeedsAnalysis on NeedsAnalysis {
  id
  period
  version
  status
  notes
  priority
  reviewedAt
  submittedAt
  createdAt
  updatedAt
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skillIds
    skills {
      ...SkillLabel
    }
  }
}`) as unknown as TypedDocumentString<HrCreateNeedsAnalysisMutation, HrCreateNeedsAnalysisMutationVariables>;
export const HrUpdateNeedsAnalysisDocument = new TypedDocumentString(`
    mutation HrUpdateNeedsAnalysis($id: ID!, $input: NeedsAnalysisContentInput!) {
  updateNeedsAnalysis(id: $id, input: $input) {
    ...HrNeedsAnalysis
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrNeedsAnalysis on NeedsAnalysis {
  id
  period
  version
  status
  notes
  priority
  reviewedAt
  submittedAt
  createdAt
  updatedAt
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skillIds
    skills {
      ...SkillLabel
    }
  }
}`) as unknown as TypedDocumentString<HrUpdateNeedsAnalysisMutation, HrUpdateNeedsAnalysisMutationVariables>;
export const HrSubmitNeedsAnalysisDocument = new TypedDocumentString(`
    mutation HrSubmitNeedsAnalysis($id: ID!) {
  submitNeedsAnalysis(id: $id) {
    ...HrNeedsAnalysis
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment HrNeedsAnalysis on NeedsAnalysis {
  id
  period
  version
  status
  notes
  priority
  reviewedAt
  submittedAt
  createdAt
  updatedAt
  lines {
    id
    position
    occupation
    headCount
    districtCode
    kind
    skillIds
    skills {
      ...SkillLabel
    }
  }
}`) as unknown as TypedDocumentString<HrSubmitNeedsAnalysisMutation, HrSubmitNeedsAnalysisMutationVariables>;
export const OperatorCandidatesDocument = new TypedDocumentString(`
    query OperatorCandidates($first: Int!, $after: String, $status: CandidateStatus) {
  candidates(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...OperatorCandidateRow
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCandidateRow on Candidate {
  id
  publicCode
  status
  completeness
  ageBand
  reconfirmDueAt
  residenceDistrict {
    code
    name
  }
  residenceComune {
    code
    name
  }
  skills {
    ...SkillLabel
  }
}`) as unknown as TypedDocumentString<OperatorCandidatesQuery, OperatorCandidatesQueryVariables>;
export const OperatorCandidatesToReconfirmDocument = new TypedDocumentString(`
    query OperatorCandidatesToReconfirm($first: Int!, $after: String) {
  candidatesToReconfirm(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...OperatorCandidateRow
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCandidateRow on Candidate {
  id
  publicCode
  status
  completeness
  ageBand
  reconfirmDueAt
  residenceDistrict {
    code
    name
  }
  residenceComune {
    code
    name
  }
  skills {
    ...SkillLabel
  }
}`) as unknown as TypedDocumentString<OperatorCandidatesToReconfirmQuery, OperatorCandidatesToReconfirmQueryVariables>;
export const OperatorReconfirmCandidateDocument = new TypedDocumentString(`
    mutation OperatorReconfirmCandidate($id: ID!) {
  reconfirmCandidate(id: $id) {
    id
    publicCode
    status
    reconfirmDueAt
  }
}
    `) as unknown as TypedDocumentString<OperatorReconfirmCandidateMutation, OperatorReconfirmCandidateMutationVariables>;
export const OperatorCandidateFormListsDocument = new TypedDocumentString(`
    query OperatorCandidateFormLists {
  districts {
    ...DistrictOption
    comuni {
      code
      name
    }
  }
  atecoSections {
    ...AtecoSectionOption
  }
}
    fragment DistrictOption on District {
  code
  name
}
fragment AtecoSectionOption on AtecoSection {
  code
  label
}`) as unknown as TypedDocumentString<OperatorCandidateFormListsQuery, OperatorCandidateFormListsQueryVariables>;
export const OperatorCandidateDocument = new TypedDocumentString(`
    query OperatorCandidate($id: ID!) {
  candidate(id: $id) {
    ...OperatorCandidateDetail
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}
fragment OperatorCandidateDetail on Candidate {
  id
  publicCode
  status
  completeness
  lastConfirmedAt
  reconfirmDueAt
  residenceDistrictCode
  residenceComuneCode
  ageBand
  skills {
    ...SkillLabel
  }
  freeSkillLabels
  languages {
    language
    level
  }
  educationLevel
  hoursPerWeek
  shifts
  availableFrom
  drivingLicence
  ownVehicle
  maxCommuteMinutes
  desiredSectors
  supportNeeds
  activeMeasures
  consentGivenAt
  consentPurposes
  notes
  coordinatedWith {
    since
    organisation {
      ...OperatorCoordinationContact
    }
  }
  coordinationRequest {
    status
    consentGivenOn
    sentAt
    expiresAt
  }
  coordinationRequests {
    ...OperatorCoordinationRequest
  }
}`) as unknown as TypedDocumentString<OperatorCandidateQuery, OperatorCandidateQueryVariables>;
export const OperatorCreateCandidateDocument = new TypedDocumentString(`
    mutation OperatorCreateCandidate($input: CreateCandidateInput!) {
  createCandidate(input: $input) {
    id
    publicCode
  }
}
    `) as unknown as TypedDocumentString<OperatorCreateCandidateMutation, OperatorCreateCandidateMutationVariables>;
export const OperatorUpdateCandidateDocument = new TypedDocumentString(`
    mutation OperatorUpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {
  updateCandidate(id: $id, input: $input) {
    ...OperatorCandidateDetail
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}
fragment OperatorCandidateDetail on Candidate {
  id
  publicCode
  status
  completeness
  lastConfirmedAt
  reconfirmDueAt
  residenceDistrictCode
  residenceComuneCode
  ageBand
  skills {
    ...SkillLabel
  }
  freeSkillLabels
  languages {
    language
    level
  }
  educationLevel
  hoursPerWeek
  shifts
  availableFrom
  drivingLicence
  ownVehicle
  maxCommuteMinutes
  desiredSectors
  supportNeeds
  activeMeasures
  consentGivenAt
  consentPurposes
  notes
  coordinatedWith {
    since
    organisation {
      ...OperatorCoordinationContact
    }
  }
  coordinationRequest {
    status
    consentGivenOn
    sentAt
    expiresAt
  }
  coordinationRequests {
    ...OperatorCoordinationRequest
  }
}`) as unknown as TypedDocumentString<OperatorUpdateCandidateMutation, OperatorUpdateCandidateMutationVariables>;
export const OperatorCoordinationRequestsDocument = new TypedDocumentString(`
    query OperatorCoordinationRequests($status: CoordinationRequestStatus, $first: Int!, $after: String) {
  coordinationRequests(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OperatorCoordinationRequest
    }
  }
}
    fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}`) as unknown as TypedDocumentString<OperatorCoordinationRequestsQuery, OperatorCoordinationRequestsQueryVariables>;
export const OperatorAcceptCoordinationRequestDocument = new TypedDocumentString(`
    mutation OperatorAcceptCoordinationRequest($id: ID!) {
  acceptCoordinationRequest(id: $id) {
    ...OperatorCoordinationRequest
  }
}
    fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}`) as unknown as TypedDocumentString<OperatorAcceptCoordinationRequestMutation, OperatorAcceptCoordinationRequestMutationVariables>;
export const OperatorRefuseCoordinationRequestDocument = new TypedDocumentString(`
    mutation OperatorRefuseCoordinationRequest($id: ID!) {
  refuseCoordinationRequest(id: $id) {
    ...OperatorCoordinationRequest
  }
}
    fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}`) as unknown as TypedDocumentString<OperatorRefuseCoordinationRequestMutation, OperatorRefuseCoordinationRequestMutationVariables>;
export const OperatorWithdrawCoordinationRequestDocument = new TypedDocumentString(`
    mutation OperatorWithdrawCoordinationRequest($candidateId: ID!) {
  withdrawCoordinationRequest(candidateId: $candidateId) {
    ...OperatorCandidateDetail
  }
}
    fragment SkillLabel on Skill {
  id
  label
}
fragment OperatorCoordinationContact on CoordinationContact {
  organisationId
  name
  channel
  districtCode
  contactEmail
  contactPhone
}
fragment OperatorCoordinationRequest on CandidateCoordinationRequest {
  id
  status
  targetCandidateId
  consentGivenOn
  createdAt
  expiresAt
  decidedAt
  requestingOrganisation {
    ...OperatorCoordinationContact
  }
}
fragment OperatorCandidateDetail on Candidate {
  id
  publicCode
  status
  completeness
  lastConfirmedAt
  reconfirmDueAt
  residenceDistrictCode
  residenceComuneCode
  ageBand
  skills {
    ...SkillLabel
  }
  freeSkillLabels
  languages {
    language
    level
  }
  educationLevel
  hoursPerWeek
  shifts
  availableFrom
  drivingLicence
  ownVehicle
  maxCommuteMinutes
  desiredSectors
  supportNeeds
  activeMeasures
  consentGivenAt
  consentPurposes
  notes
  coordinatedWith {
    since
    organisation {
      ...OperatorCoordinationContact
    }
  }
  coordinationRequest {
    status
    consentGivenOn
    sentAt
    expiresAt
  }
  coordinationRequests {
    ...OperatorCoordinationRequest
  }
}`) as unknown as TypedDocumentString<OperatorWithdrawCoordinationRequestMutation, OperatorWithdrawCoordinationRequestMutationVariables>;
export const PlacementSlotHeaderDocument = new TypedDocumentString(`
    query PlacementSlotHeader($id: ID!) {
  slot(id: $id) {
    id
    title
    kind
    status
    hoursPerWeek
    comune {
      name
    }
    district {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementSlotHeaderQuery, PlacementSlotHeaderQueryVariables>;
export const PlacementMatchCandidatesDocument = new TypedDocumentString(`
    query PlacementMatchCandidates($slotId: ID!, $first: Int!, $after: String) {
  matchCandidates(slotId: $slotId, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      candidate {
        id
        publicCode
        districtCode
        ageBand
        hoursPerWeek
        supportNeeds
      }
      explanation {
        ...PlacementExplanation
      }
    }
  }
  districts {
    ...DistrictOption
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment DistrictOption on District {
  code
  name
}
fragment PlacementExplanation on MatchExplanation {
  score
  skillsFit
  districtRelation
  skillsMatched {
    skillId
    label
    required
  }
  skillsMissing {
    skillId
    label
    required
  }
  conditionsMet
}`) as unknown as TypedDocumentString<PlacementMatchCandidatesQuery, PlacementMatchCandidatesQueryVariables>;
export const PlacementCandidateHeaderDocument = new TypedDocumentString(`
    query PlacementCandidateHeader($id: ID!) {
  candidate(id: $id) {
    id
    publicCode
    status
    residenceDistrict {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementCandidateHeaderQuery, PlacementCandidateHeaderQueryVariables>;
export const PlacementMatchSlotsDocument = new TypedDocumentString(`
    query PlacementMatchSlots($candidateId: ID!, $first: Int!, $after: String) {
  matchSlots(candidateId: $candidateId, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      slot {
        id
        title
        kind
        companyId
        hoursPerWeek
        startDate
        openingsLeft
        company {
          legalName
        }
        comune {
          name
        }
        district {
          name
        }
      }
      explanation {
        ...PlacementExplanation
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment PlacementExplanation on MatchExplanation {
  score
  skillsFit
  districtRelation
  skillsMatched {
    skillId
    label
    required
  }
  skillsMissing {
    skillId
    label
    required
  }
  conditionsMet
}`) as unknown as TypedDocumentString<PlacementMatchSlotsQuery, PlacementMatchSlotsQueryVariables>;
export const PlacementCompanySignalsDocument = new TypedDocumentString(`
    query PlacementCompanySignals($companyId: ID!) {
  companyProposalSignals(companyId: $companyId) {
    companyId
    proposals
    enoughData
    medianHoursToFirstAnswer
    answeredShare
  }
}
    `) as unknown as TypedDocumentString<PlacementCompanySignalsQuery, PlacementCompanySignalsQueryVariables>;
export const PlacementProposalsDocument = new TypedDocumentString(`
    query PlacementProposals($first: Int!, $after: String, $status: ProposalStatus, $candidateId: ID) {
  proposals(
    first: $first
    after: $after
    status: $status
    candidateId: $candidateId
  ) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...PlacementProposal
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementProposalsQuery, PlacementProposalsQueryVariables>;
export const PlacementRequestCandidateDocument = new TypedDocumentString(`
    mutation PlacementRequestCandidate($input: ProposeCandidateInput!) {
  requestCandidate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PlacementRequestCandidateMutation, PlacementRequestCandidateMutationVariables>;
export const PlacementProposeCandidateDocument = new TypedDocumentString(`
    mutation PlacementProposeCandidate($input: ProposeCandidateInput!) {
  proposeCandidate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PlacementProposeCandidateMutation, PlacementProposeCandidateMutationVariables>;
export const PlacementAcceptDocument = new TypedDocumentString(`
    mutation PlacementAccept($input: ProposalActionInput!) {
  acceptProposal(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementAcceptMutation, PlacementAcceptMutationVariables>;
export const PlacementDeclineDocument = new TypedDocumentString(`
    mutation PlacementDecline($input: DeclineProposalInput!) {
  declineProposal(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementDeclineMutation, PlacementDeclineMutationVariables>;
export const PlacementWithdrawDocument = new TypedDocumentString(`
    mutation PlacementWithdraw($input: WithdrawProposalInput!) {
  withdrawProposal(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementWithdrawMutation, PlacementWithdrawMutationVariables>;
export const PlacementScheduleInterviewDocument = new TypedDocumentString(`
    mutation PlacementScheduleInterview($input: ScheduleInterviewInput!) {
  scheduleInterview(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementScheduleInterviewMutation, PlacementScheduleInterviewMutationVariables>;
export const PlacementRecordConsentDocument = new TypedDocumentString(`
    mutation PlacementRecordConsent($input: RecordMeetingConsentInput!) {
  recordMeetingConsent(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementRecordConsentMutation, PlacementRecordConsentMutationVariables>;
export const PlacementStartPathDocument = new TypedDocumentString(`
    mutation PlacementStartPath($input: StartPathInput!) {
  startPath(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementStartPathMutation, PlacementStartPathMutationVariables>;
export const PlacementInterruptPathDocument = new TypedDocumentString(`
    mutation PlacementInterruptPath($input: InterruptPathInput!) {
  interruptPath(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementInterruptPathMutation, PlacementInterruptPathMutationVariables>;
export const PlacementEndPathDocument = new TypedDocumentString(`
    mutation PlacementEndPath($input: EndPathInput!) {
  endPath(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementEndPathMutation, PlacementEndPathMutationVariables>;
export const PlacementHireDocument = new TypedDocumentString(`
    mutation PlacementHire($input: HireCandidateInput!) {
  hireCandidate(input: $input) {
    ...PlacementProposal
  }
}
    fragment PlacementProposal on Proposal {
  id
  status
  origin
  candidateId
  candidatePublicCode
  note
  createdAt
  answeredAt
  declineReason
  interruptionReason
  closingNote
  interviewOn
  meetingAgreedOn
  startsOn
  endedAt
  outcome
  contractType
  hiredAt
  feedback
  slot {
    id
    title
    kind
    company {
      legalName
    }
    comune {
      name
    }
  }
  operatorContact {
    displayName
    email
    organisationName
    organisationPhone
  }
  checkIns {
    ...PlacementCheckIn
  }
}
fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementHireMutation, PlacementHireMutationVariables>;
export const PlacementCheckInDocument = new TypedDocumentString(`
    mutation PlacementCheckIn($input: RecordCheckInInput!) {
  recordCheckIn(input: $input) {
    ...PlacementCheckIn
  }
}
    fragment PlacementCheckIn on ProposalCheckIn {
  id
  side
  state
  note
  createdAt
}`) as unknown as TypedDocumentString<PlacementCheckInMutation, PlacementCheckInMutationVariables>;
export const SkillSearchDocument = new TypedDocumentString(`
    query SkillSearch($search: String!, $first: Int!) {
  skills(search: $search, first: $first) {
    ...SkillLabel
    synonyms
    group {
      label
    }
  }
}
    fragment SkillLabel on Skill {
  id
  label
}`) as unknown as TypedDocumentString<SkillSearchQuery, SkillSearchQueryVariables>;
export const MySlotsDocument = new TypedDocumentString(`
    query MySlots($companyId: ID!, $first: Int!, $after: String) {
  slots(companyId: $companyId, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      id
      title
      kind
      status
      openings
      openingsTaken
      startDate
      publishedAt
      comune {
        name
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<MySlotsQuery, MySlotsQueryVariables>;