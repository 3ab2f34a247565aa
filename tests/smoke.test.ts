import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from './platform';

for (const store of testStores) {
  describe(`database (${store})`, () => {
    const platform = useTestPlatform(store);
    it('is migrated and normalises Arabic for search', async () => {
      const { database } = platform();
      expect(await database.migrationsCurrent()).toBe(true);
      const r = await database.db.execute<{ v: string }>(
        sql`select to_tsvector('arabic', marsad_fold('المهاجرين في مستشفى')) ::text as v`,
      );
      expect(r.rows[0]?.v).toContain("'مهاجر'");
      expect(r.rows[0]?.v).toContain("'مستشف'");
    });
  });
}

describe('http', () => {
  useTestPlatform();
  it('redirects / by Accept-Language and answers 404 in the URL language', async () => {
    const { request } = await import('./http');
    const home = await request('/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/en');
    const missing = await request('/en/no-such-page');
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('<html lang="en" dir="ltr"');
    expect(html).toContain('Page not found');
  });
});
