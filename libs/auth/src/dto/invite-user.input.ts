import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Role } from '@ipl/access';

@InputType({ description: 'Who to invite, with which role and scope. The scope must fit the role.' })
export class InviteUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'For COMPANY_HR and BOARD_MEMBER.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => ID, { nullable: true, description: 'For OPERATOR; the district follows the organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'For DISTRICT_COORDINATOR.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;
}
