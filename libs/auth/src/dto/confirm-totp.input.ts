import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@InputType()
export class ConfirmTotpInput {
  @Field()
  @Matches(/^\d{6}$/)
  code!: string;
}
