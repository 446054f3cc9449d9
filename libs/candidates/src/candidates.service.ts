import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService, type AuditEntry } from '@ipl/audit';
import { AppConfig } from '@ipl/config';
import { MailArchive } from '@ipl/mail';
import { NotificationsService } from '@ipl/notifications';
import { Clock, ConnectionShape, DomainError, paginate } from '@ipl/core';
import { Organisation, OrganisationsService } from '@ipl/organisations';
import { SearchOutbox } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import { TerritoryService, type Comune } from '@ipl/territory';
import { CandidateCodeSequence } from './candidate-code-sequence.entity';
import { CandidateErasureCount } from './candidate-erasure-count.entity';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { Candidate } from './candidate.entity';
import { ActiveMeasure, CandidateStatus } from './candidate.enums';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import { COMPLETE, completenessOf } from './completeness';
import type { CandidateProfileInput, CandidatesArgs, CreateCandidateInput, UpdateCandidateInput } from './dto/candidate.inputs';
import { assertNoPersonalData } from './free-text-guard';
import { PersonKeys } from './person-key';
import { formatPublicCode } from './public-code';

export const CANDIDATES_INDEX = 'candidates';
const SUBJECT = 'candidate';
const candidateNotFound = () => new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);

/** Operators are reminded this many days before a profile's reconfirmation falls due. */
export const REMINDER_DAYS_BEFORE = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Lifecycle states in which a profile can turn STALE (the others are decided by people). */
const FRESHNESS_STATES = [CandidateStatus.ACTIVE, CandidateStatus.STALE];

/** Rows a single INSERT of an import carries (PostgreSQL takes at most 65,535 parameters a statement). */
const IMPORT_CHUNK = 500;

/** A new profile's input once checked, with where the person lives and their key. */
interface NewProfile {
  input: CreateCandidateInput;
  residence: Pick<Candidate, 'residenceComuneCode' | 'residenceDistrictCode'>;
  personKey: string;
}

/** What a match ranks a profile by (see CandidatesService.matchable). */
export type RankableCandidate = Pick<Candidate, 'id' | 'residenceDistrictCode' | 'skillIds' | 'freeSkillLabels'>;

/** What a match shows of a profile (see CandidatesService.matchProfiles). */
export type MatchableCandidate = Pick<
  Candidate,
  | 'id'
  | 'publicCode'
  | 'residenceDistrictCode'
  | 'residenceComuneCode'
  | 'ageBand'
  | 'skillIds'
  | 'freeSkillLabels'
  | 'languages'
  | 'educationLevel'
  | 'hoursPerWeek'
  | 'shifts'
  | 'drivingLicence'
  | 'ownVehicle'
  | 'maxCommuteMinutes'
  | 'desiredSectors'
  | 'supportNeeds'
>;

/** Columns of a MatchableCandidate; enum lists as text[] so that the driver parses them. */
const MATCHABLE_COLUMNS: [Exclude<keyof MatchableCandidate, 'id'>, string][] = [
  ['publicCode', 'candidate.public_code'],
  ['residenceDistrictCode', 'candidate.residence_district_code'],
  ['residenceComuneCode', 'candidate.residence_comune_code'],
  ['ageBand', 'candidate.age_band'],
  ['skillIds', 'candidate.skill_ids'],
  ['freeSkillLabels', 'candidate.free_skill_labels'],
  ['languages', 'candidate.languages'],
  ['educationLevel', 'candidate.education_level'],
  ['hoursPerWeek', 'candidate.hours_per_week'],
  ['shifts', 'candidate.shifts::text[]'],
  ['drivingLicence', 'candidate.driving_licence'],
  ['ownVehicle', 'candidate.own_vehicle'],
  ['maxCommuteMinutes', 'candidate.max_commute_minutes'],
  ['desiredSectors', 'candidate.desired_sectors'],
  ['supportNeeds', 'candidate.support_needs::text[]'],
];

