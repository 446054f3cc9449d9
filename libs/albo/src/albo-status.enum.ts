import { registerEnumType } from '@nestjs/graphql';

/** Where a company stands in the Albo metropolitano delle Aziende inclusive. */
export enum AlboStatus {
  /** Applied; waiting for the Commission's review. */
  PENDING = 'PENDING',
  /** In the Albo, with a valid logo. */
  ADMITTED = 'ADMITTED',
  REJECTED = 'REJECTED',
  /** Temporarily out of the Albo; can be re-admitted with the same logo. */
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  /** The logo's term ended without a renewal. */
  EXPIRED = 'EXPIRED',
}

registerEnumType(AlboStatus, { name: 'AlboStatus' });

/** The state of one logo number, kept after the company moves on, so that old numbers still verify. */
export enum AlboLogoState {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

/** What a public check of a logo number answers. */
export enum LogoVerificationStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(LogoVerificationStatus, { name: 'LogoVerificationStatus' });

/** The steps of the Albo's procedure, as recorded in its history. */
export enum AlboDecisionKind {
  APPLIED = 'APPLIED',
  ADMITTED = 'ADMITTED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  READMITTED = 'READMITTED',
  REVOKED = 'REVOKED',
  RENEWAL_REQUESTED = 'RENEWAL_REQUESTED',
  RENEWED = 'RENEWED',
  LAPSED = 'LAPSED',
}

registerEnumType(AlboDecisionKind, { name: 'AlboDecisionKind' });
