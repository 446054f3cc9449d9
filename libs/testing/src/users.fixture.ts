import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { argon2id, hash } from 'argon2';
import { DataSource } from 'typeorm';
import { graphqlOk } from './graphql-client';

export const TEST_PASSWORD = 'Password-for-tests-1';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: string;
  companyId: string | null;
  organisationId: string | null;
  districtCode: string | null;
}

export interface TestUserScope {
  companyId?: string;
  organisationId?: string;
  districtCode?: string;
}

/** Inserts a user directly (one argon2 hash per test file, not per user). */
export async function createUser(dataSource: DataSource, role: string, scope: TestUserScope = {}): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD, { type: argon2id });
  const email = `${role.toLowerCase()}.${randomBytes(4).toString('hex')}@test.example`;
  const [row] = (await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, role, company_id, organisation_id, district_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, email, role, company_id AS "companyId", organisation_id AS "organisationId", district_code AS "districtCode"`,
    [email, `Test ${role}`, await passwordHash, role, scope.companyId ?? null, scope.organisationId ?? null, scope.districtCode ?? null],
  )) as TestUser[];
  return row;
}

export async function createCompany(dataSource: DataSource, legalName = 'Azienda di prova S.r.l.'): Promise<string> {
  const digits = Array.from({ length: 10 }, () => Math.floor(Math.random() * 10)).join('');
  const [row] = (await dataSource.query('INSERT INTO company (legal_name, partita_iva) VALUES ($1, $2) RETURNING id', [
    legalName,
    digits + checkDigit(digits),
  ])) as { id: string }[];
  return row.id;
}

export async function createOrganisation(dataSource: DataSource, districtCode: string, channel = 'SOCIAL_SERVICES'): Promise<string> {
  const [row] = (await dataSource.query('INSERT INTO organisation (name, channel, district_code) VALUES ($1, $2, $3) RETURNING id', [
    `Organizzazione di prova ${districtCode}`,
    channel,
    districtCode,
  ])) as { id: string }[];
  return row.id;
}

/** The partita IVA check digit (Luhn-like, over the first ten digits). */
function checkDigit(digits: string): string {
  const sum = [...digits].reduce((total, char, index) => {
    const n = Number(char) * (index % 2 === 1 ? 2 : 1);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export async function signIn(server: Server, email: string, password = TEST_PASSWORD): Promise<Session> {
  const data = await graphqlOk<{ login: Session }>(
    server,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
    { input: { email, password } },
  );
  return data.login;
}
