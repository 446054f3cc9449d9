import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { PasswordHasher, User } from '@ipl/auth';
import { AlboDecision, AlboDecisionKind, AlboLogo, AlboLogoState, AlboMembership, AlboStatus } from '@ipl/albo';
import { BoardMembership } from '@ipl/board';
import { atecoSectionOf, Company, CompanySite } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { Clock } from '@ipl/core';
import { Organisation } from '@ipl/organisations';
import { SearchOutbox } from '@ipl/search';
import { Slot, SlotStatus } from '@ipl/slots';
import { seedDemoCandidates } from './demo-candidates';
import { DEMO_ALBO, DEMO_COMPANIES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SLOTS, DEMO_USERS } from './demo-data';
import { seedReportsDemo } from './demo-reports';

/** Seeds a demo on an empty database, so that `npm start` shows something to log in to. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly outbox: SearchOutbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('DEMO_SEED') || this.config.isProduction) return;
    if (await this.seed()) this.printAccounts();
  }

  /** Returns false when the database already has users (the demo, or real ones). */
  async seed(): Promise<boolean> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts of several processes.
      await manager.query('LOCK TABLE app_user IN EXCLUSIVE MODE');
      if ((await manager.count(User)) > 0) return false;
      const companies = new Map<string, string>();
      for (const { key, sites, ...company } of DEMO_COMPANIES) {
        const saved = await manager.save(Company, { ...company, atecoSection: atecoSectionOf(company.atecoCode)?.code ?? null });
        await manager.save(CompanySite, sites.map((comuneCode, position) => ({ companyId: saved.id, comuneCode, position })));
        companies.set(key, saved.id);
      }
      const organisations = new Map<string, Organisation>();
      for (const { key, ...organisation } of DEMO_ORGANISATIONS) organisations.set(key, await manager.save(Organisation, organisation));
      for (const user of DEMO_USERS) {
        const organisation = user.organisation ? organisations.get(user.organisation) : undefined;
        await manager.save(User, {
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          // Each demo company and organisation has one HR user or operator: its admin / lead.
          scopeAdmin: user.role === Role.COMPANY_HR || user.role === Role.OPERATOR,
          passwordHash,
          companyId: user.company ? (companies.get(user.company) ?? null) : null,
          organisationId: organisation?.id ?? null,
          districtCode: organisation?.districtCode ?? user.districtCode ?? null,
        });
      }
      await this.seedAlboBoardAndSlots(manager, companies);
      await seedReportsDemo(manager, this.clock.now(), (await manager.findOneByOrFail(User, { role: Role.ADMIN })).id);
      await seedDemoCandidates(manager, organisations, this.config, this.clock.now(), this.outbox);
      await this.audit.record({ actor: null, action: 'demo.seeded', subjectType: 'system', details: { users: DEMO_USERS.length } }, manager);
      return true;
    });
  }

  /** The demo companies in sensible Albo and board states, with a few slots (see DEMO_ALBO, DEMO_SLOTS). */
  private async seedAlboBoardAndSlots(manager: EntityManager, companies: Map<string, string>): Promise<void> {
    const now = this.clock.now();
    for (const entry of DEMO_ALBO) {
      const companyId = companies.get(entry.company);
      if (!companyId) continue;
      const admitted = entry.status === AlboStatus.ADMITTED;
      let logoNumber: string | null = null;
      let expiresAt: Date | null = null;
      if (admitted) {
        const [{ seq }] = (await manager.query(`SELECT nextval('albo_logo_number_seq')::int AS seq`)) as { seq: number }[];
        logoNumber = `AI-${now.getUTCFullYear()}-${String(seq).padStart(5, '0')}`;
        expiresAt = new Date(now.getTime());
        expiresAt.setUTCFullYear(now.getUTCFullYear() + this.config.get('ALBO_LOGO_TERM_YEARS'));
        await manager.save(AlboLogo, { number: logoNumber, companyId, grantedAt: now, expiresAt, state: AlboLogoState.ACTIVE });
      }
      const membership = await manager.save(AlboMembership, {
        companyId,
        status: entry.status,
        sectionCodes: [...entry.sections],
        law68ObligationsMet: true,
        inclusivePathRun: true,
        metropolitanSite: true,
        inclusivePathNote: null,
        appliedAt: now,
        logoNumber,
        admittedAt: admitted ? now : null,
        expiresAt,
      });
      await manager.save(AlboDecision, { membershipId: membership.id, kind: AlboDecisionKind.APPLIED, fromStatus: null, toStatus: AlboStatus.PENDING, actorId: null, reason: null });
      if (admitted) {
        await manager.save(AlboDecision, {
          membershipId: membership.id,
          kind: AlboDecisionKind.ADMITTED,
          fromStatus: AlboStatus.PENDING,
          toStatus: AlboStatus.ADMITTED,
          actorId: null,
          reason: 'Dati dimostrativi',
        });
      }
      if (entry.boardSince) await manager.save(BoardMembership, { companyId, since: entry.boardSince, until: null });
    }
    const labels = [...new Set(DEMO_SLOTS.flatMap((slot) => [...slot.requiredSkills, ...slot.niceToHaveSkills]))];
    const skills = (await manager.query('SELECT id, label FROM skill WHERE label = ANY($1)', [labels])) as { id: string; label: string }[];
    const skillId = new Map(skills.map((skill) => [skill.label, skill.id]));
    const ids = (wanted: string[]) => wanted.flatMap((label) => skillId.get(label) ?? []);
    const comuni = (await manager.query('SELECT code, district_code AS "districtCode" FROM comune')) as { code: string; districtCode: string }[];
    const districtOf = new Map(comuni.map((comune) => [comune.code, comune.districtCode]));
    for (const { company, requiredSkills, niceToHaveSkills, startInDays, ...slot } of DEMO_SLOTS) {
      const companyId = companies.get(company);
      const districtCode = districtOf.get(slot.comuneCode);
      const required = ids(requiredSkills);
      if (!companyId || !districtCode || required.length === 0) continue;
      await manager.save(Slot, {
        ...slot,
        companyId,
        districtCode,
        requiredSkillIds: required,
        niceToHaveSkillIds: ids(niceToHaveSkills),
        freeSkillLabels: [],
        startDate: new Date(now.getTime() + startInDays * 86_400_000).toISOString().slice(0, 10),
        languages: [{ code: 'it', minLevel: 'A2' }],
        drivingLicenceRequired: false,
        contentChangedAt: now,
        publishedAt: slot.status === SlotStatus.OPEN ? now : null,
      });
    }
  }

  private printAccounts(): void {
    const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
    const lines = [
      'Demo data seeded. Every demo account uses the password:',
      `  ${DEMO_PASSWORD}`,
      ...DEMO_USERS.map((user) => `  ${user.email.padEnd(width)}  ${user.role}`),
    ];
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
