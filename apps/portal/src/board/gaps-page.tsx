import { useCallback, useState } from 'react';
import { BoardGapsCsvDocument, BoardGapsDocument } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useQuery } from '../ui/use-query';
import { BarChart } from './charts/bar-chart';
import { CHART_COLORS } from './charts/chart-colors';
import { CsvDownloadButton } from './csv-download-button';
import { GapsFilters, type GapFilters } from './gaps-filters';
import { GapsHistory } from './gaps-history';
import { GapsTable } from './gaps-table';
import { currentPeriod, periodLabel } from './period';
import { useReferenceData } from './reference-data';

const CHART_SKILLS = 10;

/** Demand against supply by skill: the board for any district, a coordinator for their own. */
export function GapsPage({ chooseDistrict }: { chooseDistrict: boolean }) {
  const { t } = useI18n();
  const reference = useReferenceData();
  const [filters, setFilters] = useState<GapFilters>(() => ({ period: currentPeriod('Q'), districtCode: '', skillGroupCode: '' }));
  const variables = { period: filters.period, districtCode: filters.districtCode || null, skillGroupCode: filters.skillGroupCode || null };
  const gaps = useQuery(BoardGapsDocument, variables);
  const report = gaps.data?.gaps;
  const loadCsv = useCallback(async () => (await execute(BoardGapsCsvDocument, variables)).gapsCsv, [variables.period, variables.districtCode, variables.skillGroupCode]);
  const scope = report?.districtCode ? reference.districtName(report.districtCode) : t('board.filters.allDistricts');
  const groupLabel = (code: string) => reference.data?.skillGroups.find((group) => group.code === code)?.label ?? code;
  return (
    <section aria-labelledby="gaps-title">
      <h1 id="gaps-title">{t('board.gaps.title')}</h1>
      <p className="lead">{t('board.gaps.intro')}</p>
      <ErrorAlert error={reference.error} />
      <GapsFilters initial={filters} reference={reference} chooseDistrict={chooseDistrict} onApply={setFilters} />
      <div aria-busy={gaps.loading}>
        <ErrorAlert error={gaps.error} />
        {gaps.loading && <Loading />}
        {report && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {t('board.gaps.summary', { count: formatNumber(report.gaps.length), period: periodLabel(report.period, t), scope })}
            </p>
            {report.gaps.length === 0 ? (
              <p>{t('board.gaps.empty')}</p>
            ) : (
              <>
                <h2 className="h3 mt-4">{t('board.gaps.chartTitle')}</h2>
                <BarChart
                  title={t('board.gaps.chartCaption', { count: Math.min(CHART_SKILLS, report.gaps.length), period: periodLabel(report.period, t), scope })}
                  description={t('board.chart.sameAsTable')}
                  series={[{ name: t('board.gaps.col.gap'), color: CHART_COLORS.blue }]}
                  categories={report.gaps.slice(0, CHART_SKILLS).map((gap) => ({ label: gap.label, values: [gap.gap] }))}
                  formatValue={formatNumber}
                  withheldLabel={t('board.withheld.chart')}
                />
                <GapsTable key={JSON.stringify(filters)} gaps={report.gaps} groupLabel={groupLabel} />
                <CsvDownloadButton fileName={`divari-${report.districtCode ?? 'area-metropolitana'}-${report.period}.csv`} load={loadCsv} />
                <h2 className="h3 mt-5">{t('board.history.chartTitle')}</h2>
                <GapsHistory key={`history-${JSON.stringify(filters)}`} gaps={report.gaps} period={report.period} />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
