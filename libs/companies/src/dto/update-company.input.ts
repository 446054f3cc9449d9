import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsAtecoCode } from '../is-ateco-code.decorator';
import { SizeBand } from '../size-band.enum';
import { CompanySiteInput } from './company-site.input';

/** The fields to change; the partita IVA identifies the company and does not change. */
@InputType()
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  legalName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsAtecoCode()
  atecoCode?: string;

  @Field(() => SizeBand, { nullable: true })
  @IsOptional()
  @IsEnum(SizeBand)
  sizeBand?: SizeBand;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @Field(() => [CompanySiteInput], { nullable: true, description: 'Replaces every site; the first is the main one.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => CompanySiteInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sites?: CompanySiteInput[];
}
