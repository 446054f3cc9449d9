import { Role } from '@ipl/access';
import { AccountCache } from './account-cache';
import type { CachedAccount } from './cached-account';

const account = (id: string, tokenVersion = 0): CachedAccount => ({
  id,
  email: `${id}@example.org`,
  displayName: id,
  role: Role.COMPANY_HR,
  companyId: 'c1',
  organisationId: null,
  districtCode: null,
  scopeAdmin: false,
  tokenVersion,
  disabledAt: null,
  totpEnabledAt: null,
});

/** A cache that listens and remembers `ids`, each read with a fresh ticket. */
function listeningWith(...ids: string[]): AccountCache {
  const cache = new AccountCache();
  cache.listening();
  for (const id of ids) cache.remember(account(id), cache.ticket());
  return cache;
}

describe('AccountCache: an entry is served only while every change of it would have been announced', () => {
  it.each<[string, (cache: AccountCache) => void, string[]]>([
    ['remembered while listening', () => undefined, ['u1', 'u2']],
    ["a user's change forgets that user only", (cache) => cache.forget('u1'), ['u2']],
    ['a change of an unknown user forgets no one', (cache) => cache.forget('u9'), ['u1', 'u2']],
    ['a lost connection forgets everyone', (cache) => cache.lost(), []],
    ['a LISTEN started again forgets everyone (changes in between went unannounced)', (cache) => cache.listening(), []],
  ])('%s', (_case, event, kept) => {
    const cache = listeningWith('u1', 'u2');
    event(cache);
    expect(['u1', 'u2'].filter((id) => cache.get(id))).toEqual(kept);
  });

  it.each<[string, (cache: AccountCache) => void]>([
    ['before the first LISTEN', () => undefined],
    ['after a lost connection', (cache) => (cache.listening(), cache.lost())],
  ])('remembers nothing %s: every request reads the row', (_case, state) => {
    const cache = new AccountCache();
    state(cache);
    cache.remember(account('u1'), cache.ticket());
    expect(cache.get('u1')).toBeUndefined();
  });

  it.each<[string, (cache: AccountCache) => void, boolean]>([
    ['nothing happened during the read', () => undefined, true],
    ['any user changed during the read (the row may predate it)', (cache) => cache.forget('u9'), false],
    ['the connection was lost and found again during the read', (cache) => (cache.lost(), cache.listening()), false],
  ])('keeps a row read with an earlier ticket only if %s', (_case, during, kept) => {
    const cache = listeningWith();
    const ticket = cache.ticket();
    during(cache);
    cache.remember(account('u1'), ticket);
    expect(cache.get('u1') !== undefined).toBe(kept);
  });

  it('replaces an entry read again, and past its capacity lets the oldest go', () => {
    const cache = new AccountCache(2);
    cache.listening();
    cache.remember(account('u1'), cache.ticket());
    cache.remember(account('u2'), cache.ticket());
    cache.remember(account('u1', 3), cache.ticket());
    cache.remember(account('u3'), cache.ticket());
    expect(cache.size).toBe(2);
    expect(cache.get('u2')).toBeUndefined();
    expect(cache.get('u1')?.tokenVersion).toBe(3);
    expect(cache.get('u3')).toBeDefined();
  });
});
