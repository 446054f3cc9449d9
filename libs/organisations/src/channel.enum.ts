import { registerEnumType } from '@nestjs/graphql';

/** The two channels through which fragile people are referred. */
export enum Channel {
  /** A Servizio Sociale Territoriale. */
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  /** A local Caritas or centro d'ascolto. */
  CARITAS = 'CARITAS',
}

registerEnumType(Channel, { name: 'Channel' });