/** What an import reads once for all its profiles instead of once per profile. */
interface KnownReferences {
  comuni: Map<string, Comune>;
  skillIds: Set<string>;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly territory: TerritoryService,
    private readonly skills: SkillsService,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
    private readonly personKeys: PersonKeys,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mailArchive: MailArchive,
    private readonly coordination: CandidateCoordinationService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The status as of now: an active profile past its reconfirmation date, or incomplete, is STALE. */
  statusOf(candidate: Pick<Candidate, 'status' | 'reconfirmDueAt' | 'completeness'>, now = this.clock.now()): CandidateStatus {
    if (!FRESHNESS_STATES.includes(candidate.status)) return candidate.status;
    const stale = candidate.reconfirmDueAt.getTime() <= now.getTime() || candidate.completeness < COMPLETE;
    return stale ? CandidateStatus.STALE : CandidateStatus.ACTIVE;
  }

  // ---------------------------------------------------------------- reads (each one audited)

  async get(id: string, user: AuthUser): Promise<Candidate> {
    const organisationId = Scope.of(user).organisationId();
    return this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOneBy(Candidate, { id });
      if (!candidate) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
      // Operators only reach here (see the resolver); another organisation's profile reads as unknown.
      if (candidate.organisationId !== organisationId) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
      await this.audit.record(this.readEntry(user, candidate), manager);
      return candidate;
    });
  }

  async list(args: CandidatesArgs, user: AuthUser): Promise<ConnectionShape<Candidate>> {
    const organisationId = Scope.of(user).organisationId();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const query = manager.createQueryBuilder(Candidate, 'candidate').where('candidate.organisation_id = :organisationId', { organisationId });
      if (args.status) this.whereStatus(query, args.status, now);
      const page = await paginate(query, args, {
        sortColumn: 'candidate.created_at',
        idColumn: 'candidate.id',
      });
      await this.audit.recordMany(page.nodes.map((candidate) => this.readEntry(user, candidate)), manager);
      return page;
    });
  }

  /** The operator's to-do list: profiles stale, incomplete, or due for reconfirmation within a week. */
  async toReconfirm(args: CandidatesArgs, user: AuthUser): Promise<ConnectionShape<Candidate>> {
    const organisationId = Scope.of(user).organisationId();
    const horizon = new Date(this.clock.now().getTime() + REMINDER_DAYS_BEFORE * DAY_MS);
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(Candidate, 'candidate')
        .where('candidate.organisation_id = :organisationId', { organisationId })
        .andWhere('candidate.status IN (:...states)', { states: FRESHNESS_STATES })
        .andWhere('(candidate.reconfirm_due_at <= :horizon OR candidate.completeness < :complete)', { horizon, complete: COMPLETE });
      const page = await paginate(query, args, {
        sortColumn: 'candidate.reconfirm_due_at',
        idColumn: 'candidate.id',
        direction: 'ASC',
      });
      await this.audit.recordMany(page.nodes.map((candidate) => this.readEntry(user, candidate, 'toReconfirm')), manager);
      return page;
    });
  }

  private whereStatus(query: ReturnType<EntityManager['createQueryBuilder']>, status: CandidateStatus, now: Date): void {
    if (status === CandidateStatus.STALE || status === CandidateStatus.ACTIVE) {
      const staleSql = `(candidate.status = 'STALE' OR candidate.reconfirm_due_at <= :now OR candidate.completeness < :complete)`;
      query.andWhere('candidate.status IN (:...states)', { states: FRESHNESS_STATES, now, complete: COMPLETE });
      query.andWhere(status === CandidateStatus.STALE ? staleSql : `NOT ${staleSql}`);
    } else {
      query.andWhere('candidate.status = :status', { status });
    }
  }

  private readEntry(user: AuthUser, candidate: Candidate, via?: string): AuditEntry {
    return { actor: user, action: 'candidate.read', subjectType: SUBJECT, subjectId: candidate.id, details: via ? { via } : {} };
  }

  // ---------------------------------------------------------------- creation and duplicate check

  async create(input: CreateCandidateInput, user: AuthUser): Promise<Candidate> {
    const organisationId = Scope.of(user).organisationId();
    // Nothing is looked up or stored before the text is known to be clean.
    assertNoPersonalData(input);
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    const checked = await this.checkNew(input, organisation);
    const { personKey } = checked;

    const outcome = await this.dataSource.transaction(async (manager) => {
      // Two referrals of the same person at once are decided one after the other.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [personKey]);
      const duplicate = await this.coordination.checkDuplicate(manager, personKey, organisation, input.coordinationConsent, user);
      if (duplicate.kind === 'conflict') return duplicate;
      const now = this.clock.now();
      const candidate = this.newProfile(manager, organisation, checked, await this.nextSequence(manager, organisation, now), now);
      const saved = await manager.save(candidate);
      await this.audit.record(this.createdEntry(user, saved), manager);
      // Only with the person's consent does a profile of someone followed elsewhere get this far.
      if (duplicate.followedElsewhere.length > 0 && input.coordinationConsent) {
        await this.coordination.send(manager, saved, duplicate.followedElsewhere, input.coordinationConsent, user);
      }
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, [saved.id]);
      return { kind: 'created' as const, id: saved.id };
    });
    if (outcome.kind === 'conflict') throw outcome.error;
    return this.candidates.findOneByOrFail({ id: outcome.id });
  }

  /**
   * An import: many profiles of the caller's organisation, each checked as create() checks it.
   * People no organisation follows yet are written in one transaction, under the same per-person
   * locks as create(), numbered, audited and queued for the index together; anyone else goes
   * through create() itself, with its duplicate handling. Returns, in the inputs' order, each
   * new profile or the domain error that refused it.
   */
  async createMany(inputs: CreateCandidateInput[], user: AuthUser): Promise<(Candidate | DomainError)[]> {
    const organisationId = Scope.of(user).organisationId();
    const results = new Array<Candidate | DomainError>(inputs.length);
    const refuse = (index: number, error: unknown): void => {
      if (!(error instanceof DomainError)) throw error;
      results[index] = error;
    };
    const clean: { index: number; input: CreateCandidateInput }[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        assertNoPersonalData(input);
        clean.push({ index, input });
      } catch (error) {
        refuse(index, error);
      }
    }
    if (clean.length === 0) return results;
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    const known = await this.knownReferences(clean.map(({ input }) => input));
    const checked: (NewProfile & { index: number })[] = [];
    for (const { index, input } of clean) {
      try {
        checked.push({ index, ...(await this.checkNew(input, organisation, known)) });
      } catch (error) {
        refuse(index, error);
      }
    }
    if (checked.length === 0) return results;
    const written = await this.dataSource.transaction(async (manager) => {
      const keys = [...new Set(checked.map((row) => row.personKey))].sort();
      // Sorted, so that two imports of overlapping people never wait on each other in a circle.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM (SELECT key FROM unnest($1::text[]) AS key ORDER BY key) AS sorted', [keys]);
      const followed = await manager
        .createQueryBuilder(Candidate, 'candidate')
        .select('candidate.person_key', 'personKey')
        .where('candidate.person_key IN (:...keys)', { keys })
        .andWhere('candidate.status <> :withdrawn', { withdrawn: CandidateStatus.WITHDRAWN })
        .getRawMany<{ personKey: string }>();
      const taken = new Set(followed.map((row) => row.personKey));
      const fresh: typeof checked = [];
      for (const row of checked) {
        if (taken.has(row.personKey)) continue;
        taken.add(row.personKey);
        fresh.push(row);
      }
      if (fresh.length === 0) return [];
      const now = this.clock.now();
      const last = await this.nextSequence(manager, organisation, now, fresh.length);
      const rows = fresh.map((row, i) => this.newProfile(manager, organisation, row, last - fresh.length + 1 + i, now));
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK) await manager.insert(Candidate, rows.slice(start, start + IMPORT_CHUNK));
      await this.audit.recordMany(rows.map((row) => this.createdEntry(user, row)), manager);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, rows.map((row) => row.id));
      return fresh.map((row, i) => ({ index: row.index, id: rows[i].id }));
    });
    const saved = new Map((await this.candidates.findBy({ id: In(written.map((row) => row.id)) })).map((candidate) => [candidate.id, candidate]));
    for (const { index, id } of written) results[index] = saved.get(id) ?? new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    const done = new Set(written.map((row) => row.index));
    for (const row of checked.filter((entry) => !done.has(entry.index))) {
      results[row.index] = await this.create(row.input, user).catch((error: unknown) => {
        if (error instanceof DomainError) return error;
        throw error;
      });
    }
    return results;
  }

  /** What create() and createMany() check once the text is clean: the place, the skills, the codice fiscale. */
  private async checkNew(input: CreateCandidateInput, organisation: Organisation, known?: KnownReferences): Promise<NewProfile> {
    const residence = await this.residenceOf(input.residenceComuneCode ?? null, input.residenceDistrictCode ?? null, organisation.districtCode, known);
    await this.validateReferences(input, known);
    return { input, residence, personKey: this.personKeys.keyOf(input.codiceFiscale) };
  }

  /** The comuni and skills an import names, read once for all its profiles. */
  private async knownReferences(inputs: CreateCandidateInput[]): Promise<KnownReferences> {
    const codes = [...new Set(inputs.flatMap((input) => (input.residenceComuneCode ? [input.residenceComuneCode] : [])))];
    return {
      comuni: new Map((codes.length > 0 ? await this.territory.comuniByCodes(codes) : []).map((comune) => [comune.code, comune])),
      skillIds: new Set((await this.skills.findByIds(inputs.flatMap((input) => input.skillIds ?? []))).map((skill) => skill.id)),
    };
  }

  /** The row of a new profile, numbered `sequence` in its channel, district and year. */
  private newProfile(manager: EntityManager, organisation: Organisation, { input, residence, personKey }: NewProfile, sequence: number, now: Date): Candidate {
    const candidate = manager.create(Candidate, {
      publicCode: formatPublicCode(organisation.channel, organisation.districtCode, now.getUTCFullYear(), sequence),
      organisationId: organisation.id,
      ...residence,
      ...this.profileOf(input),
      personKey,
      lastConfirmedAt: now,
      reconfirmDueAt: this.reconfirmDueFrom(now),
      reminderSentAt: null,
      retentionUntil: addMonths(now, this.config.get('CANDIDATE_RETENTION_MONTHS')),
      withdrawnAt: null,
    });
    this.refreshDerived(candidate);
    return candidate;
  }

  private createdEntry(user: AuthUser, candidate: Candidate): AuditEntry {
    return { actor: user, action: 'candidate.created', subjectType: SUBJECT, subjectId: candidate.id, details: { organisationId: candidate.organisationId } };
  }

  /** Takes the next `count` numbers of the channel, district and year (one atomic upsert, safe under concurrency); returns the last. */
  private async nextSequence(manager: EntityManager, organisation: Organisation, now: Date, count = 1): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO candidate_code_sequence (channel, district_code, year, last_value) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT pk_candidate_code_sequence
       DO UPDATE SET last_value = candidate_code_sequence.last_value + EXCLUDED.last_value
       RETURNING last_value AS "lastValue"`,
      [organisation.channel, organisation.districtCode, now.getUTCFullYear(), count],
    )) as Pick<CandidateCodeSequence, 'lastValue'>[];
    return row.lastValue;
  }

  // ---------------------------------------------------------------- changes by the owning operator

  async update(id: string, input: UpdateCandidateInput, user: AuthUser): Promise<Candidate> {
    Scope.of(user).organisationId();
    assertNoPersonalData(input);
    await this.validateReferences(input);
    return this.change(id, user, 'candidate.updated', async (candidate) => {
      if (input.residenceComuneCode !== undefined || input.residenceDistrictCode !== undefined) {
        const comune = input.residenceComuneCode === undefined ? candidate.residenceComuneCode : input.residenceComuneCode;
        const district = input.residenceComuneCode !== undefined && input.residenceComuneCode !== null && input.residenceDistrictCode === undefined
          ? null
          : (input.residenceDistrictCode ?? candidate.residenceDistrictCode);
        Object.assign(candidate, await this.residenceOf(comune, district, candidate.residenceDistrictCode));
      }
      Object.assign(candidate, this.profileOf(input, candidate));
      candidate.retentionUntil = addMonths(this.clock.now(), this.config.get('CANDIDATE_RETENTION_MONTHS'));
      return { changed: Object.keys(input).filter((key) => input[key as keyof UpdateCandidateInput] !== undefined) };
    });
  }

  /** The operator confirms the profile is current: fresh for another interval. */
  reconfirm(id: string, user: AuthUser): Promise<Candidate> {
    return this.change(id, user, 'candidate.reconfirmed', (candidate) => {
      if (candidate.completeness < COMPLETE) {
        throw new CandidateError(CandidateErrorCode.INCOMPLETE_PROFILE, { completeness: candidate.completeness });
      }
      const now = this.clock.now();
      candidate.lastConfirmedAt = now;
      candidate.reconfirmDueAt = this.reconfirmDueFrom(now);
      candidate.reminderSentAt = null;
      return Promise.resolve({});
    });
  }

  withdraw(id: string, user: AuthUser): Promise<Candidate> {
    return this.change(id, user, 'candidate.withdrawn', async (candidate, manager) => {
      candidate.status = CandidateStatus.WITHDRAWN;
      candidate.withdrawnAt = this.clock.now();
      await this.coordination.withdrawPendingOf(manager, [candidate.id], user, 'profile_withdrawn');
      return {};
    });
  }

  private async change(
    id: string,
    user: AuthUser,
    action: string,
    apply: (candidate: Candidate, manager: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<Candidate> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
      Scope.of(user).assertOrganisation(candidate.organisationId, candidateNotFound);
      if (candidate.status === CandidateStatus.WITHDRAWN) throw new CandidateError(CandidateErrorCode.CANDIDATE_WITHDRAWN);
      const details = await apply(candidate, manager);
      this.refreshDerived(candidate);
      await manager.save(candidate);
      await this.audit.record({ actor: user, action, subjectType: SUBJECT, subjectId: id, details }, manager);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, [id]);
    });
    return this.candidates.findOneByOrFail({ id });
  }

  /**
   * Erasure (operator of the owning organisation, or admin): the row goes, with its links and
   * notices (ON DELETE CASCADE); the search document is deleted through the outbox; the report
   * counters keep an anonymous count. The audit trail keeps the event, which holds the profile's
   * random id, the reason and the owning organisation: never its public code, text or key.
   */
  async erase(id: string, user: AuthUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
      Scope.of(user).assertOrganisation(candidate.organisationId, candidateNotFound);
      await this.eraseRows(manager, [candidate], user, 'request');
    });
    return id;
  }

  private async eraseRows(manager: EntityManager, candidates: Candidate[], user: AuthUser | null, reason: 'request' | 'retention'): Promise<void> {
    if (candidates.length === 0) return;
    const ids = candidates.map((candidate) => candidate.id);
    await this.countErasures(manager, candidates, reason);
    // Before the rows go (and their requests with them, by cascade), so the trail says why.
    await this.coordination.withdrawPendingOf(manager, ids, user, 'profile_erased');
    await manager.delete(Candidate, { id: In(ids) });
    await this.audit.recordMany(
      candidates.map((candidate) => ({
        actor: user,
        action: 'candidate.erased',
        subjectType: SUBJECT,
        subjectId: candidate.id,
        details: { reason, organisationId: candidate.organisationId },
      })),
      manager,
    );
    await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, ids);
    // Reminders listed public codes: the recorded copies forget them too.
    await this.mailArchive.redact(manager, candidates.map((candidate) => candidate.publicCode));
    await this.notifications.redact(manager, candidates.map((candidate) => candidate.publicCode));
  }

  /** One upsert per cell (district, channel, month, final status, reason) of the erased profiles. */
  private async countErasures(manager: EntityManager, candidates: Candidate[], reason: string): Promise<void> {
    const now = this.clock.now();
    const month = `${now.toISOString().slice(0, 7)}-01`;
    const channels = new Map(
      (await manager.findBy(Organisation, { id: In([...new Set(candidates.map((candidate) => candidate.organisationId))]) })).map((o) => [o.id, o.channel]),
    );
    const cells = new Map<string, Omit<CandidateErasureCount, 'erased'> & { erased: number }>();
    for (const candidate of candidates) {
      const cell = {
        districtCode: candidate.residenceDistrictCode,
        channel: channels.get(candidate.organisationId) ?? 'UNKNOWN',
        month,
        finalStatus: this.statusOf(candidate, now),
        reason,
      };
      const key = JSON.stringify(cell);
      const current = cells.get(key);
      if (current) current.erased += 1;
      else cells.set(key, { ...cell, erased: 1 });
    }
    for (const cell of cells.values()) {
      await manager.query(
        `INSERT INTO candidate_erasure_count (district_code, channel, month, final_status, reason, erased) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT pk_candidate_erasure_count
         DO UPDATE SET erased = candidate_erasure_count.erased + EXCLUDED.erased`,
        [cell.districtCode, cell.channel, cell.month, cell.finalStatus, cell.reason, cell.erased],
      );
    }
  }

  // ---------------------------------------------------------------- scheduled jobs (also called by tests)

  /** Persists STALE for active profiles past their date or incomplete, so the index drops them. */
  async markStale(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE candidate SET status = 'STALE', updated_at = now()
         WHERE status = 'ACTIVE' AND (reconfirm_due_at <= $1 OR completeness < $2) RETURNING id`,
        [now, COMPLETE],
      )) as [{ id: string }[], number];
      const ids = rows[0].map((row) => row.id);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, ids);
      return ids.length;
    });
  }

  /** Profiles whose reconfirmation falls due within a week and whose reminder is not sent yet. */
  async dueForReminder(): Promise<Candidate[]> {
    const now = this.clock.now();
    return this.candidates
      .createQueryBuilder('candidate')
      .where('candidate.status IN (:...states)', { states: FRESHNESS_STATES })
      .andWhere('candidate.reconfirm_due_at > :now AND candidate.reconfirm_due_at <= :horizon', {
        now,
        horizon: new Date(now.getTime() + REMINDER_DAYS_BEFORE * DAY_MS),
      })
      .andWhere('candidate.reminder_sent_at IS NULL')
      .orderBy('candidate.reconfirm_due_at', 'ASC')
      .getMany();
  }

  async markReminded(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Candidate, { id: In(ids) }, { reminderSentAt: this.clock.now() });
      await this.audit.recordMany(
        ids.map((id) => ({ actor: null, action: 'candidate.reminder_sent', subjectType: SUBJECT, subjectId: id })),
        manager,
      );
    });
  }

  /** Withdraws and erases profiles past their retention deadline. */
  async eraseExpired(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const expired = await manager
        .createQueryBuilder(Candidate, 'candidate')
        .where('candidate.retention_until <= :now', { now })
        .setLock('pessimistic_write')
        .getMany();
      await this.eraseRows(manager, expired, null, 'retention');
      return expired.length;
    });
  }

  // ---------------------------------------------------------------- helpers

  private reconfirmDueFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.get('CANDIDATE_RECONFIRM_DAYS') * DAY_MS);
  }

  /** Completeness, and ACTIVE/STALE from it and the reconfirmation date, after every change. */
  private refreshDerived(candidate: Candidate): void {
    candidate.completeness = completenessOf(candidate);
    if (FRESHNESS_STATES.includes(candidate.status ?? CandidateStatus.ACTIVE)) {
      candidate.status = CandidateStatus.ACTIVE;
      candidate.status = this.statusOf(candidate);
    }
  }

  /** The profile fields of an input; on update, a field left out (or null where a value is required) keeps its value. */
  private profileOf(input: Partial<CandidateProfileInput>, current?: Candidate) {
    const keep = <K extends keyof Candidate>(key: K, value: Candidate[K] | undefined, fallback: Candidate[K]): Candidate[K] =>
      value === undefined ? (current ? current[key] : fallback) : value;
    const list = <T>(value: T[] | null | undefined, key: keyof Candidate): T[] =>
      value === undefined || value === null ? (current ? (current[key] as T[]) : []) : value;
    return {
      ageBand: input.ageBand ?? current?.ageBand,
      skillIds: list(input.skillIds, 'skillIds'),
      freeSkillLabels: list(input.freeSkillLabels?.map((label) => this.skills.normaliseFreeLabel(label)).filter(Boolean), 'freeSkillLabels'),
      languages: list(input.languages?.map(({ language, level }) => ({ language, level })), 'languages'),
      educationLevel: keep('educationLevel', input.educationLevel, null),
      experiences: list(
        input.experiences?.map(({ occupation, sectorCode, months, endYear, description }) => ({
          occupation: occupation.trim(),
          sectorCode: sectorCode ?? null,
          months,
          endYear: endYear ?? null,
          description: description?.trim() || null,
        })),
        'experiences',
      ),
      hoursPerWeek: keep('hoursPerWeek', input.hoursPerWeek, null),
      shifts: list(input.shifts, 'shifts'),
      availableFrom: keep('availableFrom', input.availableFrom, null),
      drivingLicence: keep('drivingLicence', input.drivingLicence, null),
      ownVehicle: keep('ownVehicle', input.ownVehicle, null),
      maxCommuteMinutes: keep('maxCommuteMinutes', input.maxCommuteMinutes, null),
      desiredSectors: list(input.desiredSectors, 'desiredSectors'),
      supportNeeds: list(input.supportNeeds, 'supportNeeds'),
      activeMeasures: list(input.activeMeasures, 'activeMeasures'),
      consentGivenAt: keep('consentGivenAt', input.consentGivenAt, null),
      consentPurposes: list(input.consentPurposes, 'consentPurposes'),
      notes: keep('notes', input.notes === undefined ? undefined : input.notes?.trim() || null, null),
    };
  }

  private async validateReferences(input: Partial<CandidateProfileInput>, known?: KnownReferences): Promise<void> {
    if (input.activeMeasures?.includes(ActiveMeasure.NONE) && input.activeMeasures.length > 1) {
      throw new CandidateError(CandidateErrorCode.NONE_WITH_OTHER_MEASURES, {}, {
        fields: [{ field: 'input.activeMeasures', messages: { it: 'Nessuna misura esclude le altre', en: 'NONE excludes the others' } }],
      });
    }
    if (input.skillIds?.length && !input.skillIds.every((id) => known?.skillIds.has(id))) await this.skills.assertKnown(input.skillIds, { field: 'input.skillIds' });
  }

  /** District (and comune) of residence: the comune decides the district; by default the organisation's district. */
  private async residenceOf(
    comuneCode: string | null,
    districtCode: string | null,
    fallbackDistrict: string,
    known?: KnownReferences,
  ): Promise<Pick<Candidate, 'residenceComuneCode' | 'residenceDistrictCode'>> {
    if (comuneCode) {
      const comune = known?.comuni.get(comuneCode) ?? (await this.territory.comuniByCodes([comuneCode]))[0];
      if (!comune) throw new CandidateError(CandidateErrorCode.UNKNOWN_COMUNE, { comune: comuneCode });
      if (districtCode && districtCode !== comune.districtCode) {
        throw new CandidateError(CandidateErrorCode.COMUNE_NOT_IN_DISTRICT, { comune: comune.name, district: districtCode });
      }
      return { residenceComuneCode: comune.code, residenceDistrictCode: comune.districtCode };
    }
    const district = districtCode ?? fallbackDistrict;
    if (!(await this.territory.findDistrict(district))) throw new CandidateError(CandidateErrorCode.UNKNOWN_DISTRICT, { district });
    return { residenceComuneCode: null, residenceDistrictCode: district };
  }

  /**
   * Searchable profiles among these ids, for the search index: active, not past reconfirmation,
   * complete (which includes consent to matching). Stale, withdrawn or erased ones are left out,
   * so the outbox deletes their documents.
   */
  searchable(ids: readonly string[]): Promise<Candidate[]> {
    return this.searchableQuery(ids).getMany();
  }

  /**
   * The searchable profiles among these ids with what a match ranks them by, read as plain rows:
   * a match rechecks a pool of 200 profiles, and building entities, then parsing every column,
   * was most of its time.
   */
  matchable(ids: readonly string[]): Promise<RankableCandidate[]> {
    return this.searchableQuery(ids)
      .select('candidate.id', 'id')
      .addSelect('candidate.residence_district_code', 'residenceDistrictCode')
      .addSelect('candidate.skill_ids', 'skillIds')
      .addSelect('candidate.free_skill_labels', 'freeSkillLabels')
      .getRawMany<RankableCandidate>();
  }

  /**
   * The profiles of a match's page, as shown: read by id once matchable() has ranked them, so a
   * pool of 200 is parsed in full only for the 20 or so shown.
   */
  matchProfiles(ids: readonly string[]): Promise<MatchableCandidate[]> {
    const query = this.candidates.createQueryBuilder('candidate').select('candidate.id', 'id').where('candidate.id = ANY(:ids)', { ids: [...ids] });
    for (const [field, column] of MATCHABLE_COLUMNS) query.addSelect(column, field);
    return query.getRawMany<MatchableCandidate>();
  }

  private searchableQuery(ids: readonly string[]) {
    return this.candidates
      .createQueryBuilder('candidate')
      // One array parameter: TypeORM spends more expanding 200 `IN` parameters than PostgreSQL answering.
      .where('candidate.id = ANY(:ids)', { ids: [...ids] })
      .andWhere('candidate.status = :status', { status: CandidateStatus.ACTIVE })
      .andWhere('candidate.reconfirm_due_at > :now', { now: this.clock.now() })
      .andWhere('candidate.completeness = :complete', { complete: COMPLETE });
  }

  async *searchableIds(batchSize: number): AsyncIterable<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.candidates
        .createQueryBuilder('candidate')
        .select('candidate.id', 'id')
        .where('candidate.status = :status AND candidate.id > :after', { status: CandidateStatus.ACTIVE, after })
        .orderBy('candidate.id', 'ASC')
        .limit(batchSize)
        .getRawMany<{ id: string }>();
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1].id;
    }
  }

  // ---------------------------------------------------------------- for the proposals library

  /** The profile under a row lock in the caller's transaction: a proposal checks it, then may move it. */
  lockForProposal(id: string, manager: EntityManager): Promise<Candidate | null> {
    return manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A path moved the person: IN_PATH when it starts (so the matching drops the profile at
   * once), PLACED when hired, ACTIVE again when it ends without a job. Audited and re-indexed in
   * the caller's transaction; a withdrawn profile is left as it is.
   */
  async setPathStatus(
    id: string,
    status: CandidateStatus.IN_PATH | CandidateStatus.PLACED | CandidateStatus.ACTIVE,
    manager: EntityManager,
  ): Promise<void> {
    const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!candidate || candidate.status === CandidateStatus.WITHDRAWN || candidate.status === status) return;
    await manager.update(Candidate, { id }, { status });
    await this.audit.record(
      { actor: null, action: 'candidate.path_status', subjectType: SUBJECT, subjectId: id, details: { from: candidate.status, to: status } },
      manager,
    );
    await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, [id]);
  }
}
