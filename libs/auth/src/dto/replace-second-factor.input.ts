import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Proof needed to replace a second factor already on: the password and a current code of it.' })
export class ReplaceSecondFactorInput {
  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;

  @Field({ description: 'The 6-digit code the authenticator app in use shows now.' })
  @Matches(/^\d{6}$/)
  currentCode!: string;
}
