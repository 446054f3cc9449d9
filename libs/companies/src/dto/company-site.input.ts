import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class CompanySiteInput {
  @Field({ description: 'Code of a comune of the metropolitan area, e.g. CASALECCHIO_DI_RENO.' })
  @IsString()
  @MaxLength(60)
  @Matches(/^[A-Z0-9_]+$/)
  comuneCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;
}
