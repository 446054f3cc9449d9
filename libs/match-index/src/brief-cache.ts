/**
 * One value kept for a few seconds of real time and while the index's version in this process is
 * unchanged: facet counts over the whole index cost Meilisearch more than the match itself, and
 * change only when the index does. A failed load is forgotten, so the next call tries again.
 */
export class BriefCache<T> {
  private entry: { at: number; version: number; value: Promise<T> } | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly version: () => number,
    private readonly load: () => Promise<T>,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const at = this.now();
    const version = this.version();
    if (this.entry && this.entry.version === version && at - this.entry.at < this.ttlMs) return this.entry.value;
    const entry = { at, version, value: this.load() };
    this.entry = entry;
    entry.value.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return entry.value;
  }
}
