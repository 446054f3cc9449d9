import { Client } from 'pg';
import { candidateFilters, DISTRICT_TIER_WEIGHTS, MATCH_POOL_SIZE, SKILL_WEIGHTS } from '@ipl/match-index';
import { normaliseFreeLabel } from '@ipl/skills';
import type { Slot } from '@ipl/slots';
import { filtersToSql } from './filter-sql';

interface VocabularySkill {
  id: string;
  label: string;
  synonyms: string[];
}

export interface ScoredId {
  id: string;
  score: number;
}

/**
 * The alternative design, for comparison: the same match in PostgreSQL alone. Same hard
 * constraints (candidateFilters, translated), same candidates (a positive skills fit: a skill
 * met by id, by a skill sharing a name with it or by a free label naming it, the Italian
 * synonyms included), same score (district weight × skills fit), with GIN indexes on skills
 * and free labels. It ranks every candidate that fits, not a pool, and returns the first page.
 */
export class PostgresMatcher {
  private readonly terms = new Map<string, string[]>();
  private readonly idsWithTerm = new Map<string, string[]>();

  private constructor(
    private readonly client: Client,
    vocabulary: VocabularySkill[],
  ) {
    for (const skill of vocabulary) {
      const terms = [...new Set([skill.label, ...skill.synonyms].map(normaliseFreeLabel).filter(Boolean))];
      this.terms.set(skill.id, terms);
      for (const term of terms) this.idsWithTerm.set(term, [...(this.idsWithTerm.get(term) ?? []), skill.id]);
    }
  }

  /** Adds what a PostgreSQL-only design would keep on the table: languages as `code:level`, GIN indexes. */
  static async prepare(databaseUrl: string): Promise<PostgresMatcher> {
    const client = new Client({ connectionString: databaseUrl });
    // The bench reports its own errors; a server going away at the end is not one.
    client.on('error', () => undefined);
    await client.connect();
    await client.query('ALTER TABLE candidate ADD COLUMN IF NOT EXISTS bench_languages text[]');
    await client.query(`UPDATE candidate c SET bench_languages = ARRAY(SELECT (l->>'language') || ':' || (l->>'level') FROM jsonb_array_elements(c.languages) l)`);
    await client.query('CREATE INDEX IF NOT EXISTS ix_bench_candidate_skill_ids ON candidate USING gin (skill_ids)');
    await client.query('CREATE INDEX IF NOT EXISTS ix_bench_candidate_free_skill_labels ON candidate USING gin (free_skill_labels)');
    await client.query('VACUUM ANALYZE candidate');
    const { rows } = await client.query<VocabularySkill>('SELECT id, label, synonyms FROM skill');
    return new PostgresMatcher(client, rows);
  }

  /** `within` keeps the ranking to these candidates (to score another engine's pool exactly). */
  async match(slot: Slot, neighbours: readonly string[], now: Date, proposedIds: readonly string[], first: number, within?: readonly string[]): Promise<ScoredId[]> {
    const params: unknown[] = [];
    const p = (value: unknown, type: string): string => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const met = (skillId: string): string => `(c.skill_ids && ${p(this.equivalentIds(skillId), 'text[]')} OR c.free_skill_labels && ${p(this.terms.get(skillId) ?? [], 'text[]')})`;
    const freeMet = (label: string): string => `(c.free_skill_labels && ${p([label], 'text[]')} OR c.skill_ids && ${p(this.idsWithTerm.get(label) ?? [], 'text[]')})`;
    const share = (conditions: string[]): string | null =>
      conditions.length === 0 ? null : `((${conditions.map((condition) => `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`).join(' + ')})::numeric / ${conditions.length})`;
    const required = share(slot.requiredSkillIds.map(met));
    const nice = share([...slot.niceToHaveSkillIds.map(met), ...slot.freeSkillLabels.map(freeMet)]);
    const parts: [number, string][] = [];
    if (required) parts.push([SKILL_WEIGHTS.REQUIRED, required]);
    if (nice) parts.push([SKILL_WEIGHTS.NICE_TO_HAVE, nice]);
    const fit = parts.length === 0 ? '0' : `((${parts.map(([weight, value]) => `${weight} * ${value}`).join(' + ')}) / ${parts.reduce((sum, [weight]) => sum + weight, 0)})`;
    const tier = `(CASE WHEN c.residence_district_code = ${p(slot.districtCode, 'text')} THEN ${DISTRICT_TIER_WEIGHTS.SAME}
      WHEN c.residence_district_code = ANY(${p(neighbours, 'text[]')}) THEN ${DISTRICT_TIER_WEIGHTS.NEIGHBOUR} ELSE ${DISTRICT_TIER_WEIGHTS.OTHER} END)`;

    const allSkills = [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds];
    const anyIds = p([...new Set(allSkills.flatMap((id) => this.equivalentIds(id)).concat(slot.freeSkillLabels.flatMap((label) => this.idsWithTerm.get(label) ?? [])))], 'text[]');
    const anyTerms = p([...new Set(allSkills.flatMap((id) => this.terms.get(id) ?? []).concat(slot.freeSkillLabels))], 'text[]');
    const hard = filtersToSql(candidateFilters(slot, proposedIds), params);
    const { rows } = await this.client.query<ScoredId>(
      `SELECT c.id, round(100 * ${tier} * ${fit})::int AS score
       FROM candidate c
       WHERE (c.skill_ids && ${anyIds} OR c.free_skill_labels && ${anyTerms})
         AND c.completeness = 100 AND c.status = 'ACTIVE' AND c.reconfirm_due_at > ${p(now, 'timestamptz')}
         ${within ? `AND c.id = ANY(${p(within, 'uuid[]')})` : ''}
         AND ${hard.join('\n AND ')}
       ORDER BY score DESC, c.id
       LIMIT ${MATCH_POOL_SIZE}`,
      params,
    );
    return rows.slice(0, first);
  }

  close(): Promise<void> {
    return this.client.end();
  }

  /** The skill and every skill sharing a label or synonym with it: having any of them meets it (see explain()). */
  private equivalentIds(skillId: string): string[] {
    return [...new Set([skillId, ...(this.terms.get(skillId) ?? []).flatMap((term) => this.idsWithTerm.get(term) ?? [])])];
  }
}
