import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A section (A–U) of the ATECO 2007 classification of economic activities.' })
export class AtecoSection {
  @Field({ description: 'The section letter, A to U.' })
  code!: string;

  @Field({ description: 'The Italian label of ISTAT.' })
  label!: string;
}
