import { createHash } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { graphql, graphqlOk, mailsTo, type GraphqlRequestOptions, type GraphqlResponse } from '@ipl/testing';

/** The auth operations as the portal sends them, shared by the e2e/auth files. */

const PAYLOAD = 'accessToken refreshToken expiresIn secondFactorPending user { id email role companyId organisationId districtCode }';

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${PAYLOAD} } }`;
export const REFRESH = `mutation Refresh($input: RefreshTokenInput!) { refreshToken(input: $input) { ${PAYLOAD} } }`;
export const LOGOUT = 'mutation Logout { logout }';
export const ME = 'query Me { me { id email displayName role companyId organisationId districtCode secondFactorEnabled disabledAt } }';
export const INVITE = 'mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email role expiresAt } }';
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${PAYLOAD} } }`;
export const ENROL = 'mutation Enrol($proof: ReplaceSecondFactorInput) { enrolSecondFactor(proof: $proof) { secret otpauthUri } }';
export const CONFIRM = `mutation Confirm($input: ConfirmTotpInput!) { confirmSecondFactor(input: $input) { ${PAYLOAD} } }`;
export const DISABLE = 'mutation Disable($id: ID!) { disableUser(id: $id) { id email disabledAt } }';
export const ENABLE = 'mutation Enable($id: ID!) { enableUser(id: $id) { id email disabledAt } }';

export interface Payload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  secondFactorPending: boolean;
  user: { id: string; email: string; role: string; companyId: string | null; organisationId: string | null; districtCode: string | null };
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: string;
  companyId: string | null;
  organisationId: string | null;
  districtCode: string | null;
  secondFactorEnabled: boolean;
  disabledAt: string | null;
}

export function login(
  server: Server,
  input: { email: string; password: string; totpCode?: string },
  options: GraphqlRequestOptions = {},
): Promise<GraphqlResponse<{ login: Payload }>> {
  return graphql<{ login: Payload }>(server, LOGIN, { input }, options);
}

export async function loginOk(server: Server, input: { email: string; password: string; totpCode?: string }): Promise<Payload> {
  return (await graphqlOk<{ login: Payload }>(server, LOGIN, { input })).login;
}

export function refresh(server: Server, refreshToken: string): Promise<GraphqlResponse<{ refreshToken: Payload }>> {
  return graphql<{ refreshToken: Payload }>(server, REFRESH, { input: { refreshToken } });
}

export function me(server: Server, token: string): Promise<GraphqlResponse<{ me: Me }>> {
  return graphql<{ me: Me }>(server, ME, {}, { token });
}

/** The one-time token of the newest invitation e-mail to this address (the `token=` of its link). */
export async function invitationToken(dataSource: DataSource, email: string): Promise<string> {
  const mails = (await mailsTo(dataSource, email)).filter((mail) => mail.kind === 'invitation');
  const body = mails.at(-1)?.body;
  if (!body) throw new Error(`No invitation e-mail to ${email}`);
  const link = body.match(/https?:\/\/\S+/)?.[0];
  const token = link ? new URL(link).searchParams.get('token') : null;
  if (!token) throw new Error(`No token in the invitation e-mail to ${email}: ${body}`);
  return token;
}

/** The TOTP code an authenticator app shows now. */
export function totpCode(secret: string): Promise<string> {
  return generate({ secret });
}

/**
 * The code of the next 30-second step, which the API accepts (±30 s for clock drift): a code is
 * good only once, so a sign-in right after the enrolment's confirmation needs this one.
 */
export function nextTotpCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
}

/** A well-formed code that no window the server tolerates (±30 s, with margin) would accept. */
export async function wrongTotpCode(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const near = new Set(await Promise.all([-90, -60, -30, 0, 30, 60, 90].map((shift) => generate({ secret, epoch: now + shift }))));
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

/** A unique e-mail address for a person who does not exist yet. */
export function newEmail(prefix: string): string {
  return `${prefix}.${Math.random().toString(36).slice(2, 10)}@test.example`;
}

export interface LoginFailureRow {
  clientAddress: string;
  failedCount: number;
  lockedUntil: Date | null;
}

/** The failures counted against this e-mail, one row per client address. */
export function loginFailures(dataSource: DataSource, email: string): Promise<LoginFailureRow[]> {
  const accountKey = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return dataSource.query(
    `SELECT client_address AS "clientAddress", failed_count AS "failedCount", locked_until AS "lockedUntil"
     FROM login_failure WHERE account_key = $1 ORDER BY client_address`,
    [accountKey],
  ) as Promise<LoginFailureRow[]>;
}

/**
 * `login` sent from another loopback address (127.0.0.2, 127.0.0.3 …), as a client elsewhere
 * on the network would: Linux routes the whole 127/8 to the loopback interface.
 */
export async function loginFrom(
  server: Server,
  localAddress: string,
  input: { email: string; password: string; totpCode?: string },
): Promise<GraphqlResponse<{ login: Payload }>> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const body = JSON.stringify({ query: LOGIN, variables: { input } });
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      { host: '127.0.0.1', port, localAddress, path: '/graphql', method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const parsed = JSON.parse(text) as { data?: { login: Payload } | null; errors?: GraphqlResponse<unknown>['errors'] };
          resolve({ status: response.statusCode ?? 0, data: parsed.data ?? null, errors: parsed.errors, headers: {} });
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}
