import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class CreateAlboSectionInput {
  @Field({ description: 'Upper case letters, digits and underscores, e.g. POLITICHE_DI_GENERE.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  code!: string;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(160)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}

@InputType()
export class UpdateAlboSectionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(160)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'Inactive sections take no new applications.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}
