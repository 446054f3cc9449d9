import { registerEnumType } from '@nestjs/graphql';

/** Work shifts a slot involves: matched against what a candidate can do, never a diagnosis. */
export enum Shift {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}

registerEnumType(Shift, { name: 'Shift' });
