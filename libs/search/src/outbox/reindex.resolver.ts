import { Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@ipl/access';
import { SearchReindexer } from './search-reindexer';

@ObjectType()
export class ReindexedIndex {
  @Field()
  indexName!: string;

  @Field(() => Int)
  documents!: number;
}

@Resolver()
export class ReindexResolver {
  constructor(private readonly reindexer: SearchReindexer) {}

  @Roles(Role.ADMIN)
  @Mutation(() => [ReindexedIndex], { description: 'Rebuilds every search index and swaps it in while the API keeps serving.' })
  async reindexSearch(): Promise<ReindexedIndex[]> {
    const counts = await this.reindexer.reindexAll();
    return Object.entries(counts).map(([indexName, documents]) => ({ indexName, documents }));
  }
}
