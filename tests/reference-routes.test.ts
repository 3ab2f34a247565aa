import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, objectives } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the whole message catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const json = async (res: Response) =>
  (await res.json()) as Record<string, unknown> & { data: Record<string, unknown>[] };

describe('GCM framework pages', () => {
  useTestPlatform();

  const pages = [
    '',
    '/objectives',
    '/objectives/7',
    '/principles',
    '/principles/human_rights',
    '/thematic-areas',
    '/countries',
    '/countries?region=LAS&q=%D9%85%D8%B5%D8%B1',
    '/countries/egy',
    '/regions',
    '/regions/ARCP',
    '/regions/m49-002',
  ];

  it('answers every page in Arabic (rtl) and English (ltr)', async () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      for (const page of pages) {
        const res = await request(`/${lang}${page}`);
        expect(res.status, `/${lang}${page}`).toBe(200);
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}" dir="${dir}"`);
        expect(html).toMatch(/<title>[^<]+<\/title>/);
        expect(html).toContain('<meta name="description"');
      }
    }
  }, 60_000);

  it('shows an objective with its number, titles, status, thematic area, counts and neighbours', async () => {
    const ar = await (await request('/ar/objectives/7')).text();
    expect(ar).toContain('معالجة مواطن الضعف في الهجرة والحد منها');
    expect(ar).toContain('ترجمة عمل');
    expect(ar).toContain('/ar/objectives/6');
    expect(ar).toContain('/ar/objectives/8');
    expect(ar).toContain('/ar/thematic-areas#area-2');
    expect(ar).toContain('غير متحقق منه');
    expect(ar).toContain('<title>الهدف ٧: الحد من مواطن الضعف — ');
    const en = visible(await (await request('/en/objectives/7')).text());
    expect(en).toContain('Address and reduce vulnerabilities in migration');
    expect(en).toContain('Content tagged with this objective');
    expect(en).toContain('Nothing published yet.');
    expect(en).toContain('<dt>Implementation plan actions</dt>');
    expect(en).not.toContain('Working translation');
  });

  it('answers 404 in the URL language for objectives that do not exist', async () => {
    for (const n of ['0', '24', 'abc', '07', '7.5']) {
      const res = await request(`/en/objectives/${n}`);
      expect(res.status, n).toBe(404);
      expect(await res.text()).toContain('<html lang="en" dir="ltr"');
    }
    expect((await request('/ar/countries/XXX')).status).toBe(404);
    expect((await request('/ar/regions/nope')).status).toBe(404);
    expect((await request('/ar/principles/nope')).status).toBe(404);
  });

  it('filters countries with a plain GET form and searches names in both languages', async () => {
    const las = await (await request('/en/countries?region=LAS')).text();
    expect(las).toContain('22 countries');
    expect(las).toMatch(/<form [^>]*action="\/en\/countries" method="get"/);
    const search = await (await request('/ar/countries?q=%D9%85%D8%B5%D8%B1')).text();
    expect(search).toContain('/ar/countries/EGY');
    expect(search).toContain('دولة واحدة');
    const observers = await (await request('/en/countries?unStatus=observer')).text();
    expect(observers).toContain('2 countries');
    expect(observers).toContain('Holy See');
    const unknown = await (await request('/en/countries?region=ATLANTIS')).text();
    expect(unknown).toContain('does not exist');
  });

  it('shows a country’s groupings and a commission without recorded membership', async () => {
    const egypt = await (await request('/en/countries/egy')).text();
    expect(egypt).toContain('<h1');
    expect(egypt).toMatch(/<h1[^>]*>(<[^>]+>)*Egypt/);
    for (const id of ['LAS', 'ESCWA', 'ECA', 'ARCP', 'M49-015']) expect(egypt).toContain(`/en/regions/${id}`);
    const ece = await (await request('/en/regions/ECE')).text();
    expect(ece).toContain('Membership not recorded');
    const thematic = await (await request('/ar/thematic-areas')).text();
    expect(thematic).toContain('غير متحقق منه');
  });
});

