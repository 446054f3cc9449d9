import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation e-mail.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  password!: string;
}
