export { NeedsAnalysisLine } from './needs-analysis-line.entity';
export { NeedsAnalysisStatus, NeedsPriority, NeedsReviewAction } from './needs-analysis-status.enum';
export { NeedsAnalysis } from './needs-analysis.entity';
export { lastQuarterOf, parsePeriod, previousPeriods, PERIOD_PATTERN, quarterOfDay, type Period } from './needs-period';
export { NeedsReview } from './needs-review.entity';
export { NeedsError, NeedsErrorCode } from './needs.errors';
export { NeedsModule } from './needs.module';
export { NeedsService } from './needs.service';
