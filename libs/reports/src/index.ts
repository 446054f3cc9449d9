export { GapReport, GapsArgs, SkillGap } from './dto/gaps.type';
export { OutcomeReport } from './dto/outcome-report.type';
export { ReportRow, ReportTable } from './dto/report-table.type';
export { GapsService } from './gaps.service';
export { OutcomeReportService } from './outcome-report.service';
export { tablesToCsv } from './report-csv';
export { ReportError, ReportErrorCode } from './reports.errors';
export { ReportsModule } from './reports.module';
export { SMALL_CELL_THRESHOLD, suppressSmallCells } from './suppression';
