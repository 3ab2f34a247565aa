import { describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { escapeHtml, request } from './http';
import { useTestPlatform } from './platform';

const en = serverI18n('en', 'latn');

type Cell = { total: number; byType: Record<string, number> };
type Matrix = {
  by: string;
  columns: { id: string }[];
  rows: { objective: number; cells: Cell[]; total: number }[];
  leastCovered: { column: string; objectives: { objective: number; total: number }[] }[];
  pledgeStatus: { objective: number; byStatus: { published: number; closed: number }; total: number }[];
  trend: { year: number; total: number }[];
  definitions: { ar: string[]; en: string[] };
};

describe('coverage radar', () => {
  const platform = useTestPlatform();

  const matrix = async (query: string) => {
    const res = await request(`/api/v1/coverage${query}`);
    expect(res.status, query).toBe(200);
    return ((await res.json()) as { data: Matrix }).data;
  };
  const cell = (m: Matrix, objective: number, column: string) =>
    m.rows.find((r) => r.objective === objective)!.cells[m.columns.findIndex((c) => c.id === column)]!;

  it('counts public items per objective × region and × country, never drafts', {
    timeout: 60_000,
  }, async () => {
    const { db } = platform().database;
    const before = cell(await matrix('?by=region'), 7, 'ESCWA').total;
    const statusBefore = (await matrix('?by=country&region=ESCWA')).pledgeStatus.find(
      (r) => r.objective === 8,
    )!;
    const jordan = await createPledge(db, {
      status: 'published',
      publishedAt: new Date('2026-02-01T00:00:00Z'),
      objectives: [7],
      countries: ['JOR'],
    });
    await createPledge(db, {
      status: 'published',
      publishedAt: new Date('2026-02-02T00:00:00Z'),
      objectives: [7, 8],
      countries: ['EGY', 'JOR'],
    });
    await createPledge(db, { status: 'draft', objectives: [7, 8], countries: ['JOR'] });
    await createPledge(db, {
      status: 'closed',
      publishedAt: new Date('2025-02-02T00:00:00Z'),
      closedAt: new Date('2026-01-02T00:00:00Z'),
      objectives: [8],
      countries: ['JOR'],
    });
    await createPledge(db, { status: 'submitted', objectives: [8], countries: ['JOR'] });

    const regions = await matrix('?by=region');
    expect(regions.columns.map((c) => c.id)).toEqual(expect.arrayContaining(['ESCWA', 'ECA']));
    expect(regions.rows).toHaveLength(23);
    expect(cell(regions, 7, 'ESCWA').total).toBe(before + 2);
    expect(cell(regions, 7, 'ESCWA').byType.pledge).toBeGreaterThanOrEqual(2);
    // An item naming two countries of one region counts once in the region's cell.
    expect(cell(regions, 8, 'ESCWA').total).toBe(2);
    expect(regions.definitions.ar).toHaveLength(4);

    const countries = await matrix('?by=country&region=ESCWA');
    expect(countries.by).toBe('country');
    expect(cell(countries, 7, 'JOR').total).toBe(2);
    expect(cell(countries, 8, 'EGY').total).toBe(1);
    expect(cell(countries, 8, 'JOR').total).toBe(2);
    // Pledges by status per objective: the public ones only (the draft and the submission are not).
    const status8 = countries.pledgeStatus.find((r) => r.objective === 8)!;
    expect(status8.byStatus.published - statusBefore.byStatus.published).toBe(1);
    expect(status8.byStatus.closed - statusBefore.byStatus.closed).toBe(1);
    expect(status8.total).toBe(status8.byStatus.published + status8.byStatus.closed);
    expect(countries.pledgeStatus).toHaveLength(23);
    const least = countries.leastCovered.find((l) => l.column === 'JOR')!;
    expect(least.objectives).toHaveLength(5);
    expect(least.objectives.map((o) => o.objective)).not.toContain(7);
    expect(countries.trend.find((y) => y.year === 2025)?.total ?? 0).toBeGreaterThanOrEqual(0);
    expect(jordan.id).toBeTruthy();
  });

  it('is documented in the OpenAPI document, pledge statuses included', async () => {
    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(JSON.stringify(doc.paths['/coverage'])).toContain('pledgeStatus');
  });

  it('validates its filters with clear 400s and answers 404 for an unknown region', async () => {
    const bad = await request('/api/v1/coverage?by=planet');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalidFilter', field: 'by', allowed: ['region', 'country'] },
    });
    expect((await request('/api/v1/coverage?by=country')).status).toBe(400);
    expect((await request('/api/v1/coverage?kind=galaxy')).status).toBe(400);
    expect((await request('/api/v1/coverage?by=country&region=NOWHERE')).status).toBe(404);
    expect((await request('/en/coverage?region=NOWHERE')).status).toBe(404);
  });

  it('answers an empty matrix with a note in both languages for a region without member states', async () => {
    const res = await request('/api/v1/coverage?by=country&region=ECE');
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: Matrix & { region: { id: string }; note: { code: string; ar: string; en: string } };
    };
    expect(data.region.id).toBe('ECE');
    expect(data.columns).toEqual([]);
    expect(data.rows.every((r) => r.cells.length === 0 && r.total === 0)).toBe(true);
    expect(data.note).toEqual({
      code: 'noMembers',
      ar: serverI18n('ar').t('coverage.note.noMembers'),
      en: en.t('coverage.note.noMembers'),
    });
    expect(data.note.ar).toMatch(/[\u0600-\u06FF]/);
    // A region with members carries no note.
    expect((await (await request('/api/v1/coverage?by=country&region=ESCWA')).json()).data.note).toBeNull();
    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(JSON.stringify(doc.paths['/coverage'])).toContain('noMembers');

    for (const [locale, i18n] of [
      ['ar', serverI18n('ar')],
      ['en', en],
    ] as const) {
      const page = await request(`/${locale}/coverage?region=ECLAC`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(escapeHtml(i18n.t('coverage.note.noMembers')));
      expect(html).not.toContain('id="coverage-heatmap"');
    }
  });

  it('renders the radar in both directions with SVG, tables, definitions and a CSV in the reader’s digits', async () => {
    for (const path of [
      '/ar/coverage',
      '/en/coverage',
      '/ar/coverage?region=ESCWA',
      '/en/coverage?kind=m49_region',
    ]) {
      const res = await request(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain('<svg role="img"');
      expect(html).toContain('coverage-heatmap-title');
      expect(html).toContain('<table');
      expect(html).toContain('id="pledge-status-heading"');
    }
    // On a region's page, each status count opens the registry with the same objective, status and region.
    const regionPage = await (await request('/en/coverage?region=ESCWA')).text();
    expect(regionPage).toMatch(/href="\/en\/pledges\?objective=8&amp;status=closed&amp;region=ESCWA"/);
    const csv = await request('/ar/coverage.csv?region=ESCWA');
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/الهدف[^,\r\n]*٧/);
    const english = await request('/en/coverage.csv');
    expect(english.status).toBe(200);
    expect(await english.text()).toContain('Objective 7,');
    // The pledges by status close each row, the same numbers as the page's second table and the API.
    const escwa = (await (await request('/en/coverage.csv?region=ESCWA')).text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = escwa.trim().split(/\r?\n/);
    expect(header!.split(',').slice(-3)).toEqual([
      en.t('coverage.csv.pledgesPublished'),
      en.t('coverage.csv.pledgesClosed'),
      en.t('coverage.csv.pledgesTotal'),
    ]);
    const eight = (await matrix('?by=country&region=ESCWA')).pledgeStatus.find((p) => p.objective === 8)!;
    expect(eight.byStatus.closed).toBeGreaterThan(0);
    const row = lines.find((l) => l.startsWith('Objective 8,'))!.split(',');
    expect(row.slice(-3)).toEqual([eight.byStatus.published, eight.byStatus.closed, eight.total].map(String));
  });

  it('gathers a country’s coverage and newest public items on its profile page', async () => {
    const res = await request('/en/countries/jor');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="country-coverage"');
    expect(html).toContain('id="country-latest"');
    expect(html).toContain('/feeds/countries/JOR.atom?lang=en');
    expect(html).toContain('Four one-stop centres');
  });
});
