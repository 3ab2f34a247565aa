import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pledgeIndicators, pledgeUpdates, pledgeUpdateValues } from '#db/schema/pledges';
import { createPledge } from '#seed/pledge-factories';
import { request } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
type Json = {
  data: Record<string, unknown>[];
  page: Record<string, number | boolean | string | null>;
  error?: Record<string, unknown>;
};
const json = async (res: Response) => (await res.json()) as Json;

describe('public pledge registry', () => {
  const platform = useTestPlatform();
  let published: { id: string };
  let closed: { id: string };
  let draft: { id: string };

  beforeAll(async () => {
    const { db } = platform().database;
    published = await createPledge(db, {
      countryIso3: 'EGY',
      status: 'published',
      publishedAt: new Date(),
      title: { en: 'Border staff training, "fair" and safe', ar: 'إدارة الحدود وتدريب موظفيها' },
      objectives: [7, 10],
      principles: ['human_rights'],
      forms: ['financial'],
      financialAmount: 250000,
      financialCurrency: 'USD',
      sdgTargets: ['10.7', '10.c'],
      isSample: true,
    });
    const [indicator] = await db
      .select()
      .from(pledgeIndicators)
      .where(eq(pledgeIndicators.pledgeId, published.id));
    const [update] = await db
      .insert(pledgeUpdates)
      .values({
        pledgeId: published.id,
        reportedOn: '2025-06-30',
        status: 'in_progress',
        narrative: { en: 'Two centres opened in Cairo.' },
        originalLanguage: 'en',
      })
      .returning();
    await db
      .insert(pledgeUpdateValues)
      .values({ updateId: update!.id, indicatorId: indicator!.id, value: 2 });
    closed = await createPledge(db, {
      status: 'closed',
      publishedAt: new Date('2024-05-01T00:00:00Z'),
      closedAt: new Date('2025-05-01T00:00:00Z'),
      title: { en: 'Closed data-sharing pledge' },
      pledgerCategory: 'academia',
      objectives: [6],
      countries: ['FRA'],
    });
    draft = await createPledge(db, {
      status: 'draft',
      title: { en: 'Secret draft pledge', ar: 'تعهد سري في المسودة' },
      objectives: [7],
      countryIso3: 'EGY',
    });
  });

  it('lists only published and closed pledges, in Arabic and English, with filters', async () => {
    const ar = await request('/ar/pledges');
    expect(ar.status).toBe(200);
    const arHtml = visible(await ar.text());
    expect(arHtml).toContain('<html lang="ar" dir="rtl"');
    expect(arHtml).toContain('إدارة الحدود وتدريب موظفيها');
    expect(arHtml).toContain('تعهدان مطابقان.');
    expect(arHtml).not.toContain('تعهد سري في المسودة');
    expect(arHtml).toContain('/api/v1/pledges.csv');

    const en = visible(await (await request('/en/pledges')).text());
    expect(en).toContain('Closed data-sharing pledge');
    expect(en).toContain('Sample data');
    expect(en).toContain('2 pledges match.');
    expect(en).not.toContain('Secret draft pledge');

    const filtered = visible(await (await request('/en/pledges?objective=7&country=egy')).text());
    expect(filtered).toContain('1 pledge matches.');
    expect(filtered).not.toContain('Closed data-sharing pledge');
    expect(filtered).toContain('/api/v1/pledges.csv?objective=7&amp;country=EGY');

    const searched = visible(await (await request(`/ar/pledges?q=${encodeURIComponent('ادارة')}`)).text());
    expect(searched).toContain('تعهد واحد مطابق.');

    const bad = await request('/en/pledges?objective=99&status=closed');
    expect(bad.status).toBe(200);
    const badHtml = visible(await bad.text());
    expect(badHtml).toContain('filter was not applied');
    expect(badHtml).toContain('Closed data-sharing pledge');
  });

  it('answers the JSON list with the envelope and filters, 400 on bad filters', async () => {
    const res = await request('/api/v1/pledges');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(res);
    expect(body.page).toEqual({ total: 2, limit: 50, offset: 0, totalCapped: false, next: null });
    const item = body.data.find((p) => p.id === published.id)!;
    expect(item).toMatchObject({
      title: { ar: 'إدارة الحدود وتدريب موظفيها' },
      objectives: [7, 10],
      principles: ['human_rights'],
      countries: ['EGY'],
      status: 'published',
      pledger: { type: 'state', iso3: 'EGY' },
      pledgerCategory: 'state',
      sdgTargets: ['10.7', '10.c'],
      startDate: '2025-01-01',
      endDate: '2029-12-31',
      freshness: 'green',
    });
    expect(body.data.find((p) => p.id === closed.id)).toMatchObject({
      pledgerCategory: 'academia',
      sdgTargets: [],
    });
    expect(body.data.some((p) => p.id === draft.id)).toBe(false);
    const byCategory = await json(await request('/api/v1/pledges?pledgerCategory=academia'));
    expect(byCategory.data.map((p) => p.id)).toEqual([closed.id]);
    expect((await request('/api/v1/pledges?pledgerCategory=ngo')).status).toBe(400);

    const byStatus = await json(await request('/api/v1/pledges?status=closed'));
    expect(byStatus.data.map((p) => p.id)).toEqual([closed.id]);
    const byPrinciple = await json(await request('/api/v1/pledges?principle=human_rights&limit=1'));
    expect(byPrinciple.page).toEqual({ total: 1, limit: 1, offset: 0, totalCapped: false, next: null });
    const byRegion = await json(await request('/api/v1/pledges?region=M49-150'));
    expect(byRegion.data.map((p) => p.id)).toEqual([closed.id]);

    const tooHigh = await request('/api/v1/pledges?objective=24');
    expect(tooHigh.status).toBe(400);
    expect((await json(tooHigh)).error).toEqual({
      code: 'invalidFilter',
      field: 'objective',
      allowed: '1..23',
    });
    const draftStatus = await request('/api/v1/pledges?status=draft');
    expect(draftStatus.status).toBe(400);
    expect((await json(draftStatus)).error).toMatchObject({
      field: 'status',
      allowed: ['published', 'closed'],
    });
  });

  it('answers one public pledge, 404 for drafts and unknown ids', async () => {
    const res = await request(`/api/v1/pledges/${published.id}`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({
      id: published.id,
      status: 'published',
      objectives: [7, 10],
      pledgerCategory: 'state',
      sdgTargets: ['10.7', '10.c'],
    });
    expect((data.updates as unknown[]).length).toBe(1);
    expect(data).not.toHaveProperty('createdBy');
    const hidden = await request(`/api/v1/pledges/${draft.id}`);
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual({ error: { code: 'notFound' } });
    expect((await request('/api/v1/pledges/not-a-uuid')).status).toBe(404);
  });

  it('exports CSV with a BOM, a header row and Arabic intact', async () => {
    const res = await request('/api/v1/pledges.csv?objective=7');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pledges.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,title_ar,title_en,status,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('إدارة الحدود وتدريب موظفيها');
    expect(lines[1]).toContain('"Border staff training, ""fair"" and safe"');
    expect(lines[1]).toContain(',"7;10",');
    expect((await request('/api/v1/pledges.csv?objective=24')).status).toBe(400);
  });

  it('shows the pledge page for a published pledge, 404 for a draft (anonymous)', async () => {
    const en = await request(`/en/pledges/${published.id}`);
    expect(en.status).toBe(200);
    const html = visible(await en.text());
    expect(html).toContain('Border staff training');
    // Amounts show fraction digits only when there are any.
    expect(html).toMatch(/\$250,000(?![.\d])/);
    expect(html).toContain('/en/objectives/7');
    expect(html).toContain('Two centres opened in Cairo.');
    expect(html).toContain('role="img"');
    expect(html).toContain('Reporting up to date');
    const ar = await request(`/ar/pledges/${published.id}`);
    expect(ar.status).toBe(200);
    const arHtml = visible(await ar.text());
    expect(arHtml).toContain('<html lang="ar" dir="rtl"');
    expect(arHtml).toContain('Two centres opened in Cairo.');
    expect(arHtml).toContain('متاح بالإنجليزية فقط');
    expect((await request(`/en/pledges/${draft.id}`)).status).toBe(404);
    expect((await request(`/ar/pledges/${draft.id}`)).status).toBe(404);
    expect((await request('/en/pledges/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('pages the JSON list by keyset with page.next, beside offsets, and refuses a bad cursor', async () => {
    const all = await json(await request('/api/v1/pledges'));
    const first = await json(await request('/api/v1/pledges?limit=1'));
    expect(first.page).toMatchObject({ total: 2, limit: 1, offset: 0, totalCapped: false });
    expect(first.data.map((p) => p.id)).toEqual([all.data[0]!.id]);
    const next = first.page.next;
    expect(typeof next).toBe('string');
    const second = await json(await request(`/api/v1/pledges?limit=1&after=${next}`));
    expect(second.data.map((p) => p.id)).toEqual([all.data[1]!.id]);
    expect(second.page).toMatchObject({ total: 2, offset: 0, next: null });
    // The oldest order has its own cursors; title sorting has none.
    const oldest = await json(await request('/api/v1/pledges?limit=1&sort=oldest'));
    expect(oldest.data.map((p) => p.id)).toEqual([all.data[1]!.id]);
    expect((await request(`/api/v1/pledges?limit=1&sort=oldest&after=${next}`)).status).toBe(400);
    expect((await json(await request('/api/v1/pledges?limit=1&sort=title'))).page.next).toBeNull();
    const titled = await request(`/api/v1/pledges?sort=title&after=${next}`);
    expect(titled.status).toBe(400);
    expect((await json(titled)).error).toMatchObject({ code: 'invalidFilter', field: 'sort' });
    // Words rank by relevance unless a sort is given: no keyset there either (400, not a server error).
    const ranked = await request(`/api/v1/pledges?q=centres&after=${next}`);
    expect(ranked.status).toBe(400);
    expect((await json(ranked)).error).toMatchObject({ code: 'invalidFilter', field: 'sort' });
    const withOffset = await json(await request(`/api/v1/pledges?offset=1&after=${next}`));
    expect(withOffset.error).toMatchObject({ field: 'offset' });
    const bad = await json(await request('/api/v1/pledges?after=nonsense'));
    expect(bad.error).toMatchObject({ code: 'invalidFilter', field: 'after' });
  });

  it('documents the three endpoints in the OpenAPI document', async () => {
    const doc = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of ['/pledges', '/pledges/{id}', '/pledges.csv'])
      expect(doc.paths).toHaveProperty([path]);
    expect(doc.components.schemas).toHaveProperty('Pledge');
    expect(doc.components.schemas).toHaveProperty('PledgeDetail');
    expect(doc.components.schemas).toHaveProperty('KeysetPage');
    const list = JSON.stringify(doc.paths['/pledges']);
    expect(list).toContain('"name":"after"');
    expect(list).toContain('#/components/schemas/KeysetPage');
  });
});
