import { Module } from '@nestjs/common';
import { BoardModule } from '@ipl/board';
import { TerritoryModule } from '@ipl/territory';
import { GapsService } from './gaps.service';
import { OutcomeReportService } from './outcome-report.service';
import { OutcomeReleases } from './release/outcome-releases';
import { SupplyReleases } from './release/supply-releases';
import { ReportsResolver } from './reports.resolver';
import { GapSnapshotJob } from './snapshot/gap-snapshot.job';

@Module({
  imports: [BoardModule, TerritoryModule],
  providers: [OutcomeReleases, SupplyReleases, OutcomeReportService, GapsService, GapSnapshotJob, ReportsResolver],
  exports: [GapSnapshotJob],
})
export class ReportsModule {}
