import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { listPledges, type PledgeCursor } from '~/modules/pledges/list-pledges.server';
import { csvHeader } from '~/modules/pledges/pledge-presenter';
import { request } from './http';
import { useTestPlatform } from './platform';

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

async function workbookOf(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0]!;
}

describe('registry exports: XLSX, links, paging', () => {
  const platform = useTestPlatform();
  const ids: string[] = [];

  beforeAll(async () => {
    const db = platform().database.db;
    for (let i = 0; i < 5; i++) {
      const p = await createPledge(db, {
        countryIso3: i % 2 ? 'EGY' : 'JOR',
        status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, 10 + (i % 3))),
        title: { ar: `تعهد تصدير رقم ${i}`, en: `Export pledge ${i}` },
        objectives: [7, 10],
        forms: ['financial'],
        financialAmount: 1000.5 * (i + 1),
        financialCurrency: 'USD',
        startDate: '2025-02-01',
        endDate: '2028-06-30',
      });
      ids.push(p.id);
    }
    await createPledge(db, { status: 'draft', objectives: [7], title: { en: 'Draft, never exported' } });
  });

  it('writes the filtered registry as a workbook read back with exceljs: bold header, RTL for Arabic, typed cells', async () => {
    const res = await request('/api/v1/pledges.xlsx?objective=7&lang=ar');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pledges.xlsx"');
    const sheet = await workbookOf(res);
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual([...csvHeader]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.actualRowCount).toBe(6);

    const column = (name: (typeof csvHeader)[number]) => csvHeader.indexOf(name) + 1;
    const rows = Array.from({ length: 5 }, (_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(column('id')).value).sort()).toEqual([...ids].sort());
    const first = rows.find((r) => r.getCell(column('id')).value === ids[0])!;
    expect(first.getCell(column('title_ar')).value).toBe('تعهد تصدير رقم 0');
    expect(first.getCell(column('financial_amount')).value).toBe(1000.5);
    expect(first.getCell(column('financial_currency')).value).toBe('USD');
    expect(first.getCell(column('objectives')).value).toBe('7;10');
    expect(first.getCell(column('is_sample')).value).toBe(false);
    const start = first.getCell(column('start_date'));
    expect(start.value).toEqual(new Date('2025-02-01T00:00:00Z'));
    expect(start.numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(column('published_at')).value).toEqual(new Date('2025-01-10T00:00:00Z'));
    expect(first.getCell(column('last_progress_on')).value).toBeNull();

    const en = await workbookOf(await request('/api/v1/pledges.xlsx?country=EGY'));
    expect(en.views[0]?.rightToLeft).toBeFalsy();
    expect(en.actualRowCount).toBe(3);

    const bad = await request('/api/v1/pledges.xlsx?objective=24');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalidFilter', field: 'objective' } });
  });

  it("offers the reader's CSV and XLSX and the programs' CSV and JSON, carrying the filters, on the registry page", async () => {
    const ar = visible(await (await request('/ar/pledges?objective=7&country=EGY')).text());
    expect(ar).toContain('href="/ar/pledges/export.csv?objective=7&amp;country=EGY"');
    expect(ar).toContain('href="/ar/pledges/export.xlsx?objective=7&amp;country=EGY"');
    expect(ar).toContain('href="/api/v1/pledges.csv?objective=7&amp;country=EGY"');
    expect(ar).toContain('href="/api/v1/pledges?objective=7&amp;country=EGY"');
    const en = visible(await (await request('/en/pledges')).text());
    expect(en).toContain('href="/en/pledges/export.xlsx"');
    expect(en).not.toContain('/api/v1/pledges.xlsx');
  });

  it('pages by keyset like by offset, and caps counts when asked', async () => {
    const db = platform().database.db;
    // Microseconds (JavaScript dates stop at milliseconds): the cursor must not repeat or skip a row.
    await db.execute(
      sql`update pledges set published_at = published_at + interval '123 microseconds' where id = ${ids[3]}`,
    );
    const filters = { sort: 'oldest' as const };
    const all = (await listPledges({ db, filters, limit: 100 })).items.map((i) => i.id);
    const seen: string[] = [];
    let after: PledgeCursor | undefined;
    for (;;) {
      const { items, next } = await listPledges({ db, filters, limit: 2, after, count: false });
      seen.push(...items.map((i) => i.id));
      if (!next || items.length < 2) break;
      after = next;
    }
    expect(seen).toEqual(all);
    expect(all).toHaveLength(5);

    expect(await listPledges({ db, countLimit: 3, limit: 1 })).toMatchObject({ total: 4, totalCapped: true });
    expect(await listPledges({ db, countLimit: 5, limit: 1 })).toMatchObject({
      total: 5,
      totalCapped: false,
    });
    expect(await listPledges({ db, limit: 1 })).toMatchObject({ total: 5, totalCapped: false });
  });
});
