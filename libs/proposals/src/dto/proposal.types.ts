import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Proposal } from '../proposal.entity';

@ObjectType()
export class ProposalConnection extends Connection(Proposal) {}

@ObjectType({ description: 'The operator’s work contact, shown to HR only after the person agreed to meet, while the proposal is live.' })
export class OperatorContact {
  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field()
  organisationName!: string;

  @Field(() => String, { nullable: true })
  organisationPhone!: string | null;
}

@ObjectType({ description: 'How a company answers proposals over the last 90 days; figures only from 5 proposals up.' })
export class CompanyProposalSignals {
  @Field(() => ID)
  companyId!: string;

  @Field(() => Int)
  proposals!: number;

  @Field({ description: 'False under 5 proposals: the figures are then null.' })
  enoughData!: boolean;

  @Field(() => Float, { nullable: true, description: 'Median hours from a proposal to the company’s first answer.' })
  medianHoursToFirstAnswer!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of proposals answered, 0 to 1.' })
  answeredShare!: number | null;
}
