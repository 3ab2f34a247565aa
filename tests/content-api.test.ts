import { describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { request } from './http';
import { useTestPlatform } from './platform';

type Item = {
  type: string;
  id: string;
  status: string;
  title: { ar: string | null; en: string | null };
  objectives: number[];
  principles: string[];
  countries: string[];
  url: { ar: string; en: string };
  body?: { ar: string | null; en: string | null };
};
type List = { data: Item[]; page: { total: number; limit: number; offset: number } };

describe('GET /api/v1/content: items of every content type', () => {
  const platform = useTestPlatform();

  const list = async (query = '') => {
    const res = await request(`/api/v1/content${query}`);
    expect(res.status, query).toBe(200);
    return (await res.json()) as List;
  };

  it('lists public items of any type, filtered and paginated, and never a draft', async () => {
    const { db } = platform().database;
    const published = await createPledge(db, {
      status: 'published',
      publishedAt: new Date('2026-03-01T00:00:00Z'),
      title: { en: 'Content API pledge', ar: 'تعهد واجهة المحتوى' },
      objectives: [19],
      principles: ['human_rights'],
      countries: ['JOR'],
    });
    const draft = await createPledge(db, { status: 'draft', objectives: [19], countries: ['JOR'] });
    await createPledge(db, {
      status: 'closed',
      publishedAt: new Date('2025-01-01T00:00:00Z'),
      objectives: [2],
    });

    const all = await list();
    expect(all.page).toMatchObject({ limit: 50, offset: 0 });
    expect(all.page.total).toBeGreaterThan(0);
    const found = await list('?type=pledge&objective=19&country=jor&principle=human_rights&year=2026');
    const ids = found.data.map((i) => i.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    const item = found.data.find((i) => i.id === published.id)!;
    expect(item).toMatchObject({
      type: 'pledge',
      status: 'published',
      title: { en: 'Content API pledge', ar: 'تعهد واجهة المحتوى' },
      objectives: [19],
      principles: ['human_rights'],
      countries: ['JOR'],
    });
    expect(item.url.ar).toMatch(new RegExp(`/ar/pledges/${published.id}$`));
    // Every item of the list is of a registered type and public (the filter on region narrows, too).
    expect(all.data.every((i) => (contentTypeKeys as readonly string[]).includes(i.type))).toBe(true);
    expect((await list('?region=ESCWA&type=pledge')).data.map((i) => i.id)).toContain(published.id);
    expect((await list('?region=ECE&type=pledge')).data.map((i) => i.id)).not.toContain(published.id);

    const pageTwo = await list('?limit=1&offset=1');
    expect(pageTwo.data).toHaveLength(1);
    expect(pageTwo.page).toMatchObject({ limit: 1, offset: 1, total: all.page.total });
  });

  it('answers one public item with its body, 404 for drafts, unknown types and ids', async () => {
    const { db } = platform().database;
    const published = await createPledge(db, {
      status: 'published',
      publishedAt: new Date('2026-03-02T00:00:00Z'),
      objectives: [3],
    });
    const draft = await createPledge(db, { status: 'draft', objectives: [3] });
    const res = await request(`/api/v1/content/pledge/${published.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('max-age');
    const { data } = (await res.json()) as { data: Item };
    expect(data).toMatchObject({ type: 'pledge', id: published.id, objectives: [3] });
    expect(Object.keys(data.body ?? {}).sort()).toEqual(['ar', 'en']);
    for (const path of [
      `/api/v1/content/pledge/${draft.id}`,
      `/api/v1/content/no_such_type/${published.id}`,
      '/api/v1/content/pledge/not-an-id',
    ]) {
      expect((await request(path)).status, path).toBe(404);
    }
  });

  it('refuses bad filters with 400 naming what is allowed, and is in the OpenAPI document', async () => {
    const bad = await request('/api/v1/content?type=nope');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        code: 'invalidFilter',
        field: 'type',
        allowed: expect.arrayContaining(['pledge', 'statement']),
      },
    });
    for (const [query, field] of [
      ['?objective=24', 'objective'],
      ['?year=abc', 'year'],
      ['?country=JORDAN', 'country'],
      ['?limit=500', 'limit'],
    ] as const) {
      const res = await request(`/api/v1/content${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
    }
    const openapi = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/content', '/content/{type}/{id}']));
    expect(openapi.components.schemas.ContentItem).toBeTruthy();
  });
});
