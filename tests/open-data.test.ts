import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { contentFields } from '~/modules/open-data/dataset-fields';
import { datasetKeys } from '~/modules/open-data/datasets.server';
import { request } from './http';
import { useTestPlatform } from './platform';

type Json = Record<string, unknown>;

describe('open data: datasets and bulk downloads', () => {
  const platform = useTestPlatform();

  // The first request loads the server build: allow for a slow, shared machine.
  it('lists every dataset with its size, files, schemas and dictionary pages', {
    timeout: 60_000,
  }, async () => {
    const { db } = platform().database;
    await createPledge(db, { status: 'published', publishedAt: new Date() });
    const res = await request('/api/v1/datasets');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Json[]; page: Json };
    expect(body.data.map((d) => d.key)).toEqual(datasetKeys);
    const pledge = body.data.find((d) => d.key === 'pledge')!;
    expect(pledge.rows).toBe(1);
    expect(pledge.downloads).toEqual({
      csv: 'http://localhost/api/v1/datasets/pledge.csv',
      jsonl: 'http://localhost/api/v1/datasets/pledge.jsonl',
    });
    expect((pledge.title as Json).ar).toBeTruthy();
    expect((body.data.find((d) => d.key === 'objectives') as Json).rows).toBe(23);
  });

  it('streams only what the public may open, as CSV with a BOM (or without) and as JSON Lines', async () => {
    const { db } = platform().database;
    const published = await createPledge(db, {
      status: 'published',
      publishedAt: new Date(),
      title: { ar: 'تعهد "منشور"، بفاصلة', en: 'A published, quoted "pledge"' },
    });
    const draft = await createPledge(db, { status: 'draft' });

    const csv = await request('/api/v1/datasets/pledge.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('link')).toContain('rel="describedby"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(contentFields.map((f) => f.name).join(','));
    expect(text).toContain(published.id);
    expect(text).toContain('"تعهد ""منشور""، بفاصلة"');
    expect(text).not.toContain(draft.id);

    const noBom = new Uint8Array(await (await request('/api/v1/datasets/pledge.csv?bom=0')).arrayBuffer());
    expect(noBom[0]).toBe('t'.charCodeAt(0));

    const jsonl = await request('/api/v1/datasets/pledge.jsonl');
    expect(jsonl.headers.get('content-type')).toBe('application/jsonl; charset=utf-8');
    const records = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(records.map((r) => r.id)).toContain(published.id);
    expect(records.map((r) => r.id)).not.toContain(draft.id);
    const record = records.find((r) => r.id === published.id)!;
    expect(record.objectives).toEqual([6]);
    expect(record.url_en).toBe(`http://localhost/en/pledges/${published.id}`);
  });

  it('reads a large dataset in batches, whole and in order', async () => {
    const { db } = platform().database;
    await db.execute(sql`insert into content_items (type, id, visibility, status, updated_at, path)
      select 'pledge', 'bulk-' || lpad(g::text, 5, '0'), 'public', 'published', now(), '/pledges/bulk-' || g
      from generate_series(1, 1200) g`);
    try {
      const records = (await (await request('/api/v1/datasets/pledge.jsonl')).text()).trim().split('\n');
      const bulk = records
        .map((l) => (JSON.parse(l) as Json).id as string)
        .filter((id) => id.startsWith('bulk-'));
      expect(bulk).toHaveLength(1200);
      expect(bulk).toEqual([...bulk].sort());
    } finally {
      await db.execute(sql`delete from content_items where id like 'bulk-%'`);
    }
  });

  it('describes each dataset in a Table Schema per language and on a readable page', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const res = await request(`/api/v1/datasets/pledge/schema.json?lang=${lang}`);
      expect(res.status).toBe(200);
      const schema = (await res.json()) as { fields: Json[]; primaryKey: string[] };
      expect(schema.fields.map((f) => f.name)).toEqual(contentFields.map((f) => f.name));
      expect(schema.primaryKey).toEqual(['id']);
      const objectives = schema.fields.find((f) => f.name === 'objectives')!;
      expect(objectives).toMatchObject({ type: 'list', delimiter: ';', itemType: 'integer' });
      expect(String(objectives.description)).toMatch(lang === 'ar' ? /أهداف/ : /objectives/);
      const page = await request(`/${lang}/open-data/pledge`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('field-objectives');
    }
    expect((await request('/ar/open-data')).status).toBe(200);
    const doc = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Json;
      components: { schemas: Record<string, { properties: Json }> };
    };
    for (const path of ['/datasets', '/datasets/{file}', '/datasets/{key}/schema.json'])
      expect(doc.paths).toHaveProperty([path]);
    expect(Object.keys(doc.components.schemas.ContentRecord!.properties)).toEqual(
      contentFields.map((f) => f.name),
    );
  });

  it('refuses unknown datasets and bad options clearly, and limits downloads with 429 + Retry-After', async () => {
    expect((await request('/api/v1/datasets/nothing.csv')).status).toBe(404);
    expect((await request('/api/v1/datasets/pledge.xml')).status).toBe(404);
    expect((await request('/en/open-data/nothing')).status).toBe(404);
    const bad = await request('/api/v1/datasets/pledge.csv?bom=2');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalidFilter', field: 'bom', allowed: ['0', '1'] },
    });
    const lang = await request('/api/v1/datasets/pledge/schema.json?lang=fr');
    expect(lang.status).toBe(400);

    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await request('/api/v1/datasets/regions.jsonl');
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    await platform().database.db.execute(sql`delete from rate_limits`);
  });
});