describe('JSON API', () => {
  useTestPlatform();

  it('lists objectives in the envelope with pagination, cache and CORS headers', async () => {
    const res = await request('/api/v1/objectives');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(res);
    expect(body.page).toEqual({ total: 23, totalCapped: false, limit: 100, offset: 0 });
    expect(body.data).toHaveLength(23);
    expect(body.data[6]).toMatchObject({
      id: 7,
      number: 7,
      code: 'GCM-O07',
      shortLabel: { en: 'Reduce vulnerabilities' },
    });
    expect((body.data[6]?.title as { ar?: string } | undefined)?.ar).toBeTruthy();
    const page = await json(await request('/api/v1/objectives?limit=5&offset=20'));
    expect(page.page).toEqual({ total: 23, totalCapped: false, limit: 5, offset: 20 });
    expect(page.data.map((o) => o.number)).toEqual([21, 22, 23]);
  });

  it('refuses bad pagination with a 400 naming the field and the allowed range', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'limit=-1']) {
      const res = await request(`/api/v1/objectives?${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'invalidFilter', field: 'limit', allowed: '1..100' },
      });
    }
    const offset = await request('/api/v1/objectives?offset=x');
    expect(offset.status).toBe(400);
    expect(((await offset.json()) as { error: { field: string } }).error.field).toBe('offset');
  });

  it('answers one objective, and 404 JSON for an unknown one', async () => {
    const res = await request('/api/v1/objectives/7');
    expect(((await res.json()) as { data: { code: string } }).data.code).toBe('GCM-O07');
    for (const n of ['0', '24', 'abc']) {
      const missing = await request(`/api/v1/objectives/${n}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: { code: 'notFound' } });
    }
  });

  it('lists principles and thematic areas', async () => {
    const principles = await json(await request('/api/v1/principles'));
    expect(principles.page).toMatchObject({ total: 10 });
    expect(principles.data[0]).toMatchObject({
      id: 'people_centred',
      key: 'people_centred',
      name: { en: 'People-centred' },
    });
    const areas = await json(await request('/api/v1/thematic-areas'));
    expect(areas.data).toHaveLength(5);
    for (const a of areas.data) {
      expect(a.verified).toBe(false);
      expect((a.objectives as unknown[]).every((n) => typeof n === 'number')).toBe(true);
    }
  });

  it('filters countries by region and UN status, refusing unknown values', async () => {
    const all = await json(await request('/api/v1/countries'));
    expect(all.page).toEqual({ total: 195, totalCapped: false, limit: 250, offset: 0 });
    const las = await json(await request('/api/v1/countries?region=LAS'));
    expect(las.page).toMatchObject({ total: 22 });
    const egypt = las.data.find((c) => c.iso3 === 'EGY');
    expect(egypt).toEqual({
      id: 'EGY',
      iso3: 'EGY',
      iso2: 'EG',
      m49: '818',
      name: { ar: 'مصر', en: 'Egypt' },
      unStatus: 'member',
      region: 'M49-002',
      subregion: 'M49-015',
      groupings: ['ARCP', 'ECA', 'ESCWA', 'LAS'],
    });
    const observers = await json(await request('/api/v1/countries?unStatus=observer'));
    expect(observers.data.map((c) => c.iso3).sort()).toEqual(['PSE', 'VAT']);

    const badRegion = await request('/api/v1/countries?region=ATLANTIS');
    expect(badRegion.status).toBe(400);
    const err = (await badRegion.json()) as { error: { code: string; field: string; allowed: string[] } };
    expect(err.error.code).toBe('invalidFilter');
    expect(err.error.field).toBe('region');
    expect(err.error.allowed).toContain('LAS');
    expect(err.error.allowed).toContain('M49-145');
    const badStatus = await request('/api/v1/countries?unStatus=territory');
    expect(badStatus.status).toBe(400);
    expect(await badStatus.json()).toEqual({
      error: { code: 'invalidFilter', field: 'unStatus', allowed: ['member', 'observer'] },
    });
  });

  it('answers one country with its memberships, and regions with members', async () => {
    const res = await request('/api/v1/countries/syr');
    const { data } = (await res.json()) as {
      data: { iso3: string; memberships: { id: string; note: string | null }[] };
    };
    expect(data.iso3).toBe('SYR');
    expect(data.memberships.find((m) => m.id === 'LAS')?.note).toMatch(/suspended/);
    expect((await request('/api/v1/countries/XXX')).status).toBe(404);
    const regions = await json(await request('/api/v1/regions'));
    expect(regions.page).toMatchObject({ total: 34 });
    const ece = regions.data.find((r) => r.id === 'ECE');
    expect(ece).toMatchObject({ kind: 'regional_commission', memberCount: 0, members: [] });
    const commissions = await json(await request('/api/v1/regions?kind=regional_commission'));
    expect(commissions.data.map((r) => r.id)).toEqual(['ECA', 'ECE', 'ECLAC', 'ESCAP', 'ESCWA']);
    expect((await request('/api/v1/regions?kind=planet')).status).toBe(400);
  });

  it('publishes an OpenAPI 3.1 document listing every path', async () => {
    const res = await request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/objectives',
      '/objectives/{number}',
      '/principles',
      '/thematic-areas',
      '/countries',
      '/countries/{iso3}',
      '/regions',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.components.schemas).toHaveProperty('Error');
    expect(doc.components.schemas).toHaveProperty('ListEnvelope');
  });
});

