import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import { observeQueries } from '~/platform/db.server';
import { request } from './http';
import { resourceInput } from './hub-fixtures';
import { testStores, useTestPlatform } from './platform';

/**
 * Objective and country pages keep what they read until the database changes (cachedUntilChange),
 * and their loaders share one snapshot read: PGlite costs about a millisecond of main-thread CPU per
 * query however small, which was a fifth of an uncached page (docs/measurements.md, stop 26).
 */
for (const store of testStores) {
  describe(`framework page queries (${store})`, () => {
    const platform = useTestPlatform(store);

    const queriesOf = async (path: string) => {
      const seen: string[] = [];
      observeQueries((_ms, text) => seen.push(text));
      try {
        const res = await request(path);
        expect(res.status).toBe(200);
        return { html: await res.text(), all: seen };
      } finally {
        observeQueries(undefined);
      }
    };

    it('reads at most the snapshot while nothing changed (nothing on the embedded store), and shows a change at once', async () => {
      for (const path of ['/ar/objectives/7', '/ar/countries/JOR']) {
        await queriesOf(path); // fills the caches
        const warm = await queriesOf(path);
        if (store === 'pglite') {
          // Every write to it is this process's: an unchanged count of writes is an unchanged snapshot.
          expect(warm.all, path).toEqual([]);
        } else {
          expect(warm.all, path).toHaveLength(1);
          expect(warm.all[0], path).toMatch(/pg_current_snapshot/);
        }
      }

      const { db } = platform().database;
      const user = await createUser(db);
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      const resource = await submitResource({
        db,
        subject,
        input: { ...resourceInput, url: 'https://example.org/cached', title: { ar: 'دليل نشر بعد التخزين' } },
      });
      await db
        .update(hubResources)
        .set({ status: 'published', publishedAt: new Date() })
        .where(eq(hubResources.id, resource.id));
      await syncResources(db, [resource.id]);
      for (const path of ['/ar/objectives/7', '/ar/countries/JOR']) {
        expect((await queriesOf(path)).html, path).toContain('دليل نشر بعد التخزين');
      }
    });

    it('shares one snapshot read between concurrent callers, but not one begun before a write of this process', async () => {
      const { db } = platform().database;
      // A store whose snapshot reads answer only when told to, to hold one under way.
      const answers: (() => void)[] = [];
      const held = {
        execute: () => new Promise((resolve) => answers.push(() => resolve({ rows: [{ s: '1:1:' }] }))),
      } as unknown as typeof db;
      const one = async () => 1;
      const a = cachedUntilChange(held, 'a', one);
      const b = cachedUntilChange(held, 'b', one);
      expect(answers).toHaveLength(1);

      await db.update(hubResources).set({ status: 'published' }).where(eq(hubResources.id, noResource));
      const c = cachedUntilChange(held, 'c', one);
      expect(answers).toHaveLength(2);
      for (const answer of answers) answer();
      expect(await Promise.all([a, b, c])).toEqual([1, 1, 1]);
    });
  });
}

const noResource = '00000000-0000-4000-8000-000000000000';
