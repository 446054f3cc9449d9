import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { PasswordHasher, User } from '@ipl/auth';
import { Company } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { Organisation } from '@ipl/organisations';
import { DEMO_COMPANIES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/** Seeds a demo on an empty database, so that `npm start` shows something to log in to. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
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
      for (const { key, ...company } of DEMO_COMPANIES) companies.set(key, (await manager.save(Company, company)).id);
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
      await this.audit.record({ actor: null, action: 'demo.seeded', subjectType: 'system', details: { users: DEMO_USERS.length } }, manager);
      return true;
    });
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
