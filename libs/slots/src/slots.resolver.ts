import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { CompaniesService, CompanyCard } from '@ipl/companies';
import type { GraphqlContext } from '@ipl/core';
import { Skill, SkillsService } from '@ipl/skills';
import { Comune, District, TerritoryService } from '@ipl/territory';
import { CreateSlotInput } from './dto/create-slot.input';
import { SlotConnection } from './dto/slot-connection.type';
import { SlotIntakeInput } from './dto/slot-intake.input';
import { SlotsArgs } from './dto/slots.args';
import { UpdateSlotInput } from './dto/update-slot.input';
import { Slot } from './slot.entity';
import { SlotsService } from './slots.service';

@Resolver(() => Slot)
export class SlotsResolver {
  constructor(
    private readonly slotsService: SlotsService,
    private readonly companies: CompaniesService,
    private readonly territory: TerritoryService,
    private readonly skills: SkillsService,
  ) {}

  @Roles(...ALL_ROLES)
  @Query(() => SlotConnection, { description: 'Published slots, plus every slot of the caller’s own company (all slots for ADMIN).' })
  slots(@Args() args: SlotsArgs, @CurrentUser() user: AuthUser): Promise<SlotConnection> {
    return this.slotsService.list(args, user);
  }

  @Roles(...ALL_ROLES)
  @Query(() => Slot)
  slot(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.get(id, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Slot, { description: 'Creates a DRAFT slot for the caller’s company.' })
  createSlot(@Args('input') input: CreateSlotInput, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.create(input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Slot)
  updateSlot(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSlotInput, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.update(id, input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Slot, { description: 'DRAFT → OPEN; only for a company ADMITTED in the Albo or on the board.' })
  publishSlot(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.publish(id, user);
  }

  @Roles(Role.COMPANY_HR, Role.ADMIN)
  @Mutation(() => Slot)
  closeSlot(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.close(id, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Slot, { description: 'Confirms an OPEN slot is still current, so that it is not unpublished as stale.' })
  confirmSlot(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.confirm(id, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => Slot, { description: 'Pauses new proposals until a day, or caps them per month.' })
  setSlotIntake(@Args('id', { type: () => ID }) id: string, @Args('input') input: SlotIntakeInput, @CurrentUser() user: AuthUser): Promise<Slot> {
    return this.slotsService.setIntake(id, input, user);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => Int, { nullable: true })
  openingsLeft(@Parent() slot: Slot): number {
    return slot.openings - slot.openingsTaken;
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => CompanyCard, { nullable: true, description: 'The public card only: every role reads slots, not every role may read the company.' })
  company(@Parent() slot: Slot, @Context() context: GraphqlContext): Promise<CompanyCard | null> {
    return this.companies.loaders(context.loaders).card(slot.companyId, this.territory.loaders(context.loaders));
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => Comune, { nullable: true })
  comune(@Parent() slot: Slot, @Context() context: GraphqlContext): Promise<Comune | null> {
    return this.territory.loaders(context.loaders).comune(slot.comuneCode);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => District, { nullable: true })
  district(@Parent() slot: Slot, @Context() context: GraphqlContext): Promise<District | null> {
    return this.territory.loaders(context.loaders).district(slot.districtCode);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => [Skill], { nullable: true })
  async requiredSkills(@Parent() slot: Slot, @Context() context: GraphqlContext): Promise<Skill[]> {
    return this.skillsOf(slot.requiredSkillIds, context);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => [Skill], { nullable: true })
  async niceToHaveSkills(@Parent() slot: Slot, @Context() context: GraphqlContext): Promise<Skill[]> {
    return this.skillsOf(slot.niceToHaveSkillIds, context);
  }

  private async skillsOf(ids: string[], context: GraphqlContext): Promise<Skill[]> {
    const loaders = this.skills.loaders(context.loaders);
    const skills = await Promise.all(ids.map((id) => loaders.skill(id)));
    return skills.filter((skill) => skill !== null);
  }
}
