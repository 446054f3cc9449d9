/**
 * Translates the Meilisearch filters the matching builds (candidateFilters) into SQL on the
 * `candidate` table, so that the PostgreSQL-only matcher applies the very same hard constraints.
 * A filter it does not know stops the bench with its text: teach it here, do not skip it.
 */

type Value = string | number | boolean;

interface Column {
  sql: string;
  array: boolean;
  /** SQL type of a parameter compared with it. */
  type: string;
}

const CANDIDATE_COLUMNS: Record<string, Column> = {
  id: { sql: 'c.id', array: false, type: 'uuid' },
  status: { sql: 'c.status::text', array: false, type: 'text' },
  consentToMatching: { sql: "(c.consent_given_at IS NOT NULL AND 'MATCHING' = ANY(c.consent_purposes::text[]))", array: false, type: 'boolean' },
  reconfirmDueAt: { sql: '(extract(epoch FROM c.reconfirm_due_at) * 1000)', array: false, type: 'numeric' },
  hoursPerWeek: { sql: 'c.hours_per_week', array: false, type: 'int' },
  shifts: { sql: 'c.shifts::text[]', array: true, type: 'text' },
  supportNeeds: { sql: 'c.support_needs::text[]', array: true, type: 'text' },
  drivingLicence: { sql: 'c.driving_licence', array: false, type: 'boolean' },
  languages: { sql: 'c.bench_languages', array: true, type: 'text' },
  districtCode: { sql: 'c.residence_district_code', array: false, type: 'text' },
  comuneCode: { sql: 'c.residence_comune_code', array: false, type: 'text' },
  skillIds: { sql: 'c.skill_ids', array: true, type: 'text' },
  ageBand: { sql: 'c.age_band::text', array: false, type: 'text' },
  educationLevel: { sql: 'c.education_level', array: false, type: 'int' },
  maxCommuteMinutes: { sql: 'c.max_commute_minutes', array: false, type: 'int' },
  desiredSectors: { sql: 'c.desired_sectors', array: true, type: 'text' },
  ownVehicle: { sql: 'c.own_vehicle', array: false, type: 'boolean' },
};

const FILTER = /^(NOT )?([A-Za-z]+) (=|!=|>=|<=|>|<|IN|NOT IN) (.+)$/;

function parseValue(text: string): Value | Value[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('"') || /^(-?\d+(\.\d+)?|true|false)$/.test(trimmed)) return JSON.parse(trimmed) as Value | Value[];
  return trimmed;
}

/** Appends parameters to `params` and returns one SQL condition per filter. */
export function filtersToSql(filters: readonly string[], params: unknown[]): string[] {
  const param = (value: unknown, type: string): string => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  return filters.map((filter) => {
    const match = FILTER.exec(filter);
    const column = match ? CANDIDATE_COLUMNS[match[2]] : undefined;
    if (!match || !column) throw new Error(`The PostgreSQL matcher cannot translate the filter "${filter}" (bench/src/matching/filter-sql.ts)`);
    const [, negated, , operator, raw] = match;
    const value = parseValue(raw);
    let condition: string;
    if (operator === 'IN' || operator === 'NOT IN') {
      const list = (Array.isArray(value) ? value : [value]).map(String);
      const any = column.array ? `${column.sql} && ${param(list, `${column.type}[]`)}` : `${column.sql} = ANY(${param(list, `${column.type}[]`)})`;
      condition = operator === 'IN' ? `coalesce(${any}, false)` : `NOT coalesce(${any}, false)`;
    } else if (column.array) {
      if (operator !== '=' && operator !== '!=') throw new Error(`No order on the list ${match[2]} in "${filter}"`);
      const contains = `coalesce(${param(String(value), column.type)} = ANY(${column.sql}), false)`;
      condition = operator === '=' ? contains : `NOT ${contains}`;
    } else if (operator === '!=') {
      condition = `${column.sql} IS DISTINCT FROM ${param(value, column.type)}`;
    } else {
      condition = `coalesce(${column.sql} ${operator} ${param(value, column.type)}, false)`;
    }
    return negated ? `NOT (${condition})` : condition;
  });
}
