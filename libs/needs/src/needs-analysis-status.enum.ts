import { registerEnumType } from '@nestjs/graphql';

/** DRAFT → SUBMITTED; a submitted analysis is read-only and is SUPERSEDED when a new version is submitted. */
export enum NeedsAnalysisStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(NeedsAnalysisStatus, { name: 'NeedsAnalysisStatus' });

/** The board's priority for an analysis. */
export enum NeedsPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(NeedsPriority, { name: 'NeedsPriority' });

/** What a board member did on an analysis; every action is one entry of its review history. */
export enum NeedsReviewAction {
  REVIEWED = 'REVIEWED',
  COMMENTED = 'COMMENTED',
  PRIORITY_SET = 'PRIORITY_SET',
}
registerEnumType(NeedsReviewAction, { name: 'NeedsReviewAction' });
