import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze';

describe('deepFreeze', () => {
  it('makes nested arrays and objects refuse in-place changes', () => {
    const value = deepFreeze({ items: [{ name: 'b' }, { name: 'a' }], byKey: new Map([['k', { n: 1 }]]) });
    expect(() => value.items.sort((x, y) => x.name.localeCompare(y.name))).toThrow(TypeError);
    expect(() => {
      (value.items[0] as { name: string }).name = 'c';
    }).toThrow(TypeError);
    expect(() => {
      (value.byKey.get('k') as { n: number }).n = 2;
    }).toThrow(TypeError);
    expect(value.items.map((i) => i.name)).toEqual(['b', 'a']);
  });

  it('leaves copies free to change', () => {
    const value = deepFreeze([{ n: 2 }, { n: 1 }]);
    const copy = [...value].sort((a, b) => a.n - b.n);
    expect(copy.map((i) => i.n)).toEqual([1, 2]);
  });

  it('passes primitives and null through', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
