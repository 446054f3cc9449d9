import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardModule } from '@ipl/board';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { NeedsAnalysisLine } from './needs-analysis-line.entity';
import { NeedsAnalysis } from './needs-analysis.entity';
import { NeedsReview } from './needs-review.entity';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [TypeOrmModule.forFeature([NeedsAnalysis, NeedsAnalysisLine, NeedsReview]), BoardModule, SkillsModule, TerritoryModule],
  providers: [NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
