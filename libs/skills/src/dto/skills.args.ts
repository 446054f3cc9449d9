import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_SKILL_SEARCH_SIZE, MAX_SKILL_SEARCH_SIZE } from '../skills.service';

@ArgsType()
export class SkillsArgs {
  @Field(() => String, { nullable: true, description: 'What the user typed; case and accents do not matter. Omitted: the list alphabetically.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only skills of this group, e.g. LOGISTICA.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  groupCode?: string;

  @Field(() => Int, { defaultValue: DEFAULT_SKILL_SEARCH_SIZE, description: `How many, 1 to ${MAX_SKILL_SEARCH_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SKILL_SEARCH_SIZE)
  first: number = DEFAULT_SKILL_SEARCH_SIZE;
}
