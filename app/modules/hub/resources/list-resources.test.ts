import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { resourceInput } from '../../../../tests/hub-fixtures';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { listResources } from './list-resources.server';
import { syncResources } from './resource-content.server';
import { submitResource } from './submit-resource.server';

/** The Hub's resource list reads type and document languages from the index rows' own facets. */
for (const store of testStores) {
  describe(`listResources (${store})`, () => {
    const platform = useTestPlatform(store);

    it('filters and counts type and document language from the index, finds a publisher, pages newest first', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      const guide = await submitResource({
        db,
        subject,
        input: { ...resourceInput, url: 'https://example.org/a' },
      });
      const study = await submitResource({
        db,
        subject,
        input: {
          ...resourceInput,
          url: 'https://example.org/b',
          title: { ar: 'دراسة عن التحويلات', en: 'A study of remittances' },
          type: 'research',
          documentLanguages: ['en', 'fr'],
          publisher: 'Observatoire des migrations',
        },
      });
      const draft = await submitResource({
        db,
        subject,
        input: { ...resourceInput, url: 'https://example.org/c' },
      });
      const ids = [guide.id, study.id];
      await db
        .update(hubResources)
        .set({ status: 'published', publishedAt: new Date('2026-01-01') })
        .where(inArray(hubResources.id, [guide.id]));
      await db
        .update(hubResources)
        .set({ status: 'published', publishedAt: new Date('2026-02-01') })
        .where(inArray(hubResources.id, [study.id]));
      await syncResources(db, [...ids, draft.id]);

      const all = await listResources({ db, filters: { objective: 7 } });
      expect(all.items.map((i) => i.id)).toEqual([study.id, guide.id]);
      expect(all.total).toBe(2);
      expect(all.facets.type).toEqual({ guidance: 1, research: 1 });
      expect(all.facets.language).toEqual({ ar: 1, en: 2, fr: 1 });
      expect(all.items[0]).toMatchObject({
        type: 'research',
        documentLanguages: ['en', 'fr'],
        publisher: 'Observatoire des migrations',
      });

      const french = await listResources({ db, filters: { language: 'fr' } });
      expect(french.items.map((i) => i.id)).toEqual([study.id]);
      expect(french.total).toBe(1);
      const guidance = await listResources({ db, filters: { type: 'guidance', language: 'ar' } });
      expect(guidance.items.map((i) => i.id)).toEqual([guide.id]);
      expect(guidance.facets.language).toEqual({ ar: 1, en: 1 });

      // A word of the publisher only, and a word of the title.
      expect((await listResources({ db, filters: { q: 'observatoire' } })).items.map((i) => i.id)).toEqual([
        study.id,
      ]);
      expect((await listResources({ db, filters: { q: 'التحويلات' } })).items.map((i) => i.id)).toEqual([
        study.id,
      ]);

      const second = await listResources({ db, filters: {}, limit: 1, offset: 1 });
      expect(second.items.map((i) => i.id)).toEqual([guide.id]);
      expect(second.total).toBe(2);
    });
  });
}
