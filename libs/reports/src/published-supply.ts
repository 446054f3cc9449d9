import type { DistrictSkillCount } from './gaps.query';
import { jointPattern, publish } from './suppression';

/**
 * Openings and supply as one scope (a district, or every district) may see them. Supply counts
 * people, so it is published from one table, districts × skills, after small-cell suppression
 * with the column totals as the only margins: a district's figure is its cell, the metropolitan
 * figure its column total. Every caller, whatever district or skill group it asks for, reads
 * the same suppressed table, so putting the board's totals beside a coordinator's row, or two
 * districts side by side, gives back no hidden cell. Rows have no published total (a profile
 * with two skills counts in two columns), so they need no complement.
 *
 * The gaps show supply now beside the snapshots of earlier quarters, and a caller can line up
 * every snapshot by asking period after period. So all of them are suppressed with one pattern
 * (see jointPattern): a district and skill small at any snapshot is withheld at every one, with
 * the same complements. Otherwise a cell hidden in one quarter and shown in the next, beside
 * a column total that moved by a little, tells how the hidden cell changed (and, with its
 * neighbours steady, what it was); with one pattern the published movement of a column is the
 * movement of its published cells plus that of the withheld ones together, never of one alone.
 * The price: a skill and district once small stays withheld; the metropolitan totals remain.
 *
 * Openings count positions companies offer, not people: they are published as they are.
 */
export class PublishedSupply {
  private constructor(
    private readonly openingsByKey: Map<string, number>,
    private readonly present: Set<string>,
    private readonly supplyByKey: Map<string, number | null>,
  ) {}

  /** The tables of several states (now and each snapshot), suppressed with one pattern; in the same order. */
  static jointly(states: DistrictSkillCount[][], districts: string[]): PublishedSupply[] {
    const skills = [...new Set(states.flat().filter((count) => count.supply > 0).map((count) => count.skillId))].sort();
    const layers = states.map((counts) => {
      const people = new Map(counts.map((count) => [keyOf(count.skillId, count.districtCode), count.supply]));
      return districts.map((district) => skills.map((skill) => people.get(keyOf(skill, district)) ?? 0));
    });
    const pattern = jointPattern({ layers, periods: layers.map((_, i) => [i]), publishesRowTotals: false });
    return states.map((counts, i) => {
      const openings = new Map<string, number>();
      const present = new Set<string>();
      for (const count of counts) {
        for (const scope of [count.districtCode, ALL]) {
          const key = keyOf(count.skillId, scope);
          openings.set(key, (openings.get(key) ?? 0) + count.openings);
          present.add(key);
        }
      }
      const published = publish(layers[i], pattern);
      const supply = new Map<string, number | null>();
      skills.forEach((skill, s) => {
        supply.set(keyOf(skill, ALL), published.columnTotals[s]);
        districts.forEach((district, d) => supply.set(keyOf(skill, district), published.cells[d][s]));
      });
      return new PublishedSupply(openings, present, supply);
    });
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
