import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'The admission requirements, each declared by the company.' })
export class AlboDeclarationsInput {
  @Field({ description: 'Obligations under L. 68/99 met, or not due.' })
  @IsBoolean()
  law68ObligationsMet!: boolean;

  @Field({ description: 'At least one inclusive path (hiring, stage or tirocinio) already run for disadvantaged people (L. 381/91 art. 3).' })
  @IsBoolean()
  inclusivePathRun!: boolean;

  @Field({ description: 'An operating site in the metropolitan area; checked against the company sites.' })
  @IsBoolean()
  metropolitanSite!: boolean;

  @Field(() => String, { nullable: true, description: 'What the inclusive path was, in a few words (no personal data).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  inclusivePathNote?: string;
}
