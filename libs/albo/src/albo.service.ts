import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser, Scope } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { CompaniesService } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { Clock, ConnectionShape, paginate, type SqlFragment } from '@ipl/core';
import { pgErrorCode, PgErrorCode } from '@ipl/database';
import { Mailer } from '@ipl/mail';
import { assertNoPersonalData } from '@ipl/personal-data';
import { AlboDecision } from './albo-decision.entity';
import { AlboEvidenceRegistry } from './albo-evidence.registry';
import { CompanyStandingHooks } from './company-standing.hooks';
import { AlboLogo } from './albo-logo.entity';
import { AlboMembership } from './albo-membership.entity';
import { AlboSectionsService } from './albo-sections.service';
import { AlboDecisionKind, AlboLogoState, AlboStatus } from './albo-status.enum';
import { AlboError, AlboErrorCode } from './albo.errors';
import { AlboDeclarationsInput } from './dto/albo-declarations.input';
import { AlboReviewInput, AlboSanctionInput } from './dto/albo-review.input';
import { AlboApplicationsArgs } from './dto/albo.args';
import { ApplyToAlboInput, RenewAlboInput } from './dto/apply-to-albo.input';
import { AlboEvidence } from './dto/albo.types';
import { logoExpiry, renewalReminderDue, renewedExpiry } from './logo-term';

/** Where a step may start from; anything else is TRANSITION_NOT_ALLOWED. */
const FROM: Record<AlboDecisionKind, (AlboStatus | null)[]> = {
  [AlboDecisionKind.APPLIED]: [null, AlboStatus.REJECTED, AlboStatus.EXPIRED, AlboStatus.REVOKED],
  [AlboDecisionKind.ADMITTED]: [AlboStatus.PENDING],
  [AlboDecisionKind.REJECTED]: [AlboStatus.PENDING],
  [AlboDecisionKind.SUSPENDED]: [AlboStatus.ADMITTED],
  [AlboDecisionKind.READMITTED]: [AlboStatus.SUSPENDED],
  [AlboDecisionKind.REVOKED]: [AlboStatus.ADMITTED, AlboStatus.SUSPENDED],
  [AlboDecisionKind.RENEWAL_REQUESTED]: [AlboStatus.ADMITTED],
  [AlboDecisionKind.RENEWED]: [AlboStatus.ADMITTED],
  [AlboDecisionKind.LAPSED]: [AlboStatus.ADMITTED, AlboStatus.SUSPENDED],
};

/** The logo's state that follows each membership status. */
const LOGO_STATE: Partial<Record<AlboStatus, AlboLogoState>> = {
  [AlboStatus.ADMITTED]: AlboLogoState.ACTIVE,
  [AlboStatus.SUSPENDED]: AlboLogoState.SUSPENDED,
  [AlboStatus.REVOKED]: AlboLogoState.REVOKED,
  [AlboStatus.EXPIRED]: AlboLogoState.EXPIRED,
};

const REQUIREMENTS: { key: keyof Omit<AlboDeclarationsInput, 'inclusivePathNote'>; it: string; en: string }[] = [
  { key: 'law68ObligationsMet', it: 'obblighi della L. 68/99 assolti o non dovuti', en: 'obligations under L. 68/99 met or not due' },
  {
    key: 'inclusivePathRun',
    it: 'almeno un percorso inclusivo già realizzato per persone svantaggiate (L. 381/91 art. 3)',
    en: 'at least one inclusive path already run for disadvantaged people (L. 381/91 art. 3)',
  },
  { key: 'metropolitanSite', it: 'sede operativa nella Città metropolitana', en: 'an operating site in the metropolitan area' },
];

type Actor = Pick<AuthUser, 'id' | 'role'> | null;

/**
 * The Albo's procedure: applications, the Commission's review, logos, renewals and lapses.
 * Every step is one transaction that locks the membership, records the step with its reason,
 * and audits it with its actor.
 */
