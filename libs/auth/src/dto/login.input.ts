import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit TOTP code, for users with a second factor.' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totpCode?: string;
}
