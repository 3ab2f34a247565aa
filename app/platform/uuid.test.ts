import { describe, expect, it } from 'vitest';
import { findUuid, isUuid } from './uuid';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('uuid', () => {
  it('accepts a UUID in either case and nothing else', () => {
    expect(isUuid(id)).toBe(true);
    expect(isUuid(id.toUpperCase())).toBe(true);
    for (const value of [`${id}x`, ` ${id}`, id.replaceAll('-', ''), '7', '', null, 42]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
  });

  it('finds a UUID inside a link', () => {
    expect(findUuid(`https://marsad.example.org/ar/pledges/${id}?tab=progress`)).toBe(id);
    expect(findUuid('no id here')).toBeNull();
  });
});
