import { registerEnumType } from '@nestjs/graphql';

/** Where a new entrepreneurial project stands. */
export enum ProjectStage {
  IDEA = 'IDEA',
  PLANNING = 'PLANNING',
  STARTING = 'STARTING',
  RUNNING = 'RUNNING',
  CLOSED = 'CLOSED',
}
registerEnumType(ProjectStage, { name: 'ProjectStage' });

/** What a project needs from the board's companies. */
export enum ProjectNeedKind {
  MENTORING = 'MENTORING',
  PREMISES = 'PREMISES',
  EQUIPMENT = 'EQUIPMENT',
  FIRST_CUSTOMERS = 'FIRST_CUSTOMERS',
  CREDIT = 'CREDIT',
  OTHER = 'OTHER',
}
registerEnumType(ProjectNeedKind, { name: 'ProjectNeedKind' });

/** OPEN until an offer on it is accepted. */
export enum ProjectNeedStatus {
  OPEN = 'OPEN',
  MET = 'MET',
}
registerEnumType(ProjectNeedStatus, { name: 'ProjectNeedStatus' });

/** OFFERED by a board member; ACCEPTED or DECLINED by the project's operator (or an admin). */
export enum ProjectOfferStatus {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ProjectOfferStatus, { name: 'ProjectOfferStatus' });
