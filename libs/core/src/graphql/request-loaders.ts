import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request. Each library names its loaders with a key and a
 * factory; the first field resolver that asks creates the loader, the rest of the request
 * shares its batches and cache, and nothing outlives the request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(key: LoaderKey<K, V>, factory: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key as LoaderKey<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory();
      this.loaders.set(key as LoaderKey<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** A typed name for a loader; phantom types keep `get` honest about keys and values. */
export class LoaderKey<K, V> {
  declare private readonly types: [K, V];
  constructor(readonly name: string) {}
}

/** Orders batch results as DataLoader requires: one entry per key, in the keys' order. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups batch results per key, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