describe('reference editing', () => {
  const platform = useTestPlatform();
  const official = 'معالجة أوجه الضعف في الهجرة والحد منها';

  it('sends anonymous visitors to sign in and refuses plain users', async () => {
    const anon = await request('/ar/admin/reference');
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toBe(
      `/ar/sign-in?next=${encodeURIComponent('/ar/admin/reference')}`,
    );
    const anonPost = await request('/ar/admin/reference/objective/7', {
      form: { version: '1', title_ar: 'x', title_en: 'x' },
    });
    expect(anonPost.status).toBe(302);
    const user = await createUser(platform().database.db);
    const session = await signIn(user.id);
    expect((await request('/ar/admin/reference', { session })).status).toBe(403);
    expect((await request('/ar/admin/reference/objective/7', { session })).status).toBe(403);
    const post = await request('/ar/admin/reference/objective/7', {
      session,
      form: { version: '1', title_ar: 'x', title_en: 'x' },
    });
    expect(post.status).toBe(403);
  });

  it('lets the network secretariat correct a label, audited; a stale save answers 409 and keeps the text', async () => {
    const db = platform().database.db;
    const user = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const session = await signIn(user.id);

    const list = await request('/en/admin/reference?kind=objective', { session });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('/en/admin/reference/objective/7');
    const page = await request('/ar/admin/reference/objective/7', { session });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="version" value="1"');
    expect(html).toContain('name="_csrf"');

    const form = {
      version: '1',
      title_ar: official,
      title_en: 'Address and reduce vulnerabilities in migration',
      title_ar_status: 'official',
      title_en_status: 'keep',
      shortLabel_ar: 'الحد من مواطن الضعف',
      shortLabel_en: 'Reduce vulnerabilities',
      shortLabel_ar_status: 'keep',
      shortLabel_en_status: 'keep',
    };
    expect((await request('/ar/admin/reference/objective/7', { session, form, csrf: false })).status).toBe(
      403,
    );

    const saved = await request('/ar/admin/reference/objective/7', { session, form });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toBe('/ar/admin/reference?kind=objective&saved=7');
    const [row] = await db.select().from(objectives).where(eq(objectives.number, 7));
    expect(row?.title.ar).toBe(official);
    expect(row?.version).toBe(2);
    expect(row?.editedFields).toEqual(['title.ar']);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'reference.objective'), eq(auditLog.entityId, '7')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorId).toBe(user.id);
    expect(audits[0]?.requestId).toBe('test-request');

    const notice = await (await request('/ar/admin/reference?kind=objective&saved=7', { session })).text();
    expect(notice).toContain('role="status"');
    expect(notice).toContain('نص رسمي');

    const mine = 'نصي الذي كتبته قبل أن يحفظ غيري';
    const stale = await request('/ar/admin/reference/objective/7', {
      session,
      form: { ...form, title_ar: mine },
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain(mine);
    expect(conflict).toContain(official);
    expect(conflict).toContain('name="version" value="2"');
    expect(conflict).toContain('role="alert"');
    const [unchanged] = await db.select().from(objectives).where(eq(objectives.number, 7));
    expect(unchanged?.title.ar).toBe(official);
  });

  it('refuses an empty label with 400, keeping what was typed', async () => {
    const db = platform().database.db;
    const user = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const session = await signIn(user.id);
    const res = await request('/en/admin/reference/principle/human_rights', {
      session,
      form: {
        version: '1',
        name_ar: '',
        name_en: 'Human rights (typed)',
        name_ar_status: 'keep',
        name_en_status: 'keep',
      },
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Human rights (typed)');
    expect(html).toContain('aria-invalid="true"');
    expect((await request('/en/admin/reference/planet/1', { session })).status).toBe(404);
    expect((await request('/en/admin/reference/objective/24', { session })).status).toBe(404);
  });
});
