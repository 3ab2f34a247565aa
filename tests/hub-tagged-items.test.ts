import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { taggedHubItems } from '~/modules/hub/tagged-hub-items.server';
import { request } from './http';
import { resourceInput } from './hub-fixtures';
import { testStores, useTestPlatform } from './platform';

/** Issue 13: objective, principle and country pages show the Hub items tagged with them. */
for (const store of testStores) {
  describe(`Hub items on framework pages (${store})`, () => {
    const platform = useTestPlatform(store);

    it('lists the newest public items tagged with an objective, a principle or a country, never a draft', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      const published = await submitResource({
        db,
        subject,
        input: {
          ...resourceInput,
          url: 'https://example.org/guide',
          title: { ar: 'دليل منشور عن التوظيف العادل' },
        },
      });
      await submitResource({
        db,
        subject,
        input: { ...resourceInput, url: 'https://example.org/draft', title: { ar: 'مسودة لم تُنشر بعد' } },
      });
      await db
        .update(hubResources)
        .set({ status: 'published', publishedAt: new Date() })
        .where(eq(hubResources.id, published.id));
      await syncResources(db, [published.id]);

      const byObjective = await taggedHubItems({ db, scope: { objective: 7 } });
      expect(byObjective.hub_resource.map((i) => i.id)).toEqual([published.id]);
      expect(byObjective.hub_resource[0]?.path).toBe(`/hub/resources/${published.id}`);
      expect((await taggedHubItems({ db, scope: { principle: 'human_rights' } })).hub_resource).toHaveLength(
        1,
      );
      expect((await taggedHubItems({ db, scope: { country: 'JOR' } })).hub_resource).toHaveLength(1);
      expect((await taggedHubItems({ db, scope: { objective: 1 } })).hub_resource).toEqual([]);

      if (store !== 'pglite') return;
      for (const path of ['/ar/objectives/7', '/ar/principles/human_rights', '/ar/countries/JOR']) {
        const html = await (await request(path)).text();
        expect(html, path).toContain('من مركز الشبكة');
        expect(html, path).toContain(`href="/ar/hub/resources/${published.id}"`);
        expect(html, path).toContain('دليل منشور عن التوظيف العادل');
        expect(html, path).not.toContain('مسودة لم تُنشر بعد');
      }
      const objectivePage = await (await request('/ar/objectives/7')).text();
      expect(objectivePage).toContain('href="/ar/hub/resources?objective=7"');
      const empty = await (await request('/ar/objectives/1')).text();
      expect(empty).toContain('لا توجد بعد في مركز الشبكة');
    });
  });
}
