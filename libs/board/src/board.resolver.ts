import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { BoardMembership } from './board-membership.entity';
import { BoardService } from './board.service';
import { AddToBoardInput, RemoveFromBoardInput } from './dto/board.input';
import { BoardOverview } from './dto/board-overview.type';

@Resolver(() => BoardMembership)
export class BoardResolver {
  constructor(private readonly boardService: BoardService) {}

  @Roles(Role.ADMIN, Role.BOARD_MEMBER)
  @Query(() => BoardOverview, { description: 'The board today, each company with its Albo flag, and the admitted companies not on the board.' })
  board(@CurrentUser() user: AuthUser): Promise<BoardOverview> {
    return this.boardService.overview(user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BoardMembership)
  addCompanyToBoard(@Args('input') input: AddToBoardInput, @CurrentUser() user: AuthUser): Promise<BoardMembership> {
    return this.boardService.add(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BoardMembership)
  removeCompanyFromBoard(@Args('input') input: RemoveFromBoardInput, @CurrentUser() user: AuthUser): Promise<BoardMembership> {
    return this.boardService.remove(input, user);
  }
}
