import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService, type AuditEntry } from '@ipl/audit';
import { AppConfig } from '@ipl/config';
import { Clock, createValidationPipe, DomainError } from '@ipl/core';
import { insertRows } from '@ipl/database';
import { Organisation, OrganisationsService } from '@ipl/organisations';
import { SearchOutbox } from '@ipl/search';
import { CandidateCodeSequence } from './candidate-code-sequence.entity';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { DAY_MS } from './candidate-freshness';
import { addMonths, profileOf, refreshDerived } from './candidate-profile';
import { CandidateReferences, type KnownReferences } from './candidate-references';
import { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { CANDIDATES_INDEX } from './candidates-index';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import { COMPLETE } from './completeness';
import { CreateCandidateInput, type UpdateCandidateInput } from './dto/candidate.inputs';
import { assertNoPersonalData } from './free-text-guard';
import { PersonKeys } from './person-key';
import { formatPublicCode } from './public-code';

const SUBJECT = 'candidate';
const candidateNotFound = () => new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);

/** A new profile's input once checked, with where the person lives and their key. */
interface NewProfile {
  input: CreateCandidateInput;
  residence: Pick<Candidate, 'residenceComuneCode' | 'residenceDistrictCode'>;
  personKey: string;
}

/**
 * Intake: profiles created (one by one or imported), changed, reconfirmed and withdrawn by the
 * owning organisation's operators. Every write is checked for personal data before anything is
 * looked up, audited, and names its profile to the match index through the outbox.
 */
@Injectable()
export class CandidateIntakeService {
  private readonly normaliseLabel = (label: string): string => this.references.normaliseFreeLabel(label);
  private readonly validation = createValidationPipe();

  constructor(
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly references: CandidateReferences,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
    private readonly personKeys: PersonKeys,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly coordination: CandidateCoordinationService,
  ) {}