@Injectable()
export class AlboService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(AlboMembership) private readonly memberships: Repository<AlboMembership>,
    @InjectRepository(AlboDecision) private readonly decisions: Repository<AlboDecision>,
    private readonly sections: AlboSectionsService,
    private readonly companies: CompaniesService,
    private readonly evidence: AlboEvidenceRegistry,
    private readonly standing: CompanyStandingHooks,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // ---- HR ----

  async apply(input: ApplyToAlboInput, user: AuthUser): Promise<AlboMembership> {
    const companyId = Scope.of(user).companyId();
    await this.assertRequirements(companyId, input.declarations);
    await this.sections.assertActive(input.sectionCodes);
    try {
      return await this.step(companyId, AlboDecisionKind.APPLIED, user, null, async (current, now) => ({
        status: AlboStatus.PENDING,
        sectionCodes: input.sectionCodes,
        ...declarationColumns(input.declarations),
        appliedAt: now,
        renewalRequestedAt: null,
        ...(current ? {} : { companyId }),
      }));
    } catch (error) {
      // Two first applications at once: the unique index on company_id lets one through.
      if (pgErrorCode(error) === PgErrorCode.UNIQUE_VIOLATION) throw new AlboError(AlboErrorCode.ALREADY_APPLIED, { status: AlboStatus.PENDING });
      throw error;
    }
  }

  async requestRenewal(input: RenewAlboInput, user: AuthUser): Promise<AlboMembership> {
    const companyId = Scope.of(user).companyId();
    await this.assertRequirements(companyId, input.declarations);
    return this.step(companyId, AlboDecisionKind.RENEWAL_REQUESTED, user, null, async (_current, now) => ({
      ...declarationColumns(input.declarations),
      renewalRequestedAt: now,
    }));
  }

  // ---- ADMIN (for the Commission) ----

  admit(input: AlboReviewInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.ADMITTED, admin, input.comment, async (_current, now, manager) => {
      const logo = await this.grantLogo(manager, input.companyId, now);
      return { status: AlboStatus.ADMITTED, logoNumber: logo.number, admittedAt: now, expiresAt: logo.expiresAt, reminderSentForExpiry: null };
    });
  }

  reject(input: AlboSanctionInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.REJECTED, admin, input.reason, async () => ({ status: AlboStatus.REJECTED }));
  }

  suspend(input: AlboSanctionInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.SUSPENDED, admin, input.reason, async () => ({ status: AlboStatus.SUSPENDED }));
  }

  readmit(input: AlboReviewInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.READMITTED, admin, input.comment, async (current, now) => {
      // A logo whose term ended during the suspension cannot come back: the company applies again.
      if (!current?.expiresAt || current.expiresAt <= now) throw new AlboError(AlboErrorCode.TRANSITION_NOT_ALLOWED, { status: AlboStatus.EXPIRED });
      return { status: AlboStatus.ADMITTED };
    });
  }

  revoke(input: AlboSanctionInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.REVOKED, admin, input.reason, async () => ({ status: AlboStatus.REVOKED, renewalRequestedAt: null }));
  }

  approveRenewal(input: AlboReviewInput, admin: AuthUser): Promise<AlboMembership> {
    return this.step(input.companyId, AlboDecisionKind.RENEWED, admin, input.comment, async (current, now, manager) => {
      if (!current?.renewalRequestedAt || !current.expiresAt || !current.logoNumber) throw new AlboError(AlboErrorCode.RENEWAL_NOT_REQUESTED);
      const expiresAt = renewedExpiry(current.expiresAt, now, this.termYears);
      await manager.update(AlboLogo, { number: current.logoNumber }, { expiresAt });
      return { expiresAt, renewalRequestedAt: null, reminderSentForExpiry: null };
    });
  }

  // ---- scheduled ----

  /** Reminds each admitted company, once per term, that its logo expires soon and asks for the renewal. */
  async remindExpiring(): Promise<number> {
    const now = this.clock.now();
    const days = this.config.get('ALBO_RENEWAL_REMINDER_DAYS');
    const due = (
      await this.memberships
        .createQueryBuilder('m')
        .where('m.status = :status', { status: AlboStatus.ADMITTED })
        .andWhere('m.renewal_requested_at IS NULL')
        .andWhere('m.expires_at > :now', { now })
        .andWhere('m.expires_at <= :limit', { limit: new Date(now.getTime() + days * 86_400_000) })
        .andWhere('(m.reminder_sent_for_expiry IS NULL OR m.reminder_sent_for_expiry <> m.expires_at)')
        .getMany()
    ).filter((membership) => membership.expiresAt && renewalReminderDue(membership.expiresAt, now, days));
    const companies = new Map((await this.companies.findByIds(due.map((m) => m.companyId))).map((c) => [c.id, c]));
    for (const membership of due) {
      const company = companies.get(membership.companyId);
      await this.dataSource.transaction(async (manager) => {
        await manager.update(AlboMembership, { id: membership.id }, { reminderSentForExpiry: membership.expiresAt });
        await this.audit.record(
          { actor: null, action: 'albo.renewal_reminded', subjectType: 'company', subjectId: membership.companyId, details: { logoNumber: membership.logoNumber } },
          manager,
        );
      });
      if (company?.contactEmail) {
        const expiry = membership.expiresAt!.toISOString().slice(0, 10);
        await this.mailer.send({
          to: company.contactEmail,
          kind: 'albo.renewal_reminder',
          subject: 'Rinnovo del Logo di Azienda Inclusiva / Inclusive Company Logo renewal',
          text: [
            `Il Logo di Azienda Inclusiva n. ${membership.logoNumber} di ${company.legalName} scade il ${expiry}.`,
            'Per restare nell’Albo metropolitano presenta la domanda di rinnovo dal portale prima della scadenza.',
            '',
            `The Inclusive Company Logo no. ${membership.logoNumber} expires on ${expiry}. File the renewal on the portal before then.`,
          ].join('\n'),
        });
      }
    }
    return due.length;
  }

  /** Moves every logo past its term, and not renewed, to EXPIRED. */
  async lapseExpired(): Promise<number> {
    const now = this.clock.now();
    const due = await this.memberships
      .createQueryBuilder('m')
      .where('m.status IN (:...statuses)', { statuses: [AlboStatus.ADMITTED, AlboStatus.SUSPENDED] })
      .andWhere('m.expires_at <= :now', { now })
      .getMany();
    const companies = new Map((await this.companies.findByIds(due.map((m) => m.companyId))).map((c) => [c.id, c]));
    let lapsed = 0;
    for (const membership of due) {
      try {
        await this.step(membership.companyId, AlboDecisionKind.LAPSED, null, null, async (current, stepNow) => {
          // Renewed between the scan and the lock: nothing to do.
          if (!current?.expiresAt || current.expiresAt > stepNow) throw new AlboError(AlboErrorCode.TRANSITION_NOT_ALLOWED, { status: current?.status ?? 'NONE' });
          return { status: AlboStatus.EXPIRED, renewalRequestedAt: null };
        });
      } catch (error) {
        if (error instanceof AlboError) continue;
        throw error;
      }
      lapsed += 1;
      const company = companies.get(membership.companyId);
      if (company?.contactEmail) {
        await this.mailer.send({
          to: company.contactEmail,
          kind: 'albo.lapsed',
          subject: 'Logo di Azienda Inclusiva scaduto / Inclusive Company Logo expired',
          text: [
            `Il Logo di Azienda Inclusiva n. ${membership.logoNumber} di ${company.legalName} è scaduto senza rinnovo.`,
            'Per rientrare nell’Albo presenta una nuova domanda dal portale.',
            '',
            `The Inclusive Company Logo no. ${membership.logoNumber} expired without renewal. Apply again on the portal to rejoin the Albo.`,
          ].join('\n'),
        });
      }
    }
    return lapsed;
  }

  // ---- reads ----

  async membershipOf(companyId: string, user: AuthUser): Promise<AlboMembership | null> {
    Scope.of(user).assertCompany(companyId, () => new AlboError(AlboErrorCode.MEMBERSHIP_NOT_FOUND));
    return this.memberships.findOneBy({ companyId });
  }

  applications(args: AlboApplicationsArgs): Promise<ConnectionShape<AlboMembership>> {
    const query = this.memberships.createQueryBuilder('m');
    if (args.status) query.andWhere('m.status = :status', { status: args.status });
    return paginate(query, args, { sortColumn: 'm.applied_at', idColumn: 'm.id'});
  }

  decisionsOf(membershipId: string): Promise<AlboDecision[]> {
    return this.decisions.find({ where: { membershipId }, order: { decidedAt: 'ASC' } });
  }

  async evidenceOf(membership: AlboMembership): Promise<AlboEvidence> {
    const since = membership.admittedAt ?? membership.appliedAt;
    return { since, ...(await this.evidence.collect(membership.companyId, since)) };
  }

  /**
   * Whether the company is in the Albo now, with a logo still in its term: a logo past its
   * expiry counts as lapsed before the nightly job records it. `manager` reads inside a caller's
   * transaction (a step's listeners see the step's own change).
   */
  async isAdmitted(companyId: string, manager: EntityManager = this.memberships.manager): Promise<boolean> {
    const membership = await manager.findOneBy(AlboMembership, { companyId });
    return membership?.status === AlboStatus.ADMITTED && !!membership.expiresAt && membership.expiresAt > this.clock.now();
  }

  /** isAdmitted as SQL, for the company whose id `companyIdSql` names, to embed in another library's statement. */
  admittedSql(companyIdSql: string): SqlFragment {
    const query = this.memberships
      .createQueryBuilder('m')
      .select('1')
      .where(`m.company_id = ${companyIdSql} AND m.status = :alboAdmitted AND m.expires_at > :alboNow`, { alboAdmitted: AlboStatus.ADMITTED, alboNow: this.clock.now() });
    return { sql: `EXISTS (${query.getQuery()})`, params: query.getParameters() };
  }

  membershipsOf(companyIds: readonly string[]): Promise<AlboMembership[]> {
    return this.memberships.findBy({ companyId: In([...companyIds]) });
  }

  /** Companies in the Albo now, with a logo in its term. */
  async admittedCompanyIds(): Promise<string[]> {
    const rows = await this.memberships
      .createQueryBuilder('m')
      .select('m.company_id', 'companyId')
      .where('m.status = :status AND m.expires_at > :now', { status: AlboStatus.ADMITTED, now: this.clock.now() })
      .getRawMany<{ companyId: string }>();
    return rows.map((row) => row.companyId);
  }

  // ---- internals ----

  private get termYears(): number {
    return this.config.get('ALBO_LOGO_TERM_YEARS');
  }

  private async assertRequirements(companyId: string, declarations: AlboDeclarationsInput): Promise<void> {
    // The inclusive path the company ran was someone's path: the Albo office reads this note.
    assertNoPersonalData([['input.declarations.inclusivePathNote', declarations.inclusivePathNote]]);
    for (const requirement of REQUIREMENTS) {
      if (!declarations[requirement.key]) {
        const field = `input.declarations.${requirement.key}`;
        throw new AlboError(
          AlboErrorCode.REQUIREMENT_NOT_DECLARED,
          { requirement: requirement.it },
          { fields: [{ field, messages: { it: `${field}: ${requirement.it}`, en: `${field}: ${requirement.en}` } }] },
        );
      }
    }
    if ((await this.companies.sitesOf([companyId])).length === 0) throw new AlboError(AlboErrorCode.NO_METROPOLITAN_SITE);
  }

  private async grantLogo(manager: EntityManager, companyId: string, now: Date): Promise<AlboLogo> {
    const [{ seq }] = (await manager.query(`SELECT nextval('albo_logo_number_seq')::int AS seq`)) as { seq: number }[];
    return manager.save(AlboLogo, {
      number: `AI-${now.getUTCFullYear()}-${String(seq).padStart(5, '0')}`,
      companyId,
      grantedAt: now,
      expiresAt: logoExpiry(now, this.termYears),
      state: AlboLogoState.ACTIVE,
    });
  }

  /**
   * One step of the procedure: locks the membership, checks where it may start from, applies
   * `change`, keeps the logo's state in line, and records the step and its audit event.
   */
  private async step(
    companyId: string,
    kind: AlboDecisionKind,
    actor: Actor,
    reason: string | null | undefined,
    change: (current: AlboMembership | null, now: Date, manager: EntityManager) => Promise<Partial<AlboMembership>>,
  ): Promise<AlboMembership> {
    if (actor) await this.companies.require(companyId);
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const current = await manager.findOne(AlboMembership, { where: { companyId }, lock: { mode: 'pessimistic_write' } });
      const from = current?.status ?? null;
      if (!FROM[kind].includes(from)) {
        if (!current) throw new AlboError(AlboErrorCode.MEMBERSHIP_NOT_FOUND);
        if (kind === AlboDecisionKind.APPLIED) throw new AlboError(AlboErrorCode.ALREADY_APPLIED, { status: current.status });
        throw new AlboError(AlboErrorCode.TRANSITION_NOT_ALLOWED, { status: current.status });
      }
      if (kind === AlboDecisionKind.RENEWAL_REQUESTED && current?.renewalRequestedAt) {
        throw new AlboError(AlboErrorCode.TRANSITION_NOT_ALLOWED, { status: 'RENEWAL_PENDING' });
      }
      const changes = await change(current, now, manager);
      const saved = current
        ? await manager.save(AlboMembership, { ...current, ...changes })
        : await manager.save(AlboMembership, manager.create(AlboMembership, changes));
      const logoState = LOGO_STATE[saved.status];
      if (saved.logoNumber && logoState && (from !== saved.status || kind === AlboDecisionKind.ADMITTED)) {
        await manager.update(AlboLogo, { number: saved.logoNumber }, { state: logoState });
      }
      const decision = await manager.save(AlboDecision, {
        membershipId: saved.id,
        kind,
        fromStatus: from,
        toStatus: saved.status,
        actorId: actor?.id ?? null,
        reason: reason?.trim() || null,
      });
      await this.audit.record(
        {
          actor,
          action: `albo.${kind.toLowerCase()}`,
          subjectType: 'company',
          subjectId: companyId,
          details: { from, to: saved.status, decisionId: decision.id, ...(saved.logoNumber ? { logoNumber: saved.logoNumber } : {}) },
        },
        manager,
      );
      if (from !== saved.status) await this.standing.changed({ companyId, cause: 'ALBO_STATUS', alboStatus: saved.status }, manager);
      return saved;
    });
  }
}

function declarationColumns(declarations: AlboDeclarationsInput): Partial<AlboMembership> {
  return {
    law68ObligationsMet: declarations.law68ObligationsMet,
    inclusivePathRun: declarations.inclusivePathRun,
    metropolitanSite: declarations.metropolitanSite,
    inclusivePathNote: declarations.inclusivePathNote?.trim() || null,
  };
}
