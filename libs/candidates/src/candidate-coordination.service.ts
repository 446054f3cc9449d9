import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { UsersService } from '@ipl/auth';
import { Clock } from '@ipl/core';
import { NotificationKind, NotificationsService } from '@ipl/notifications';
import type { Organisation } from '@ipl/organisations';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { CandidateLink } from './candidate-link.entity';
import { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import { COORDINATION_REQUEST_DAYS, CoordinationRequestStatus, statusOfRequest } from './coordination-request-status';
import type { CoordinationConsentInput } from './dto/coordination.inputs';

const DAY_MS = 24 * 60 * 60 * 1000;
const REQUEST = 'candidate_coordination_request';
const CANDIDATE = 'candidate';

/** What the duplicate check decided, inside create()'s transaction; a conflict is thrown after it commits. */
export type DuplicateOutcome =
  | { kind: 'conflict'; error: InstanceType<typeof CandidateError> }
  | { kind: 'new'; followedElsewhere: Candidate[] };

/** The portal's page of coordination requests, where every notification of them points. */
const COORDINATION_PAGE = '/area-riservata/coordinamento';

/**
 * Coordination between two organisations that follow the same person. A referral of someone
 * another organisation follows learns only that much; with the person's consent the referrer may
 * ask to coordinate, and only when the other organisation accepts are the two profiles linked,
 * each side then seeing the other's organisation, work contact and active measures. Every step
 * is audited; an answer to a request never tells whether a request not addressed to the caller
 * exists.
 */
@Injectable()
export class CandidateCoordinationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new profile of `personKey` for `organisation`: refused when the organisation has one
   * already; refused with "followed elsewhere" (no more) when another organisation follows the
   * person and the person's consent to coordination is not given; otherwise allowed, with the
   * profiles the request must go to. The refusal's audit events commit with it.
   */
  async checkDuplicate(
    manager: EntityManager,
    personKey: string,
    organisation: Organisation,
    consent: CoordinationConsentInput | null | undefined,
    user: AuthUser,
  ): Promise<DuplicateOutcome> {
    const existing = await this.followersOf(manager, personKey);
    const own = existing.find((candidate) => candidate.organisationId === organisation.id);
    if (own) {
      return { kind: 'conflict', error: new CandidateError(CandidateErrorCode.ALREADY_REFERRED_HERE, { publicCode: own.publicCode }, { publicCode: own.publicCode }) };
    }
    if (existing.length === 0 || consent) return { kind: 'new', followedElsewhere: existing };
    await this.audit.recordMany(
      [
        ...existing.map((other) => ({
          actor: user,
          action: 'candidate.duplicate_referral',
          subjectType: CANDIDATE,
          subjectId: other.id,
          details: { referringOrganisationId: organisation.id },
        })),
        {
          actor: user,
          action: 'candidate.duplicate_refused',
          subjectType: 'organisation',
          subjectId: organisation.id,
          details: { followedBy: existing.map((other) => other.organisationId) },
        },
      ],
      manager,
    );
    return { kind: 'conflict', error: new CandidateError(CandidateErrorCode.ALREADY_FOLLOWED_ELSEWHERE) };
  }

  /** The operator asks, with the person's consent, to coordinate on one of its profiles. */
  async request(candidateId: string, consent: CoordinationConsentInput, user: AuthUser): Promise<Candidate> {
    await this.dataSource.transaction(async (manager) => {
      const requester = await this.lockOwnProfile(manager, candidateId, user);
      const personKey = await this.personKeyOf(manager, requester.id);
      // The same lock as a new referral of the person, so a request never races a new profile.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [personKey]);
      const pending = await manager
        .createQueryBuilder(CandidateCoordinationRequest, 'request')
        .where('request.requester_candidate_id = :candidateId AND request.status = :pending AND request.expires_at > :now', {
          candidateId,
          pending: CoordinationRequestStatus.PENDING,
          now: this.clock.now(),
        })
        .getExists();
      if (pending) throw new CandidateError(CandidateErrorCode.COORDINATION_ALREADY_PENDING);
      const linked = new Set((await manager.findBy(CandidateLink, { candidateId })).map((link) => link.linkedCandidateId));
      const targets = (await this.followersOf(manager, personKey)).filter(
        (other) => other.organisationId !== requester.organisationId && !linked.has(other.id),
      );
      if (targets.length === 0) throw new CandidateError(CandidateErrorCode.NOTHING_TO_COORDINATE);
      await this.send(manager, requester, targets, consent, user);
    });
    return this.dataSource.getRepository(Candidate).findOneByOrFail({ id: candidateId });
  }

  /**
   * One round of requests, one per profile another organisation keeps of the person, with the
   * consent as recorded by `user`; each addressee's operators are notified.
   */
  async send(manager: EntityManager, requester: Candidate, targets: Candidate[], consent: CoordinationConsentInput, user: AuthUser): Promise<void> {
    const now = this.clock.now();
    const roundId = randomUUID();
    const rows = targets.map((target) =>
      manager.create(CandidateCoordinationRequest, {
        roundId,
        requesterCandidateId: requester.id,
        requesterOrganisationId: requester.organisationId,
        targetCandidateId: target.id,
        targetOrganisationId: target.organisationId,
        status: CoordinationRequestStatus.PENDING,
        consentGivenOn: consent.consentGivenOn,
        consentRecordedById: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + COORDINATION_REQUEST_DAYS * DAY_MS),
        decidedAt: null,
        decidedById: null,
      }),
    );
    await manager.insert(CandidateCoordinationRequest, rows);
    // Subjects are the profiles, details only request ids: erasing a profile leaves no id of it in details.
    await this.audit.recordMany(
      [
        {
          actor: user,
          action: 'candidate.coordination_consent_recorded',
          subjectType: CANDIDATE,
          subjectId: requester.id,
          details: { consentGivenOn: consent.consentGivenOn, recordedAt: now.toISOString(), roundId, requestIds: rows.map((row) => row.id) },
        },
        ...rows.map((row) => ({
          actor: user,
          action: 'candidate.coordination_requested',
          subjectType: CANDIDATE,
          subjectId: row.targetCandidateId,
          details: { requestId: row.id, roundId, requesterOrganisationId: row.requesterOrganisationId },
        })),
      ],
      manager,
    );
    for (const row of rows) {
      await this.notifyOperators(manager, row.targetOrganisationId, NotificationKind.COORDINATION_REQUESTED, row.id, {
        it: "Richiesta di coordinamento da un'altra organizzazione",
        en: 'Coordination request from another organisation',
      });
    }
  }

  /** The requester takes back its pending round. */
  async withdraw(candidateId: string, user: AuthUser): Promise<Candidate> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOwnProfile(manager, candidateId, user);
      const now = this.clock.now();
      const [rows] = (await manager.query(
        `UPDATE candidate_coordination_request SET status = $2, decided_at = $3, decided_by_id = $4
         WHERE requester_candidate_id = $1 AND status = 'PENDING' AND expires_at > $3 RETURNING id, target_candidate_id AS "targetCandidateId"`,
        [candidateId, CoordinationRequestStatus.WITHDRAWN, now, user.id],
      )) as [{ id: string; targetCandidateId: string }[], number];
      if (rows.length === 0) throw new CandidateError(CandidateErrorCode.NO_PENDING_COORDINATION_REQUEST);
      await this.audit.recordMany(
        rows.map((row) => ({ actor: user, action: 'candidate.coordination_withdrawn', subjectType: CANDIDATE, subjectId: row.targetCandidateId, details: { requestId: row.id } })),
        manager,
      );
    });
    return this.dataSource.getRepository(Candidate).findOneByOrFail({ id: candidateId });
  }

  /**
   * A profile withdrawn or erased takes its pending requests with it, those it sent and those
   * addressed to it, in the caller's transaction: no operator is left asked about a profile that
   * is gone, and no requester waits 30 days for an answer that cannot come. The requester learns
   * no more than a new request would tell it (the person is no longer followed there). `user`
   * is null for the retention job.
   */
  async withdrawPendingOf(manager: EntityManager, candidateIds: string[], user: AuthUser | null, cause: 'profile_withdrawn' | 'profile_erased'): Promise<void> {
    const now = this.clock.now();
    const [rows] = (await manager.query(
      `UPDATE candidate_coordination_request SET status = $2, decided_at = $3, decided_by_id = $4
       WHERE status = 'PENDING' AND expires_at > $3 AND (requester_candidate_id = ANY($1) OR target_candidate_id = ANY($1))
       RETURNING id, requester_candidate_id AS "requesterCandidateId", target_candidate_id AS "targetCandidateId"`,
      [candidateIds, CoordinationRequestStatus.WITHDRAWN, now, user?.id ?? null],
    )) as [{ id: string; requesterCandidateId: string; targetCandidateId: string }[], number];
    // The subject is the other side's profile, which outlives an erasure; details hold only the request.
    await this.audit.recordMany(
      rows.map((row) => ({
        actor: user,
        action: 'candidate.coordination_withdrawn',
        subjectType: CANDIDATE,
        subjectId: candidateIds.includes(row.targetCandidateId) ? row.requesterCandidateId : row.targetCandidateId,
        details: { requestId: row.id, cause },
      })),
      manager,
    );
  }

  accept(id: string, user: AuthUser): Promise<CandidateCoordinationRequest> {
    return this.answer(id, user, CoordinationRequestStatus.ACCEPTED);
  }

  refuse(id: string, user: AuthUser): Promise<CandidateCoordinationRequest> {
    return this.answer(id, user, CoordinationRequestStatus.REFUSED);
  }

  /**
   * The addressee's answer. A request addressed to another organisation is NOT_FOUND, exactly
   * like an id that does not exist. Acceptance links the two profiles both ways; the requester
   * is told accepted or refused, nothing more.
   */
  private async answer(
    id: string,
    user: AuthUser,
    answer: CoordinationRequestStatus.ACCEPTED | CoordinationRequestStatus.REFUSED,
  ): Promise<CandidateCoordinationRequest> {
    const organisationId = Scope.of(user).organisationId();
    await this.dataSource.transaction(async (manager) => {
      const unlocked = await manager.findOneBy(CandidateCoordinationRequest, { id });
      if (!unlocked || unlocked.targetOrganisationId !== organisationId) throw new CandidateError(CandidateErrorCode.COORDINATION_REQUEST_NOT_FOUND);
      // Profiles first, then the request: the order a profile's withdrawal or erasure takes its
      // locks in, so that an answer and a withdrawal wait for each other (never deadlock) and an
      // acceptance never links a profile withdrawn meanwhile.
      const [requester, target] = await this.lockProfiles(manager, unlocked.requesterCandidateId, unlocked.targetCandidateId);
      const request = await manager.findOne(CandidateCoordinationRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const now = this.clock.now();
      if (!request || statusOfRequest(request, now) !== CoordinationRequestStatus.PENDING) throw new CandidateError(CandidateErrorCode.COORDINATION_REQUEST_CLOSED);
      if (requester.status === CandidateStatus.WITHDRAWN) throw new CandidateError(CandidateErrorCode.COORDINATION_REQUEST_CLOSED);
      if (target.status === CandidateStatus.WITHDRAWN) throw new CandidateError(CandidateErrorCode.CANDIDATE_WITHDRAWN);
      await manager.update(CandidateCoordinationRequest, { id }, { status: answer, decidedAt: now, decidedById: user.id });
      const accepted = answer === CoordinationRequestStatus.ACCEPTED;
      await this.audit.record(
        {
          actor: user,
          action: accepted ? 'candidate.coordination_accepted' : 'candidate.coordination_refused',
          subjectType: CANDIDATE,
          subjectId: target.id,
          details: { requestId: id },
        },
        manager,
      );
      if (accepted) await this.link(manager, requester, target, user);
      await this.notifyOperators(
        manager,
        requester.organisationId,
        NotificationKind.COORDINATION_ANSWERED,
        id,
        accepted
          ? { it: 'Richiesta di coordinamento accettata', en: 'Coordination request accepted' }
          : { it: 'Richiesta di coordinamento rifiutata', en: 'Coordination request refused' },
      );
    });
    return this.dataSource.getRepository(CandidateCoordinationRequest).findOneByOrFail({ id });
  }

  private async link(manager: EntityManager, requester: Candidate, target: Candidate, user: AuthUser): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateLink)
      .values([
        { candidateId: requester.id, linkedCandidateId: target.id },
        { candidateId: target.id, linkedCandidateId: requester.id },
      ])
      .orIgnore()
      .execute();
    await this.audit.recordMany(
      [
        { actor: user, action: 'candidate.linked', subjectType: CANDIDATE, subjectId: requester.id, details: { organisationId: target.organisationId } },
        { actor: user, action: 'candidate.linked', subjectType: CANDIDATE, subjectId: target.id, details: { organisationId: requester.organisationId } },
      ],
      manager,
    );
  }

  /** The key is never selected with a profile (see Candidate.personKey): read on purpose, here only. */
  private async personKeyOf(manager: EntityManager, candidateId: string): Promise<string> {
    const row = await manager
      .createQueryBuilder(Candidate, 'candidate')
      .select('candidate.person_key', 'personKey')
      .where('candidate.id = :candidateId', { candidateId })
      .getRawOne<{ personKey: string }>();
    if (!row) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    return row.personKey;
  }

  /** Every organisation's live profile of the person (a withdrawn one follows no one). */
  private followersOf(manager: EntityManager, personKey: string): Promise<Candidate[]> {
    return manager
      .createQueryBuilder(Candidate, 'candidate')
      .where('candidate.person_key = :personKey', { personKey })
      .andWhere('candidate.status <> :withdrawn', { withdrawn: CandidateStatus.WITHDRAWN })
      .getMany();
  }

  /** Both profiles of a request, locked in id order; a profile erased meanwhile closes the request. */
  private async lockProfiles(manager: EntityManager, requesterId: string, targetId: string): Promise<[Candidate, Candidate]> {
    const locked = await manager.find(Candidate, { where: { id: In([requesterId, targetId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const requester = locked.find((candidate) => candidate.id === requesterId);
    const target = locked.find((candidate) => candidate.id === targetId);
    if (!requester || !target) throw new CandidateError(CandidateErrorCode.COORDINATION_REQUEST_CLOSED);
    return [requester, target];
  }

  private async lockOwnProfile(manager: EntityManager, candidateId: string, user: AuthUser): Promise<Candidate> {
    const candidate = await manager.findOne(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
    if (!candidate) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    Scope.of(user).assertOrganisation(candidate.organisationId, () => new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND));
    if (candidate.status === CandidateStatus.WITHDRAWN) throw new CandidateError(CandidateErrorCode.CANDIDATE_WITHDRAWN);
    return candidate;
  }

  /**
   * The event alone in the title, not even a public code: notifications outlive an erased
   * profile, and a code or profile id in them would be a trace of it. The portal's page of
   * requests shows which profile.
   */
  private async notifyOperators(manager: EntityManager, organisationId: string, kind: NotificationKind, requestId: string, title: { it: string; en: string }): Promise<void> {
    const recipients = (await this.users.enabledOperatorsIn(organisationId, manager)).map((user) => user.id);
    await this.notifications.notify(manager, { recipientUserIds: recipients, kind, subjectType: REQUEST, subjectId: requestId, title, link: COORDINATION_PAGE });
  }
}
