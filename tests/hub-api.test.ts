import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { request } from './http';
import { resourceInput } from './hub-fixtures';
import { useTestPlatform } from './platform';

describe('GET /api/v1/resources', () => {
  const platform = useTestPlatform();

  it('lists published resources only, with filters, the list envelope and 400 on a bad filter', async () => {
    const { db } = platform().database;
    const user = await createUser(db);
    const subject = { userId: user.id, grants: await loadGrants(user.id) };
    const input = { ...resourceInput, url: 'https://example.org/guide' };
    const published = await submitResource({ db, subject, input });
    await submitResource({ db, subject, input: { ...input, title: { ar: 'مسودة غير منشورة' } } });
    await db
      .update(hubResources)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(hubResources.id, published.id));
    await syncResources(db, [published.id]);

    const all = (await (await request('/api/v1/resources')).json()) as {
      data: { id: string; objectives: number[]; documentLanguages: string[] }[];
      page: { total: number; limit: number; offset: number };
    };
    expect(all.page).toEqual({ total: 1, totalCapped: false, limit: 50, offset: 0 });
    expect(all.data[0]).toMatchObject({
      id: published.id,
      objectives: [6, 7],
      documentLanguages: ['ar', 'en'],
    });

    const byFilters = (await (
      await request('/api/v1/resources?objective=7&principle=human_rights&country=jor&language=en&q=التوظيف')
    ).json()) as { data: unknown[] };
    expect(byFilters.data).toHaveLength(1);
    const none = (await (await request('/api/v1/resources?objective=1')).json()) as { data: unknown[] };
    expect(none.data).toHaveLength(0);

    const bad = await request('/api/v1/resources?language=xx');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalidFilter', field: 'language' } });
    expect((await request('/api/v1/resources?objective=24')).status).toBe(400);

    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/resources']).toBeTruthy();
  });
});
