export { NeedsAnalysisLine } from './needs-analysis-line.entity';
export { NeedsAnalysisStatus, NeedsPriority, NeedsReviewAction } from './needs-analysis-status.enum';
export { NeedsAnalysis } from './needs-analysis.entity';
export { parsePeriod, previousPeriods, PERIOD_PATTERN, type Period } from './needs-period';
export { NeedsReview } from './needs-review.entity';
export { NeedsError, NeedsErrorCode } from './needs.errors';
export { NeedsModule } from './needs.module';
export { NeedsService } from './needs.service';
