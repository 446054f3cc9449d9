import { registerEnumType } from '@nestjs/graphql';

/** DRAFT → OPEN → FILLED | CLOSED; an OPEN slot left unchanged too long goes back to DRAFT. */
export enum SlotStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  /** Every opening is taken; taking none back reopens it. */
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

registerEnumType(SlotStatus, { name: 'SlotStatus' });
