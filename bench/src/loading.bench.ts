import { Client } from 'pg';
import { Comparison, measure } from './measure';

const ROWS = 20;
const RUNS = 300;

/** N+1 against batching: 20 comuni loaded one query each, or in one `= ANY($1)` (what the DataLoaders do). */
export async function benchLoading(databaseUrl: string): Promise<Comparison> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS bench_row (id int PRIMARY KEY, name text NOT NULL)');
  await client.query("INSERT INTO bench_row SELECT g, 'row ' || g FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING");
  let offset = 0;
  const ids = (): number[] => {
    offset = (offset + ROWS) % 9_000;
    return Array.from({ length: ROWS }, (_, i) => offset + i + 1);
  };
  const oneByOne = await measure(async () => {
    for (const id of ids()) await client.query('SELECT id, name FROM bench_row WHERE id = $1', [id]);
  }, RUNS);
  const batched = await measure(() => client.query('SELECT id, name FROM bench_row WHERE id = ANY($1)', [ids()]), RUNS);
  await client.query('DROP TABLE bench_row');
  await client.end();
  return {
    name: `Loading ${ROWS} rows from PostgreSQL, ${RUNS} times`,
    baseline: { label: 'one query per row (N+1)', timing: oneByOne },
    candidate: { label: 'one batched query (DataLoader)', timing: batched },
  };
}
