import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { ConnectionShape } from '@ipl/core';
import { ProjectConnection } from './dto/project-connection.type';
import { CreateProjectInput, DecideProjectOfferInput, OfferProjectSupportInput, ProjectsArgs, SetProjectStageInput } from './dto/project.inputs';
import { ProjectOffer } from './project-offer.entity';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(private readonly service: ProjectsService) {}

  @Roles(Role.BOARD_MEMBER, Role.OPERATOR, Role.ADMIN)
  @Query(() => ProjectConnection, {
    description: "New entrepreneurial projects, those with open needs first. Board and admins: all; operators: their organisation's.",
  })
  projects(@Args() args: ProjectsArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<Project>> {
    return this.service.list(args, user);
  }

  @Roles(Role.BOARD_MEMBER, Role.OPERATOR, Role.ADMIN)
  @Query(() => Project)
  project(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Project> {
    return this.service.get(id, user);
  }

  @Roles(Role.BOARD_MEMBER, Role.OPERATOR, Role.ADMIN)
  @Query(() => [ProjectOffer], {
    description: "Offers on a project, oldest first: all of them for the project's operator and admins, their own company's for a board member.",
  })
  projectOffers(@Args('projectId', { type: () => ID }, ParseUUIDPipe) projectId: string, @CurrentUser() user: AuthUser): Promise<ProjectOffer[]> {
    return this.service.offers(projectId, user);
  }

  @Roles(Role.OPERATOR, Role.ADMIN)
  @Mutation(() => Project, { description: 'Records a project without identity for the operator’s organisation, with its needs.' })
  createProject(@Args('input') input: CreateProjectInput, @CurrentUser() user: AuthUser): Promise<Project> {
    return this.service.create(input, user);
  }

  @Roles(Role.OPERATOR, Role.ADMIN)
  @Mutation(() => Project, { description: "Moves the project's stage along the allowed transitions; each change is audited." })
  setProjectStage(@Args('input') input: SetProjectStageInput, @CurrentUser() user: AuthUser): Promise<Project> {
    return this.service.setStage(input, user);
  }

  @Roles(Role.BOARD_MEMBER)
  @Mutation(() => ProjectOffer, { description: "A board company offers support on an open need." })
  offerProjectSupport(@Args('input') input: OfferProjectSupportInput, @CurrentUser() user: AuthUser): Promise<ProjectOffer> {
    return this.service.offer(input, user);
  }

  @Roles(Role.OPERATOR, Role.ADMIN)
  @Mutation(() => ProjectOffer, { description: 'Accepts (the need becomes MET) or declines an offer.' })
  decideProjectOffer(@Args('input') input: DecideProjectOfferInput, @CurrentUser() user: AuthUser): Promise<ProjectOffer> {
    return this.service.decide(input, user);
  }
}
