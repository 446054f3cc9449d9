import type { DistrictSkillCount } from './gaps.query';
import { suppressSmallCells } from './suppression';

/**
 * Openings and supply as one scope (a district, or every district) may see them. Supply counts
 * people, so it is published from one table, districts × skills, after small-cell suppression
 * with the column totals as the only margins: a district's figure is its cell, the metropolitan
 * figure its column total. Every caller, whatever district or skill group it asks for, reads
 * the same suppressed table, so putting the board's totals beside a coordinator's row, or two
 * districts side by side, gives back no hidden cell. Rows have no published total (a profile
 * with two skills counts in two columns), so they need no complement.
 *
 * Openings count positions companies offer, not people: they are published as they are.
 */
export class PublishedSupply {
  private constructor(
    private readonly openingsByKey: Map<string, number>,
    private readonly present: Set<string>,
    private readonly supplyByKey: Map<string, number | null>,
  ) {}

  static of(counts: DistrictSkillCount[], districts: string[]): PublishedSupply {
    const openings = new Map<string, number>();
    const present = new Set<string>();
    for (const count of counts) {
      for (const scope of [count.districtCode, ALL]) {
        const key = keyOf(count.skillId, scope);
        openings.set(key, (openings.get(key) ?? 0) + count.openings);
        present.add(key);
      }
    }
    const skills = [...new Set(counts.filter((count) => count.supply > 0).map((count) => count.skillId))].sort();
    const people = new Map(counts.map((count) => [keyOf(count.skillId, count.districtCode), count.supply]));
    const cells = districts.map((district) => skills.map((skill) => people.get(keyOf(skill, district)) ?? 0));
    const published = suppressSmallCells({ cells, publishesRowTotals: false });
    const supply = new Map<string, number | null>();
    skills.forEach((skill, s) => {
      supply.set(keyOf(skill, ALL), published.columnTotals[s]);
      districts.forEach((district, d) => supply.set(keyOf(skill, district), published.cells[d][s]));
    });
    return new PublishedSupply(openings, present, supply);
  }

  /** Whether the skill has an open slot or a profile in the scope (null: every district). */
  has(skillId: string, districtCode: string | null): boolean {
    return this.present.has(keyOf(skillId, districtCode ?? ALL));
  }

  openings(skillId: string, districtCode: string | null): number {
    return this.openingsByKey.get(keyOf(skillId, districtCode ?? ALL)) ?? 0;
  }

  /** Null when suppressed: fewer than 5 people, or hidden so that the totals cannot give one back. */
  supply(skillId: string, districtCode: string | null): number | null {
    const value = this.supplyByKey.get(keyOf(skillId, districtCode ?? ALL));
    return value === undefined ? 0 : value;
  }
}

const ALL = '*';

function keyOf(skillId: string, scope: string): string {
  return `${scope}|${skillId}`;
}
