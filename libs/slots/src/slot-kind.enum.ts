import { registerEnumType } from '@nestjs/graphql';

export enum SlotKind {
  /** A tirocinio (curricular or extracurricular traineeship). */
  TIROCINIO = 'TIROCINIO',
  /** Avvicinamento al lavoro: a first, protected approach to a workplace. */
  AVVICINAMENTO_AL_LAVORO = 'AVVICINAMENTO_AL_LAVORO',
  /** A job with a contract. */
  JOB = 'JOB',
}

registerEnumType(SlotKind, { name: 'SlotKind' });
