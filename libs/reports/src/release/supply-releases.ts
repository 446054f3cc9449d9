import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { COMPLETE } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { changedProfiles, liveCounts } from '../gaps.query';
import { SMALL_CELL_THRESHOLD } from '../suppression';
import { GapSupplyRelease, type ReleasedSupply } from './gap-supply-release.entity';

/** Lock space of the supply releases (pg_advisory_xact_lock(space, 0)). */
const LOCK_SPACE = 15_021;

/**
 * The gaps' supply now, released per district like the outcome counts (see OutcomeReleases):
 * a district is counted again only once at least 5 of its profiles were saved since, so asking
 * again after one profile changed shows nothing, and two releases differ by five profiles or
 * more. Openings count positions, not people, and stay live.
 */
@Injectable()
export class SupplyReleases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async of(districts: string[]): Promise<Map<string, ReleasedSupply[]>> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE]);
      const current = await manager.find(GapSupplyRelease, { where: { districtCode: In(districts) } });
      const changed = await changedProfiles(manager);
      const released = new Map(current.map((release) => [release.districtCode, release.supply]));
      const due = districts.filter((district) => !released.has(district) || (changed.get(district) ?? 0) >= SMALL_CELL_THRESHOLD);
      if (due.length) {
        const [{ now }] = (await manager.query('SELECT now() AS now')) as { now: Date }[];
        const live = await liveCounts(manager, { now: this.clock.now(), complete: COMPLETE });
        const fresh = due.map((districtCode) => ({
          districtCode,
          releasedAt: now,
          supply: live.filter((count) => count.districtCode === districtCode && count.supply > 0).map(({ skillId, supply }) => ({ skillId, supply })),
        }));
        await manager.upsert(GapSupplyRelease, fresh, ['districtCode']);
        for (const release of fresh) released.set(release.districtCode, release.supply);
      }
      return released;
    });
  }
}
