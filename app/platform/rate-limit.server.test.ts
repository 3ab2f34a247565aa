import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../tests/platform';
import { hit, peek, pruneRateLimits, resetLimit } from './rate-limit.server';

for (const store of testStores) {
  describe(`rate limiter (${store})`, () => {
    const platform = useTestPlatform(store);
    const window = { limit: 3, windowMs: 60_000 };
    const t0 = new Date('2026-01-01T10:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);

    it('allows up to the limit in a window, then refuses with the time left', async () => {
      platform();
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await hit('t:a', { ...window, now: at(i * 1000) }));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
      expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4]);
      expect(results[3]!.retryAfterSeconds).toBe(57); // the window began at the first hit, 3 s earlier
      expect(results[0]!.retryAfterSeconds).toBe(0);
    });

    it('starts a new window once the old one has ended', async () => {
      platform();
      for (let i = 0; i < 5; i++) await hit('t:b', { ...window, now: at(0) });
      expect((await hit('t:b', { ...window, now: at(59_000) })).allowed).toBe(false);
      const fresh = await hit('t:b', { ...window, now: at(60_000) });
      expect(fresh).toEqual({ allowed: true, count: 1, retryAfterSeconds: 0 });
    });

    it('keeps keys apart, peeks without counting and forgets on reset', async () => {
      platform();
      await hit('t:c', { ...window, now: at(0) });
      await hit('t:c', { ...window, now: at(0) });
      expect((await peek('t:c', { ...window, now: at(1000) })).allowed).toBe(true);
      await hit('t:c', { ...window, now: at(0) });
      const reached = await peek('t:c', { ...window, now: at(1000) });
      expect(reached).toMatchObject({ allowed: false, count: 3, retryAfterSeconds: 59 });
      expect((await peek('t:other', { ...window, now: at(1000) })).count).toBe(0);
      expect((await peek('t:c', { ...window, now: at(61_000) })).allowed).toBe(true);
      await resetLimit('t:c');
      expect((await peek('t:c', { ...window, now: at(1000) })).count).toBe(0);
    });

    it('counts concurrent hits exactly once each (one atomic statement)', async () => {
      platform();
      const results = await Promise.all(
        Array.from({ length: 12 }, () => hit('t:d', { ...window, now: at(0) })),
      );
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
    });

    it('prunes counters from long ago', async () => {
      platform();
      await hit('t:old', { ...window, now: at(0) });
      await pruneRateLimits({ now: at(2 * 86_400_000) });
      expect(
        (await peek('t:old', { limit: 3, windowMs: 10 * 86_400_000, now: at(2 * 86_400_000) })).count,
      ).toBe(0);
    });
  });
}
