import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { Channel } from '../channel.enum';

const PHONE = /^\+?[0-9 .\-/]{6,40}$/;

@InputType({ description: 'A new Servizio Sociale Territoriale or Caritas.' })
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name!: string;

  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field({ description: 'District code, e.g. SAVENA_IDICE.' })
  @IsString()
  @MaxLength(40)
  districtCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE)
  contactPhone?: string;
}

@InputType({ description: 'Changes to an organisation; the channel never changes (its candidates carry it in their code).' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE)
  contactPhone?: string;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => Channel, { nullable: true })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;
}
