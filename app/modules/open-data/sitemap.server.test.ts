import { describe, expect, it } from 'vitest';
import { createTestPlatform, testStores } from '../../../tests/platform';
import { sitemapPart } from './sitemap.server';

for (const store of testStores) {
  describe(`sitemap parts (${store})`, () => {
    it('a part whose database fails while it is read ends with that error, not an unhandled one', async () => {
      const platform = await createTestPlatform(store);
      // Streams read lazily: the query runs when the response is read, after the database is gone.
      const stream = await sitemapPart({
        db: platform.database.db,
        origin: 'http://localhost',
        part: 'pledge-1',
      });
      await platform.close();
      await expect(new Response(stream).text()).rejects.toThrow();
    });
  });
}
