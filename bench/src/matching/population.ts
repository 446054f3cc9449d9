import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, type AuthUser } from '@ipl/access';
import { AlboService } from '@ipl/albo';
import { PasswordHasher, User } from '@ipl/auth';
import { CompaniesService } from '@ipl/companies';
import { Channel, OrganisationsService } from '@ipl/organisations';
import { DataSet, territory } from './dataset';
import { inParallel } from './parallel';
import { Random } from './random';

/** Every bench user's password (a throw-away database). */
export const BENCH_PASSWORD = 'Bench-password-2026';

export interface BenchOrganisation {
  districtCode: string;
  channel: Channel;
  operator: AuthUser;
}

export interface BenchCompany {
  id: string;
  trade: string;
  comuneCode: string;
  hr: AuthUser;
  hrEmail: string;
}

export interface Population {
  admin: AuthUser;
  organisations: BenchOrganisation[];
  companies: BenchCompany[];
}

/**
 * The people and bodies the import acts as: an admin, Servizi Sociali Territoriali and Caritas
 * in every district (more where more people live) with one operator each, and companies admitted
 * to the Albo (so that their slots can be published), each with one HR user.
 */
export async function createPopulation(app: INestApplication, companyCount: number, seed: number): Promise<Population> {
  const hasher = app.get(PasswordHasher);
  const users = app.get(DataSource).getRepository(User);
  const passwordHash = await hasher.hash(BENCH_PASSWORD);
  let userCount = 0;
  const user = async (role: Role, scope: Partial<Pick<User, 'companyId' | 'organisationId' | 'districtCode'>> = {}): Promise<AuthUser & { email: string }> => {
    userCount += 1;
    const saved = await users.save({
      email: `${role.toLowerCase()}.${userCount}@bench.example`,
      displayName: `Bench ${role} ${userCount}`,
      role,
      passwordHash,
      scopeAdmin: role !== Role.ADMIN,
      companyId: scope.companyId ?? null,
      organisationId: scope.organisationId ?? null,
      districtCode: scope.districtCode ?? null,
    });
    return { id: saved.id, email: saved.email, role, companyId: saved.companyId, organisationId: saved.organisationId, districtCode: saved.districtCode, scopeAdmin: saved.scopeAdmin, secondFactorPending: false };
  };
  const admin = await user(Role.ADMIN);

  const organisationsService = app.get(OrganisationsService);
  const data = new DataSet(new Random(seed));
  const organisations: BenchOrganisation[] = [];
  for (const districtCode of territory().districts) {
    const share = data.populationShare(districtCode);
    const channels = [
      ...Array.from({ length: Math.max(1, Math.round(share * 12)) }, () => Channel.SOCIAL_SERVICES),
      ...Array.from({ length: Math.max(1, Math.round(share * 5)) }, () => Channel.CARITAS),
    ];
    for (const [index, channel] of channels.entries()) {
      const name = `${channel === Channel.CARITAS ? 'Caritas' : 'Servizio Sociale Territoriale'} ${districtCode} ${index + 1}`;
      const organisation = await organisationsService.create({ name, channel, districtCode }, admin);
      organisations.push({ districtCode, channel, operator: await user(Role.OPERATOR, { organisationId: organisation.id, districtCode }) });
    }
  }

  const companiesService = app.get(CompaniesService);
  const albo = app.get(AlboService);
  const companies: BenchCompany[] = new Array<BenchCompany>(companyCount);
  await inParallel(companyCount, 4, async (index) => {
    const company = new DataSet(new Random(seed * 7919 + index));
    const trade = company.trade();
    const comuneCode = company.comuneIn(company.district());
    const created = await companiesService.create(company.company(index + 1, trade, comuneCode), admin);
    const hr = await user(Role.COMPANY_HR, { companyId: created.id });
    await albo.apply({ sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: { law68ObligationsMet: true, inclusivePathRun: true, metropolitanSite: true } }, hr);
    await albo.admit({ companyId: created.id, comment: 'Requisiti verificati' }, admin);
    companies[index] = { id: created.id, trade, comuneCode, hr, hrEmail: hr.email };
  });
  return { admin, organisations, companies };
}
