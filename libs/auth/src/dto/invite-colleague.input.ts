import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';

@InputType({ description: "A colleague to invite with the caller's own role and scope." })
export class InviteColleagueInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}
