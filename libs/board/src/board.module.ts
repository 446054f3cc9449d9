import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlboModule } from '@ipl/albo';
import { CompaniesModule } from '@ipl/companies';
import { BoardMembership } from './board-membership.entity';
import { BoardResolver } from './board.resolver';
import { BoardService } from './board.service';
import { CompanyStanding } from './company-standing.service';

@Module({
  imports: [TypeOrmModule.forFeature([BoardMembership]), CompaniesModule, AlboModule],
  providers: [BoardService, CompanyStanding, BoardResolver],
  exports: [BoardService, CompanyStanding],
})
export class BoardModule {}
