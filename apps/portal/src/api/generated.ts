/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type RefreshTokenInput = {
  refreshToken: string;
};

export type Role =
  | 'ADMIN'
  | 'BOARD_MEMBER'
  | 'COMPANY_HR'
  | 'DISTRICT_COORDINATOR'
  | 'OPERATOR';

export type SlotKind =
  | 'AVVICINAMENTO_AL_LAVORO'
  | 'JOB'
  | 'TIROCINIO';

export type SlotStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

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
export const AlboFiltersDocument = new TypedDocumentString(`
    query AlboFilters {
  districts {
    code
    name
  }
  atecoSections {
    code
    label
  }
  alboSections {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<AlboFiltersQuery, AlboFiltersQueryVariables>;
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
      endCursor
      hasNextPage
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
    `) as unknown as TypedDocumentString<AlboQuery, AlboQueryVariables>;
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
export const MySlotsDocument = new TypedDocumentString(`
    query MySlots($companyId: ID!, $first: Int!, $after: String) {
  slots(companyId: $companyId, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
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
    `) as unknown as TypedDocumentString<MySlotsQuery, MySlotsQueryVariables>;