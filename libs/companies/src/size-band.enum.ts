import { registerEnumType } from '@nestjs/graphql';

/** Head count bands of the EU SME definition. */
export enum SizeBand {
  /** Fewer than 10 people. */
  MICRO = 'MICRO',
  /** 10 to 49. */
  SMALL = 'SMALL',
  /** 50 to 249. */
  MEDIUM = 'MEDIUM',
  /** 250 or more. */
  LARGE = 'LARGE',
}

registerEnumType(SizeBand, { name: 'SizeBand', description: 'Head count band: MICRO <10, SMALL 10–49, MEDIUM 50–249, LARGE 250+.' });
