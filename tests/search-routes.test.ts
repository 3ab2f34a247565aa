import { beforeAll, describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { request } from './http';
import { useTestPlatform } from './platform';

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const q = (text: string) => encodeURIComponent(text);

describe('search page and API', () => {
  const platform = useTestPlatform();

  beforeAll(async () => {
    const { db } = platform().database;
    await createPledge(db, {
      countryIso3: 'EGY',
      status: 'published',
      publishedAt: new Date('2024-03-01T00:00:00Z'),
      title: { ar: 'خفض تكلفة التحويلات المالية للمهاجرين', en: 'Cheaper remittances for migrants' },
      objectives: [20],
    });
    await createPledge(db, {
      countryIso3: 'JOR',
      status: 'draft',
      title: { ar: 'مسودة عن التحويلات المالية', en: 'Draft on remittances' },
      objectives: [20],
    });
  });

  it('answers the list envelope with facets, public items only', async () => {
    const res = await request(`/api/v1/search?q=${q('للتحويلات')}&limit=5`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { title: { ar: string }; type: string; snippet: { text: string }; visibility: string }[];
      page: { total: number; limit: number; offset: number };
      facets: Record<string, Record<string, number>>;
      search: { alsoSearched: { key: string }[] };
    };
    // The published pledge and the seeded indicator catalogue's remittance-cost indicator; never the draft.
    expect(body.page).toEqual({ total: 2, totalCapped: false, limit: 5, offset: 0 });
    expect(body.data.map((d) => d.title.ar).sort()).toEqual([
      'تكاليف التحويلات المالية نسبةً إلى المبلغ المحوَّل',
      'خفض تكلفة التحويلات المالية للمهاجرين',
    ]);
    expect(body.data.every((d) => d.visibility === 'public')).toBe(true);
    expect(body.facets.type).toEqual({ pledge: 1, indicator: 1 });
    expect(body.facets.objective).toEqual({ '20': 2 });
    expect(body.facets.country).toEqual({ EGY: 1 });
    expect(body.search.alsoSearched.map((e) => e.key)).toEqual(['remittances']);
  });

  it('refuses a bad filter with 400 naming the allowed values', async () => {
    const res = await request('/api/v1/search?q=x&type=poem');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; allowed: string[] } };
    expect(body.error.field).toBe('type');
    expect(body.error.allowed).toContain('pledge');
    expect((await request('/api/v1/search?objective=30')).status).toBe(400);
    expect((await request('/api/v1/search?limit=500')).status).toBe(400);
  });

  it('refuses every bad search filter with a 400 naming what it allows', async () => {
    for (const [field, value] of [
      ['type', 'poem'],
      ['objective', '30'],
      ['principle', 'nope'],
      ['country', 'XXX'],
      ['region', 'atlantis'],
      ['year', '1800'],
      ['lang', 'fr'],
    ] as const) {
      const res = await request(`/api/v1/search?q=x&${field}=${value}`);
      expect(res.status, field).toBe(400);
      const { error } = (await res.json()) as { error: { field: string; allowed: string | string[] } };
      expect(error.field).toBe(field);
      expect(error.allowed.length, field).toBeGreaterThan(0);
    }
  });

  // The "bad input": emoji, right-to-left marks, SQL-looking text, 10,000 characters, lone
  // diacritics and tatweel, only stop words — results or an empty state, on every place words are typed.
  const odd = [
    '😀',
    '\u200f\u200eالتحويلات\u200f',
    "'); select pg_sleep(10); --",
    '\u200f',
    'ِ',
    'ـــ',
    'a'.repeat(10_000),
    'التحويلات '.repeat(1000),
    '&|!():*',
    'من في على',
    'the of and',
  ];
  it('never fails on odd queries', async () => {
    for (const text of odd) {
      const label = text.slice(0, 10);
      expect((await request(`/api/v1/search?q=${q(text)}`)).status, label).toBe(200);
      expect((await request(`/ar/search?q=${q(text)}`)).status, label).toBe(200);
      expect((await request(`/api/v1/search/suggestions?q=${q(text)}`)).status, label).toBe(200);
      expect((await request(`/api/v1/pledges?q=${q(text)}`)).status, label).toBe(200);
      expect((await request(`/ar/pledges?q=${q(text)}`)).status, label).toBe(200);
    }
    // Marks around a word do not hide it; very long text is read, not refused.
    const marked = (await (await request(`/api/v1/pledges?q=${q(odd[1]!)}`)).json()) as {
      page: { total: number };
    };
    expect(marked.page.total).toBe(1);
    const long = (await (await request(`/api/v1/pledges?q=${q(odd[7]!)}`)).json()) as {
      page: { total: number };
    };
    expect(long.page.total).toBe(1);
    const stop = (await (await request(`/api/v1/search?q=${q('من في على')}`)).json()) as { data: unknown[] };
    expect(stop.data).toEqual([]);
  });

  it('renders results with the matches marked, without JavaScript', async () => {
    const res = await request(`/ar/search?q=${q('remittances')}`);
    expect(res.status).toBe(200);
    const html = visible(await res.text());
    expect(html).toContain('<mark');
    expect(html).toContain('التحويلات');
    expect(html).toContain('بحثنا أيضًا عن');
    expect(html).not.toContain('مسودة');
    const none = visible(await (await request(`/en/search?q=${q('من في')}`)).text());
    expect(none).toContain('only very common words');
  });

  it('suggests titles from two characters', async () => {
    const res = await request(`/api/v1/search/suggestions?q=${q('التحو')}&lang=ar`);
    const body = (await res.json()) as { data: { title: { text: string }; typeLabel: string }[] };
    const pledge = body.data.find((d) => d.title.text === 'خفض تكلفة التحويلات المالية للمهاجرين');
    expect(pledge?.typeLabel).toBe('تعهد');
    expect(body.data.map((d) => d.title.text)).not.toContain('مسودة عن التحويلات المالية');
    const short = (await (await request(`/api/v1/search/suggestions?q=${q('ا')}`)).json()) as {
      data: unknown[];
    };
    expect(short.data).toEqual([]);
  });
});
