import { Meilisearch } from 'meilisearch';
import { createMeiliClient } from '@ipl/search';
import { Comparison, measure } from './measure';

const DOCUMENTS = 5_000;
const SEARCHES = 300;
const TERMS = ['saldatura', 'magazzino', 'cucina', 'pulizie', 'vendita', 'muletto'];

/**
 * The 40 ms trap of DESIGN.md: the client as the app builds it (identity encoding) against a
 * client that asks for gzip, on the same filtered searches of one real index.
 */
export async function benchSearchClient(url: string, apiKey: string, uid: string): Promise<Comparison> {
  const app = createMeiliClient({ url, apiKey });
  const gzip = new Meilisearch({ host: url, apiKey });
  const index = app.index(uid);
  await index.updateSettings({ filterableAttributes: ['districtCode'], searchableAttributes: ['skills'] }).waitTask({ interval: 10 });
  const districts = ['BOLOGNA', 'IMOLA', 'PIANURA_EST', 'SAVENA_IDICE'];
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: String(i),
    districtCode: districts[i % districts.length],
    skills: [TERMS[i % TERMS.length], TERMS[(i * 7) % TERMS.length]].join(' '),
  }));
  await index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ interval: 10, timeout: 120_000 });
  let n = 0;
  const search = (client: Meilisearch) => () =>
    client.index(uid).search(TERMS[n++ % TERMS.length], { filter: 'districtCode = BOLOGNA', limit: 20 });
  const timing = { gzip: await measure(search(gzip), SEARCHES), identity: await measure(search(app), SEARCHES) };
  await app.index(uid).delete().waitTask({ interval: 10 });
  return {
    name: `Meilisearch filtered search, ${DOCUMENTS} documents, ${SEARCHES} searches`,
    baseline: { label: 'client asking for gzip', timing: timing.gzip },
    candidate: { label: "the app's client (identity encoding)", timing: timing.identity },
  };
}
