import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { Viewer } from '../kernel/policy.js';
import { SessionCache } from './session-cache.js';

const SETTINGS = { ttlMs: 5_000, pollMs: 250, trustMs: 750, maxEntries: 100 };
const NOW = new Date('2026-12-04T12:00:00Z');

function viewer(id: string): Viewer {
  return {
    user: { id } as Viewer['user'],
    sessionId: `session-${id}`,
    session: { realmDistrictId: 'vest', expiresAt: new Date('2026-12-05T00:00:00Z'), lastSeenAt: NOW },
  };
}

/** A cache on a hand-moved clock and epoch; the timer is never started (refresh() stands in for it). */
function setUp() {
  const state = { clock: 0, epoch: 1n, failing: false, loads: 0 };
  const cache = new SessionCache(
    () => (state.failing ? Promise.reject(new Error('database down')) : Promise.resolve(state.epoch)),
    createLogger('silent'),
    SETTINGS,
    () => state.clock,
  );
  const load = (id = 'a') => {
    state.loads++;
    return Promise.resolve(viewer(id));
  };
  return { state, cache, load };
}

describe('SessionCache', () => {
  it('answers a token from one lookup until the lookup is ttlMs old', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    state.clock = 200;
    await cache.refresh();
    expect(await cache.lookup('hash', NOW, load)).toMatchObject({ sessionId: 'session-a' });
    expect(state.loads).toBe(1);
    state.clock = SETTINGS.ttlMs;
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(2);
  });

  it('shares one lookup among concurrent requests with the same token', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    const answers = await Promise.all([1, 2, 3].map(() => cache.lookup('hash', NOW, load)));
    expect(answers.map((answer) => answer?.sessionId)).toEqual(['session-a', 'session-a', 'session-a']);
    expect(state.loads).toBe(1);
  });

  it('forgets everything when the auth epoch moves', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    state.epoch = 2n;
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(2);
  });

  it('does not keep a lookup that ran while the epoch moved', async () => {
    const { state, cache } = setUp();
    await cache.refresh();
    // The session is revoked (epoch 2) while the lookup is on its way back with the old answer.
    await cache.lookup('hash', NOW, async () => {
      state.epoch = 2n;
      await cache.refresh();
      return viewer('a');
    });
    let loads = 0;
    await cache.lookup('hash', NOW, () => {
      loads++;
      return Promise.resolve(null);
    });
    expect(loads).toBe(1);
  });

  it('stops answering when the epoch has not been read for trustMs (a slow or failing database)', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    state.failing = true;
    state.clock = SETTINGS.trustMs - 1;
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(1);
    state.clock = SETTINGS.trustMs;
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(2);
  });

  it('is not trusted before the first reading', async () => {
    const { state, cache, load } = setUp();
    await cache.lookup('hash', NOW, load);
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(2);
  });

  it('never caches an unknown token', async () => {
    const { cache } = setUp();
    await cache.refresh();
    let loads = 0;
    const unknown = () => {
      loads++;
      return Promise.resolve(null);
    };
    await cache.lookup('hash', NOW, unknown);
    await cache.lookup('hash', NOW, unknown);
    expect(loads).toBe(2);
  });

  it('looks up again once the lookup is ttlMs old on the request clock (which decides idle expiry and touches)', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    await cache.lookup('hash', new Date(NOW.getTime() + SETTINGS.ttlMs - 1), load);
    expect(state.loads).toBe(1);
    await cache.lookup('hash', new Date(NOW.getTime() + SETTINGS.ttlMs), load);
    expect(state.loads).toBe(2);
  });

  it('looks up again once the session itself has expired or gone idle on the request clock', async () => {
    const { cache } = setUp();
    await cache.refresh();
    let loads = 0;
    const endingSoon = (session: NonNullable<Viewer['session']>) => () => {
      loads++;
      return Promise.resolve({ ...viewer('a'), session });
    };
    const expiring = endingSoon({
      realmDistrictId: 'vest',
      expiresAt: new Date(NOW.getTime() + 1_000),
      lastSeenAt: NOW,
    });
    await cache.lookup('expiring', NOW, expiring);
    await cache.lookup('expiring', new Date(NOW.getTime() + 1_000), expiring);
    expect(loads).toBe(2);
    const idle = endingSoon({
      realmDistrictId: 'vest',
      expiresAt: new Date(NOW.getTime() + 3_600_000),
      lastSeenAt: new Date(NOW.getTime() - 30 * 60_000 + 1_000),
    });
    await cache.lookup('idle', NOW, idle);
    await cache.lookup('idle', new Date(NOW.getTime() + 1_000), idle);
    expect(loads).toBe(4);
  });

  it('reads the epoch anew after a write, even when a reading was already under way', async () => {
    const { state, cache, load } = setUp();
    await cache.refresh();
    await cache.lookup('hash', NOW, load);
    const earlier = cache.refresh();
    state.epoch = 2n; // committed after the earlier reading started
    await cache.refreshAfterWrite();
    await earlier;
    await cache.lookup('hash', NOW, load);
    expect(state.loads).toBe(2);
  });

  it('with ttlMs 0 always looks up', async () => {
    let loads = 0;
    const cache = new SessionCache(() => Promise.resolve(1n), createLogger('silent'), { ...SETTINGS, ttlMs: 0 });
    await cache.start();
    for (let index = 0; index < 3; index++) {
      await cache.lookup('hash', NOW, () => {
        loads++;
        return Promise.resolve(viewer('a'));
      });
    }
    cache.stop();
    expect(loads).toBe(3);
  });
});
