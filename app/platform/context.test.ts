import { describe, expect, it } from 'vitest';
import { openRequestMemo, requestKeyHeader, requestMemo } from './context';

/** Two copies of one HTTP request, as React Router hands one to each loader. */
function copies(method: string, key?: string): [Request, Request] {
  const make = () =>
    new Request('http://localhost/en/account', {
      method,
      headers: key ? { [requestKeyHeader]: key } : {},
    });
  return [make(), make()];
}

describe('the per-request memo', () => {
  it('computes once for all copies of a named GET, until the request is closed', () => {
    const memo = openRequestMemo();
    const [a, b] = copies('GET', memo.key);
    let computed = 0;
    const value = () => ++computed;
    expect(requestMemo(a, 'viewer', value)).toBe(1);
    expect(requestMemo(b, 'viewer', value)).toBe(1);
    expect(requestMemo(b, 'other', value)).toBe(2);
    memo.close();
    // Closed: the key names nothing any more, each copy is on its own.
    expect(requestMemo(a, 'viewer', value)).toBe(3);
  });

  it('keeps a POST per copy: its loaders read what the action changed', () => {
    const memo = openRequestMemo();
    const [action, loader] = copies('POST', memo.key);
    let computed = 0;
    expect(requestMemo(action, 'viewer', () => ++computed)).toBe(1);
    expect(requestMemo(loader, 'viewer', () => ++computed)).toBe(2);
    expect(requestMemo(loader, 'viewer', () => ++computed)).toBe(2);
    memo.close();
  });

  it('shares nothing between requests the server did not name, or named with an unknown key', () => {
    for (const key of [undefined, 'made-up-by-a-client']) {
      const [a, b] = copies('GET', key);
      let computed = 0;
      expect(requestMemo(a, 'viewer', () => ++computed)).toBe(1);
      expect(requestMemo(a, 'viewer', () => ++computed)).toBe(1);
      expect(requestMemo(b, 'viewer', () => ++computed)).toBe(2);
    }
  });

  it('gives each request its own key', () => {
    const [one, two] = [openRequestMemo(), openRequestMemo()];
    expect(one.key).not.toBe(two.key);
    one.close();
    two.close();
  });
});
