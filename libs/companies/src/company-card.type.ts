import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Comune, District } from '@ipl/territory';
import { AtecoSection } from './ateco-section.type';

/**
 * What any role may see of a company, as the public Albo shows it: no partita IVA, no contact,
 * no site addresses. The company's own HR reads its full profile through `myCompany`.
 */
@ObjectType({ description: "A company's public card: legal name, sector and where its main site is." })
export class CompanyCard {
  @Field(() => ID)
  id!: string;

  @Field()
  legalName!: string;

  @Field(() => AtecoSection, { nullable: true })
  sector!: AtecoSection | null;

  @Field(() => Comune, { nullable: true, description: 'The comune of the main site.' })
  comune!: Comune | null;

  @Field(() => District, { nullable: true })
  district!: District | null;
}