  async create(input: CreateCandidateInput, user: AuthUser): Promise<Candidate> {
    const organisationId = Scope.of(user).organisationId();
    // Nothing is looked up or stored before the text is known to be clean.
    assertNoPersonalData(input);
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    const checked = await this.checkNew(input, organisation);
    const { personKey } = checked;
    const sequence = await this.takeSequences(organisation, this.clock.now(), 1);

    const outcome = await this.dataSource.transaction(async (manager) => {
      // Two referrals of the same person at once are decided one after the other.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [personKey]);
      const duplicate = await this.coordination.checkDuplicate(manager, personKey, organisation, input.coordinationConsent, user);
      if (duplicate.kind === 'conflict') return duplicate;
      const now = this.clock.now();
      const candidate = this.newProfile(organisation, checked, sequence, now);
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
   * An import: many profiles of the caller's organisation, each checked as create() checks it
   * (the input's validation pipe, the personal-data guard, the places and skills, the duplicate check).
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
    for (const [index, given] of inputs.entries()) {
      try {
        // The pipe GraphQL runs on create()'s argument: an import's rows come from a file, not through the schema.
        const input = (await this.validation.transform(given, { type: 'body', metatype: CreateCandidateInput, data: 'input' })) as CreateCandidateInput;
        assertNoPersonalData(input);
        clean.push({ index, input });
      } catch (error) {
        refuse(index, error);
      }
    }
    if (clean.length === 0) return results;
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    const known = await this.references.known(clean.map(({ input }) => input));
    const checked: (NewProfile & { index: number })[] = [];
    for (const { index, input } of clean) {
      try {
        checked.push({ index, ...(await this.checkNew(input, organisation, known)) });
      } catch (error) {
        refuse(index, error);
      }
    }
    if (checked.length === 0) return results;
    // Numbered before the transaction, so that imports of one channel and district run side by side.
    const firstSequence = await this.takeSequences(organisation, this.clock.now(), checked.length);
    const written = await this.dataSource.transaction(async (manager) => {
      const keys = [...new Set(checked.map((row) => row.personKey))].sort();
      // Sorted, so that two imports of overlapping people never wait on each other in a circle.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM (SELECT key FROM unnest($1::text[]) AS key ORDER BY key) AS sorted', [keys]);
      const followed = (await manager.query('SELECT DISTINCT person_key AS "personKey" FROM candidate WHERE person_key = ANY($1) AND status <> $2', [
        keys,
        CandidateStatus.WITHDRAWN,
      ])) as { personKey: string }[];
      const taken = new Set(followed.map((row) => row.personKey));
      const fresh: typeof checked = [];
      for (const row of checked) {
        if (taken.has(row.personKey)) continue;
        taken.add(row.personKey);
        fresh.push(row);
      }
      if (fresh.length === 0) return [];
      const now = this.clock.now();
      const rows = fresh.map((row, i) => this.newProfile(organisation, row, firstSequence + i, now, { id: randomUUID(), createdAt: now, updatedAt: now }));
      await insertRows(manager, Candidate, rows);
      await this.audit.recordMany(rows.map((row) => this.createdEntry(user, row)), manager);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, rows.map((row) => row.id));
      return fresh.map((row, i) => ({ index: row.index, candidate: rows[i] }));
    });
    for (const { index, candidate } of written) {
      // As a read would return it: the person key is never selected.
      delete (candidate as Partial<Candidate>).personKey;
      results[index] = candidate;
    }
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
    const residence = await this.references.residenceOf(input.residenceComuneCode ?? null, input.residenceDistrictCode ?? null, organisation.districtCode, known);
    await this.references.validate(input, known);
    return { input, residence, personKey: this.personKeys.keyOf(input.codiceFiscale) };
  }

  /**
   * The row of a new profile, numbered `sequence` in its channel, district and year. An import
   * gives what the database would otherwise default (`written`), since it writes every column.
   */
  private newProfile(
    organisation: Organisation,
    { input, residence, personKey }: NewProfile,
    sequence: number,
    now: Date,
    written: Pick<Candidate, 'id' | 'createdAt' | 'updatedAt'> | Record<string, never> = {},
  ): Candidate {
    // A plain assignment: every field is a column, and manager.create() cost an import more than writing the rows.
    const candidate = Object.assign(new Candidate(), {
      ...written,
      status: CandidateStatus.ACTIVE,
      publicCode: formatPublicCode(organisation.channel, organisation.districtCode, now.getUTCFullYear(), sequence),
      organisationId: organisation.id,
      ...residence,
      ...profileOf(input, this.normaliseLabel),
      personKey,
      lastConfirmedAt: now,
      reconfirmDueAt: this.reconfirmDueFrom(now),
      reminderSentAt: null,
      retentionUntil: addMonths(now, this.config.get('CANDIDATE_RETENTION_MONTHS')),
      withdrawnAt: null,
    });
    refreshDerived(candidate, this.clock.now());
    return candidate;
  }

  private createdEntry(user: AuthUser, candidate: Candidate): AuditEntry {
    return { actor: user, action: 'candidate.created', subjectType: SUBJECT, subjectId: candidate.id, details: { organisationId: candidate.organisationId } };
  }

  /**
   * Takes `count` consecutive numbers of the channel, district and year and returns the first.
   * One atomic upsert in a statement of its own, outside the caller's transaction: the row is
   * locked for that statement only, so concurrent imports never queue behind each other's whole
   * batch. Numbers of a batch that later rolls back, or of a profile refused as a duplicate,
   * are skipped, as a sequence's are: codes are unique and increasing, not gapless.
   */
  private async takeSequences(organisation: Organisation, now: Date, count: number): Promise<number> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO candidate_code_sequence (channel, district_code, year, last_value) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT pk_candidate_code_sequence
       DO UPDATE SET last_value = candidate_code_sequence.last_value + EXCLUDED.last_value
       RETURNING last_value AS "lastValue"`,
      [organisation.channel, organisation.districtCode, now.getUTCFullYear(), count],
    )) as Pick<CandidateCodeSequence, 'lastValue'>[];
    return row.lastValue - count + 1;
  }

  async update(id: string, input: UpdateCandidateInput, user: AuthUser): Promise<Candidate> {
    Scope.of(user).organisationId();
    assertNoPersonalData(input);
    await this.references.validate(input);
    return this.change(id, user, 'candidate.updated', async (candidate) => {
      if (input.residenceComuneCode !== undefined || input.residenceDistrictCode !== undefined) {
        const comune = input.residenceComuneCode === undefined ? candidate.residenceComuneCode : input.residenceComuneCode;
        const district = input.residenceComuneCode !== undefined && input.residenceComuneCode !== null && input.residenceDistrictCode === undefined
          ? null
          : (input.residenceDistrictCode ?? candidate.residenceDistrictCode);
        Object.assign(candidate, await this.references.residenceOf(comune, district, candidate.residenceDistrictCode));
      }
      Object.assign(candidate, profileOf(input, this.normaliseLabel, candidate));
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
      refreshDerived(candidate, this.clock.now());
      await manager.save(candidate);
      await this.audit.record({ actor: user, action, subjectType: SUBJECT, subjectId: id, details }, manager);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, [id]);
    });
    return this.candidates.findOneByOrFail({ id });
  }

  private reconfirmDueFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.get('CANDIDATE_RECONFIRM_DAYS') * DAY_MS);
  }
}
