import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { CoordinatorOutcomeReportCsvDocument, CoordinatorOutcomeReportDocument } from '../api/generated';
import { execute } from '../api/graphql-client';
import { BarChart } from '../board/charts/bar-chart';
import { CHART_COLORS } from '../board/charts/chart-colors';
import { CsvDownloadButton } from '../board/csv-download-button';
import { currentPeriod, periodLabel } from '../board/period';
import { PeriodFields } from '../board/period-fields';
import { WithheldNote } from '../board/report-count';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useQuery } from '../ui/use-query';
import { CodedTable } from './coded-table';
import { OutcomeMeasuresTable } from './outcome-measures-table';
import { OutcomeRatesTable } from './outcome-rates-table';
import { ASSESSMENTS, CHARTED, CODED_TABLES, MEASURES, measureRow, tableNamed } from './outcome-tables';
import { channelKindLabel } from './report-labels';

const SERIES_COLORS = [CHART_COLORS.blue, CHART_COLORS.green, CHART_COLORS.orange, CHART_COLORS.purple];

/** Coordinator: the paths of the district's people proposed in a period, followed to today. */
export function OutcomeReportPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => currentPeriod('Q'));
  const [period, setPeriod] = useState(draft);
  const report = useQuery(CoordinatorOutcomeReportDocument, { period });
  const result = report.data?.outcomeReport;
  const districtName = (code: string) => report.data?.districts.find((district) => district.code === code)?.name ?? code;
  const loadCsv = useCallback(async () => (await execute(CoordinatorOutcomeReportCsvDocument, { period })).outcomeReportCsv, [period]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };
  const districts = result ? (tableNamed(result.tables, MEASURES[0])?.rows.map((row) => row.key) ?? []) : [];
  const columns = result ? (tableNamed(result.tables, MEASURES[0])?.columnKeys ?? []) : [];
  return (
    <section aria-labelledby="outcomes-title">
      <h1 id="outcomes-title">{t('coordinator.title')}</h1>
      <p className="lead">{t('coordinator.intro')}</p>
      <form onSubmit={apply} className="mb-4" aria-label={t('coordinator.filters')}>
        <div className="row mt-3">
          <PeriodFields idPrefix="outcomes" value={draft} onChange={setDraft} />
        </div>
        <Button type="submit" color="primary">{t('coordinator.apply')}</Button>
      </form>
      <div aria-busy={report.loading}>
        <ErrorAlert error={report.error} />
        {report.loading && <Loading />}
        {result && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {t('coordinator.scope', { district: result.districtCode ? districtName(result.districtCode) : t('coordinator.wholeArea'), period: periodLabel(result.period, t) })}
            </p>
            <CsvDownloadButton fileName={`esiti-${result.districtCode ?? 'area-metropolitana'}-${result.period}.csv`} load={loadCsv} />
            {districts.map((district) => {
              const name = districtName(district);
              const rates = result.rates.find((row) => row.key === district);
              return (
                <div key={district}>
                  <h2 className="h3 mt-4">{t('coordinator.paths.title', { district: name })}</h2>
                  <BarChart
                    title={t('coordinator.chart.totals', { district: name, period: periodLabel(result.period, t) })}
                    description={t('board.chart.sameAsTable')}
                    series={[{ name: t('coordinator.total'), color: CHART_COLORS.blue }]}
                    categories={MEASURES.map((measure) => ({ label: t(`coordinator.measure.${measure}`), values: [measureRow(result.tables, measure, district)?.total ?? null] }))}
                    formatValue={formatNumber}
                    withheldLabel={t('board.withheld.chart')}
                  />
                  <BarChart
                    title={t('coordinator.chart.caption', { district: name, period: periodLabel(result.period, t) })}
                    description={t('board.chart.sameAsTable')}
                    series={CHARTED.map((measure, index) => ({ name: t(`coordinator.measure.${measure}`), color: SERIES_COLORS[index] }))}
                    categories={columns
                      .map((column, index) => ({
                        label: channelKindLabel(t, column),
                        values: CHARTED.map((measure) => measureRow(result.tables, measure, district)?.cells[index] ?? null),
                      }))
                      // A channel and kind with nobody in it would only add empty rows to the picture; the table keeps it.
                      .filter((category) => category.values.some((value) => value !== 0))}
                    formatValue={formatNumber}
                    withheldLabel={t('board.withheld.chart')}
                  />
                  <OutcomeMeasuresTable tables={result.tables} district={district} caption={t('coordinator.paths.caption', { district: name, period: periodLabel(result.period, t) })} />
                  <WithheldNote />
                  {rates && <OutcomeRatesTable rates={rates} caption={t('coordinator.rates.caption', { district: name })} />}
                </div>
              );
            })}
            {result.districtCode ? (
              // Reasons and assessments repeat the measures' totals across districts: published for the whole area only.
              <p className="mt-5">{t('coordinator.reasons.metropolitanOnly')}</p>
            ) : (
              <>
                <h2 className="h3 mt-5">{t('coordinator.reasons.title')}</h2>
                {CODED_TABLES.map((name) => {
                  const table = tableNamed(result.tables, name);
                  return table ? <CodedTable key={name} table={table} caption={t(`coordinator.table.${name}`)} codePrefix={`coordinator.code.${name}`} /> : null;
                })}
                <WithheldNote />
                <h2 className="h3 mt-5">{t('coordinator.assessments.title')}</h2>
                {(() => {
                  const table = tableNamed(result.tables, ASSESSMENTS);
                  return table ? <CodedTable table={table} caption={t('coordinator.table.ASSESSMENTS')} codePrefix="coordinator.code.ASSESSMENTS" /> : null;
                })()}
                <WithheldNote />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
