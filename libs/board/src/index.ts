export { BoardMembership } from './board-membership.entity';
export { BoardError, BoardErrorCode } from './board.errors';
export { BoardModule } from './board.module';
export { BoardService } from './board.service';
