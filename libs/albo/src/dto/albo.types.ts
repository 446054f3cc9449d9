import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AtecoSection } from '@ipl/companies';
import { Connection } from '@ipl/core';
import { Comune, District } from '@ipl/territory';
import { AlboMembership } from '../albo-membership.entity';
import { AlboSection } from '../albo-section.entity';
import { LogoVerificationStatus } from '../albo-status.enum';

@ObjectType({ description: 'An admitted company, as the public register shows it.' })
export class AlboEntry {
  /** Pagination key: the membership id. */
  id!: string;

  @Field(() => ID)
  companyId!: string;

  @Field()
  legalName!: string;

  @Field(() => AtecoSection, { nullable: true })
  sector!: AtecoSection | null;

  @Field(() => Comune, { nullable: true, description: 'The comune of the main site.' })
  comune!: Comune | null;

  @Field(() => District, { nullable: true })
  district!: District | null;

  @Field(() => [AlboSection])
  sections!: AlboSection[];

  @Field()
  logoNumber!: string;

  @Field({ description: 'When the current logo was granted.' })
  logoDate!: Date;

  @Field()
  expiresAt!: Date;
}

@ObjectType()
export class AlboEntryConnection extends Connection(AlboEntry) {}

@ObjectType()
export class AlboMembershipConnection extends Connection(AlboMembership) {}

@ObjectType({ description: 'What a public check of a logo number answers.' })
export class LogoVerification {
  @Field()
  logoNumber!: string;

  @Field(() => LogoVerificationStatus)
  status!: LogoVerificationStatus;

  @Field(() => String, { nullable: true, description: 'The company holding the logo, unless UNKNOWN.' })
  legalName!: string | null;

  @Field(() => Date, { nullable: true })
  grantedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType({
  description:
    "The company's record on the platform during the current logo term, shown to the reviewer beside the declarations. Null figures are not measured yet.",
})
export class AlboEvidence {
  @Field(() => Date, { description: 'Start of the period counted.' })
  since!: Date;

  @Field(() => Int, { nullable: true })
  slotsPublished!: number | null;

  @Field(() => Int, { nullable: true })
  pathsStarted!: number | null;

  @Field(() => Int, { nullable: true })
  pathsCompleted!: number | null;

  @Field(() => Int, { nullable: true })
  hired!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of proposals the company answered.' })
  proposalsAnsweredShare!: number | null;
}
