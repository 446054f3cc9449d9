import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  /** Staff of the Città metropolitana / CTSSM office: the Albo, the board, invitations. */
  ADMIN = 'ADMIN',
  /** HR staff of one company. */
  COMPANY_HR = 'COMPANY_HR',
  /** A person from a company on the Protocol's board: aggregates only. */
  BOARD_MEMBER = 'BOARD_MEMBER',
  /** A district operator of a Servizio Sociale Territoriale or a Caritas. */
  OPERATOR = 'OPERATOR',
  /** The district's Ufficio di Piano: district figures only. */
  DISTRICT_COORDINATOR = 'DISTRICT_COORDINATOR',
}

registerEnumType(Role, { name: 'Role' });
