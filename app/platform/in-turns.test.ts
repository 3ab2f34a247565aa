import { describe, expect, it } from 'vitest';
import { inTurns } from './in-turns';

/** Stands for a render: synchronous work after the shared read. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
};

describe('inTurns', () => {
  it('resumes the waiters of one promise a turn apart, so a timer runs between them', async () => {
    let resolve: (value: string) => void = () => {};
    const share = inTurns(new Promise<string>((r) => (resolve = r)));
    const log: string[] = [];
    const waiters = Array.from({ length: 10 }, async (_, i) => {
      const value = await share();
      if (i === 0) setTimeout(() => log.push('timer'), 0);
      busy(3);
      log.push(`${value} ${i}`);
    });
    resolve('read');
    await Promise.all(waiters);
    await new Promise((r) => setTimeout(r, 5));
    expect(log.filter((l) => l !== 'timer')).toEqual(Array.from({ length: 10 }, (_, i) => `read ${i}`));
    // All in one drain, the timer would come last.
    expect(log.indexOf('timer')).toBeLessThan(9);
  });

  it('passes a failure to every waiter', async () => {
    let reject: (error: Error) => void = () => {};
    const share = inTurns(new Promise<string>((_, r) => (reject = r)));
    const waiters = [share(), share()];
    reject(new Error('gone'));
    for (const waiter of waiters) await expect(waiter).rejects.toThrow('gone');
    await expect(share()).rejects.toThrow('gone');
  });

  it('hands later callers the settled promise', async () => {
    const promise = Promise.resolve(1);
    const share = inTurns(promise);
    await share();
    expect(share()).toBe(promise);
  });
});
