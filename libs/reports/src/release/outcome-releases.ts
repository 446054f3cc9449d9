import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SMALL_CELL_THRESHOLD } from '../suppression';
import { changedPeople, outcomeCounts, reasonCounts } from '../outcome-report.query';
import { OutcomeReportRelease, type ReleasedCounts } from './outcome-report-release.entity';

/** Lock space of the releases (pg_advisory_xact_lock(space, year)). */
const LOCK_SPACE = 15_020;

/**
 * Every outcome report reads the released counts of its year, district by district. The report
 * follows a cohort to its current state, so counting live would let a caller ask, wait for one
 * person's transition, ask again and read that person's move as the difference. A district's
 * release is counted again only when at least 5 of its people (the small-cell threshold) have
 * had a proposal of the year made or changed since: two different releases of a district differ
 * by five people or more, never by one. Of the three ways to stop differencing this is the one
 * that keeps the figures exact and additive, which the suppression across periods and scopes
 * relies on: cell-key noise would break the sums the Comitato reads (and a changed cell would
 * still show where one person moved), rounding changes exactly when a count crosses a boundary.
 * The price is a lag of at most four people per district.
 */
@Injectable()
export class OutcomeReleases {
  constructor(private readonly dataSource: DataSource) {}

  /** The counts of the year for every district, releasing the districts that have none or have changed enough. */
  async of(year: number, districts: string[]): Promise<Map<string, ReleasedCounts>> {
    return this.dataSource.transaction(async (manager) => {
      // One release at a time per year: two asks at once never count twice.
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, year]);
      const current = await manager.find(OutcomeReportRelease, { where: { year, districtCode: In(districts) } });
      const changed = await changedPeople(manager, year);
      const released = new Set(current.map((release) => release.districtCode));
      const due = districts.filter((district) => !released.has(district) || (changed.get(district) ?? 0) >= SMALL_CELL_THRESHOLD);
      const fresh = due.length ? await this.release(manager, year, due) : new Map<string, ReleasedCounts>();
      return new Map(districts.map((district) => [district, fresh.get(district) ?? (current.find((release) => release.districtCode === district) as OutcomeReportRelease).counts]));
    });
  }

  private async release(manager: EntityManager, year: number, districts: string[]): Promise<Map<string, ReleasedCounts>> {
    // One connection in a transaction: its queries run one after the other.
    const [{ now }] = (await manager.query('SELECT now() AS now')) as { now: Date }[];
    const outcomes = await outcomeCounts(manager, year, districts);
    const reasons = await reasonCounts(manager, year, districts);
    const counts = new Map(districts.map((district): [string, ReleasedCounts] => [
      district,
      { outcomes: outcomes.filter((row) => row.district === district), reasons: reasons.filter((row) => row.district === district) },
    ]));
    await manager.upsert(
      OutcomeReportRelease,
      districts.map((districtCode) => ({ year, districtCode, releasedAt: now, counts: counts.get(districtCode) as ReleasedCounts })),
      ['year', 'districtCode'],
    );
    return counts;
  }
}
