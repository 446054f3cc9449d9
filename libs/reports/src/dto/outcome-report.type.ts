import { ArgsType, Field, Float, ObjectType } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { PERIOD_PATTERN } from '@ipl/needs';
import { ReportTable } from './report-table.type';

@ArgsType()
export class OutcomeReportArgs {
  @Field({ description: 'A quarter (2026-Q1) or a half-year (2026-H1, the sum of its quarters): the proposals made in it, followed to their state at the district’s latest release (re-counted once at least 5 of its people changed).' })
  @IsString()
  @Matches(PERIOD_PATTERN)
  period!: string;
}

@ObjectType({ description: "A row's rates, from its published totals; null when a total is suppressed or zero." })
export class OutcomeRates {
  @Field()
  key!: string;

  @Field(() => Float, { nullable: true, description: 'started / proposed' })
  started!: number | null;

  @Field(() => Float, { nullable: true, description: 'completed / started' })
  completed!: number | null;

  @Field(() => Float, { nullable: true, description: 'hired / started' })
  hired!: number | null;

  @Field(() => Float, { nullable: true, description: 'interrupted / started' })
  interrupted!: number | null;

  @Field(() => Float, { nullable: true, description: 'expired / proposed' })
  expired!: number | null;
}

@ObjectType({ description: 'Outcome report for the Comitato di Distretto and the CTSSM: cells under 5 people are suppressed.' })
export class OutcomeReport {
  @Field()
  period!: string;

  @Field(() => String, { nullable: true, description: "The coordinator's district; null for the whole metropolitan area." })
  districtCode!: string | null;

  @Field(() => [ReportTable], { description: 'One table per measure (rows DISTRICT, columns CHANNEL/KIND), then reasons and assessments by CHANNEL, for the whole metropolitan area only (a coordinator gets the measure tables).' })
  tables!: ReportTable[];

  @Field(() => [OutcomeRates])
  rates!: OutcomeRates[];
}
