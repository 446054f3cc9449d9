import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One row of a report table; a null count is suppressed (small cell or its complement).' })
export class ReportRow {
  @Field()
  key!: string;

  @Field(() => [Int], { nullable: 'items' })
  cells!: (number | null)[];

  @Field(() => Int, { nullable: true })
  total!: number | null;
}

@ObjectType({ description: 'A two-way table of people, with its totals, after small-cell suppression.' })
export class ReportTable {
  @Field({ description: 'What is counted, e.g. STARTED or DECLINE_REASONS.' })
  name!: string;

  @Field({ description: 'What the rows are, e.g. DISTRICT.' })
  rowDimension!: string;

  @Field({ description: 'What the columns are, e.g. CHANNEL/KIND.' })
  columnDimension!: string;

  @Field(() => [String])
  columnKeys!: string[];

  @Field(() => [ReportRow])
  rows!: ReportRow[];

  @Field(() => [Int], { nullable: 'items' })
  columnTotals!: (number | null)[];

  @Field(() => Int, { nullable: true })
  grandTotal!: number | null;
}
