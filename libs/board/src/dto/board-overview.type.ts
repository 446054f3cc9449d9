import { Field, ObjectType } from '@nestjs/graphql';
import { AlboStatus } from '@ipl/albo';
import { Company } from '@ipl/companies';
import { BoardMembership } from '../board-membership.entity';

@ObjectType({ description: 'A company on the board, and whether it is in the Albo.' })
export class BoardSeat {
  @Field(() => BoardMembership)
  membership!: BoardMembership;

  @Field(() => Company)
  company!: Company;

  @Field({ description: 'Admitted in the Albo with a logo in its term. A board company not in the Albo is flagged.' })
  inAlbo!: boolean;

  @Field(() => AlboStatus, { nullable: true, description: 'Its Albo status, null if it never applied.' })
  alboStatus!: AlboStatus | null;
}

@ObjectType({ description: 'The structured relation between the Protocol’s board and the Albo.' })
export class BoardOverview {
  @Field(() => [BoardSeat], { description: 'Companies on the board today.' })
  seats!: BoardSeat[];

  @Field(() => [Company], { description: 'Companies admitted in the Albo that are not on the board.' })
  admittedNotOnBoard!: Company[];
}
