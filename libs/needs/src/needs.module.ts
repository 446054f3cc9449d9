import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardModule } from '@ipl/board';
import { CompaniesModule } from '@ipl/companies';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { NeedsAnalysisLine } from './needs-analysis-line.entity';
import { NeedsAnalysisLineResolver } from './needs-analysis-line.resolver';
import { NeedsAnalysis } from './needs-analysis.entity';
import { NeedsAnalysisCompanyResolver, NeedsReviewCompanyResolver } from './needs-companies.resolver';
import { NeedsReview } from './needs-review.entity';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [TypeOrmModule.forFeature([NeedsAnalysis, NeedsAnalysisLine, NeedsReview]), BoardModule, CompaniesModule, SkillsModule, TerritoryModule],
  providers: [NeedsService, NeedsResolver, NeedsAnalysisLineResolver, NeedsAnalysisCompanyResolver, NeedsReviewCompanyResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
