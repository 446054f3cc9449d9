import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, Matches } from 'class-validator';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

@ObjectType({ description: 'A language the slot needs, with the minimum CEFR level.' })
export class SlotLanguage {
  @Field({ description: 'ISO 639-1 code, e.g. it.' })
  code!: string;

  @Field({ description: 'A1 to C2.' })
  minLevel!: string;
}

@InputType()
export class SlotLanguageInput {
  @Field({ description: 'ISO 639-1 code, e.g. it.' })
  @Matches(/^[a-z]{2}$/)
  code!: string;

  @Field({ description: 'A1 to C2.' })
  @IsIn(CEFR_LEVELS)
  minLevel!: string;
}
