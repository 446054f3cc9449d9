import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsAtecoCode } from '../is-ateco-code.decorator';
import { IsPartitaIva } from '../is-partita-iva.decorator';
import { SizeBand } from '../size-band.enum';
import { CompanySiteInput } from './company-site.input';

@InputType()
export class CreateCompanyInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  legalName!: string;

  @Field({ description: '11 digits with a valid check digit; unique.' })
  @IsPartitaIva()
  partitaIva!: string;

  @Field({ description: 'ATECO 2007 code of the main activity, e.g. 10.71.10.' })
  @IsAtecoCode()
  atecoCode!: string;

  @Field(() => SizeBand)
  @IsEnum(SizeBand)
  sizeBand!: SizeBand;

  @Field()
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  @Field(() => [CompanySiteInput], { description: 'One or more operating sites; the first is the main one.' })
  @ValidateNested({ each: true })
  @Type(() => CompanySiteInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sites!: CompanySiteInput[];
}
