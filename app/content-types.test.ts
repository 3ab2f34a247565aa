import { describe, expect, it } from 'vitest';
import arContent from '~/locales/ar/content.json';
import enContent from '~/locales/en/content.json';
import { contentTypeRegistry } from './content-types.server';
import { contentTypeKeys } from './modules/content/content-type-keys';

describe('the content registry', () => {
  it('has one entry per key, each declaring the key it is registered under', () => {
    expect(Object.keys(contentTypeRegistry).sort()).toEqual([...contentTypeKeys].sort());
    for (const [key, type] of Object.entries(contentTypeRegistry)) expect(type.key).toBe(key);
  });

  it('names every type in both languages, singular, plural and counted', () => {
    for (const catalog of [arContent, enContent] as Record<string, string>[]) {
      for (const key of contentTypeKeys) {
        for (const form of ['one', 'other', 'count']) {
          expect(catalog[`type.${key}.${form}`], `${key}.${form}`).toBeTruthy();
        }
        expect(catalog[`type.${key}.count`]).toContain('{count, plural,');
      }
    }
  });
});
