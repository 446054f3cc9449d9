export { BoardMembership } from './board-membership.entity';
export { BoardError, BoardErrorCode } from './board.errors';
export { BoardModule } from './board.module';
export { BoardService } from './board.service';
export { CompanyStandingError, CompanyStandingErrorCode } from './company-standing.errors';
export { CompanyStanding } from './company-standing.service';
