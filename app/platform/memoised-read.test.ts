import { describe, expect, it } from 'vitest';
import { memoisedRead } from './memoised-read';

describe('memoisedRead', () => {
  const setup = () => {
    const state = { now: 1_000, writes: 0, reads: 0, value: 'v1' };
    const read = memoisedRead(
      async () => {
        state.reads++;
        return state.value;
      },
      { ttlMs: 1_000, writes: () => state.writes, now: () => state.now },
    );
    return { state, read };
  };

  it('reads once for every caller within the time, and again after it', async () => {
    const { state, read } = setup();
    expect(await Promise.all([read(), read(), read()])).toEqual(['v1', 'v1', 'v1']);
    state.value = 'v2';
    state.now += 999;
    expect(await read()).toBe('v1');
    expect(state.reads).toBe(1);
    state.now += 1;
    expect(await read()).toBe('v2');
    expect(state.reads).toBe(2);
  });

  it('reads again at once after a write of this process', async () => {
    const { state, read } = setup();
    await read();
    state.value = 'v2';
    state.writes++;
    expect(await read()).toBe('v2');
    expect(await read()).toBe('v2');
    expect(state.reads).toBe(2);
  });

  it('does not keep a read that a write overtook, nor a failure', async () => {
    const state = { writes: 0, reads: 0, fail: true };
    const read = memoisedRead(
      async () => {
        state.reads++;
        // A write finishes while this read runs: the value may predate it.
        state.writes++;
        if (state.fail) throw new Error('down');
        return state.reads;
      },
      { ttlMs: 1_000, writes: () => state.writes, now: () => 0 },
    );
    await expect(read()).rejects.toThrow('down');
    state.fail = false;
    expect(await read()).toBe(2);
    expect(await read()).toBe(3);
  });
});
