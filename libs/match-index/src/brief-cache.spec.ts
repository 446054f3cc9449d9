import { BriefCache } from './brief-cache';

describe('BriefCache: facet counts kept for seconds, while the index is unchanged', () => {
  it.each<[string, number, number, number]>([
    ['a second call within the time, same version, reuses the value', 4_999, 0, 1],
    ['once the time is up, it loads again', 5_000, 0, 2],
    ['a new version of the index loads again at once', 1, 1, 2],
  ])('%s', async (_name, elapsed, versionBump, loads) => {
    let clock = 0;
    let version = 0;
    let calls = 0;
    const cache = new BriefCache(5_000, () => version, async () => ++calls, () => clock);
    await cache.get();
    clock += elapsed;
    version += versionBump;
    expect(await cache.get()).toBe(loads);
  });

  it('forgets a failed load', async () => {
    let fail = true;
    const cache = new BriefCache(5_000, () => 0, async () => {
      if (fail) throw new Error('down');
      return 'counts';
    });
    await expect(cache.get()).rejects.toThrow('down');
    fail = false;
    await expect(cache.get()).resolves.toBe('counts');
  });
});
