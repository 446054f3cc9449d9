import { Args, Context, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { Public } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { Comune } from './comune.entity';
import { District } from './district.entity';
import { TerritoryService } from './territory.service';

@Resolver(() => District)
export class DistrictResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Public()
  @Query(() => [District], { description: 'The 7 distretti socio-sanitari.' })
  districts(): Promise<District[]> {
    return this.territory.listDistricts();
  }

  @Public()
  @Query(() => District, { nullable: true })
  district(@Args('code') code: string): Promise<District | null> {
    return this.territory.findDistrict(code);
  }

  @Public()
  @Query(() => [Comune], { description: "The comuni of one district, or all 55 when no district is given." })
  comuni(@Args('districtCode', { nullable: true }) districtCode?: string): Promise<Comune[]> {
    return districtCode ? this.territory.comuniOfDistricts([districtCode]) : this.territory.allComuni();
  }

  @Public()
  @ResolveField('comuni', () => [Comune])
  comuniOfDistrict(@Parent() district: District, @Context() context: GraphqlContext): Promise<Comune[]> {
    return this.territory.loaders(context.loaders).comuniOf(district.code);
  }

  @Public()
  @ResolveField(() => [District], { description: 'Districts sharing a border, preferred after the same district.' })
  neighbours(@Parent() district: District, @Context() context: GraphqlContext): Promise<District[]> {
    return this.territory.loaders(context.loaders).neighboursOf(district.code);
  }
}

@Resolver(() => Comune)
export class ComuneResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Public()
  @ResolveField(() => District)
  async district(@Parent() comune: Comune, @Context() context: GraphqlContext): Promise<District | null> {
    return this.territory.loaders(context.loaders).district(comune.districtCode);
  }
}
