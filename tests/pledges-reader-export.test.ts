import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { regions } from '#db/schema/reference';
import { createOrganisation } from '#seed/factories';
import { createPledge, sampleDescription } from '#seed/pledge-factories';
import { pledgeExportChunks } from '~/modules/pledges/pledge-export.server';
import { csvHeader } from '~/modules/pledges/pledge-presenter';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { request } from './http';
import { useTestPlatform } from './platform';

/** The CSV's records as the spreadsheet reads them (quotes, commas and line breaks in cells). */
async function csvOf(res: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
}

/** Records as objects keyed by their heading. */
const byHeading = ([head, ...rows]: string[][]) =>
  rows.map((row) => Object.fromEntries(head!.map((h, i) => [h, row[i] ?? ''])));

async function sheetOf(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0]!;
}

const ar = serverI18n('ar', 'arab');
const en = serverI18n('en', 'latn');
const col = (i18n: typeof ar, key: string) => i18n.t(`pledges-registry.export.col.${key}`);
const dated = (ext: string) => new RegExp(`^attachment; filename="pledges-\\d{4}-\\d{2}-\\d{2}\\.${ext}"$`);

describe("the registry's exports in the reader's language", () => {
  const platform = useTestPlatform();
  let published: { id: string };
  let englishOnly: { id: string };
  let lasName: { ar?: string; en?: string };

  beforeAll(async () => {
    const { db } = platform().database;
    const partner = await createOrganisation(db, {
      name: { ar: 'جمعية العون القانوني للمهاجرين', en: 'Migrant Legal Aid Society' },
    });
    published = await createPledge(db, {
      countryIso3: 'EGY',
      status: 'published',
      publishedAt: new Date('2025-03-04T10:00:00Z'),
      title: { ar: 'مراكز خدمات العمال المهاجرين', en: 'Service centres for migrant workers' },
      kind: 'partnership',
      forms: ['financial', 'policy'],
      financialAmount: 250000,
      financialCurrency: 'USD',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
      objectives: [7],
      principles: ['human_rights'],
      countries: ['EGY', 'JOR'],
      regions: ['LAS'],
      sdgTargets: ['10.7'],
      indicators: [
        {
          name: { ar: 'مراكز الخدمات المفتوحة', en: 'Service centres open' },
          unit: 'centres',
          baseline: 0,
          target: 4,
        },
      ],
      partners: [{ organisationId: partner.id }],
    });
    englishOnly = await createPledge(db, {
      status: 'closed',
      publishedAt: new Date('2024-05-01T00:00:00Z'),
      closedAt: new Date('2025-05-01T00:00:00Z'),
      title: { en: 'English-only data pledge' },
      description: { en: sampleDescription.en },
      objectives: [1],
    });
    await createPledge(db, {
      status: 'draft',
      countryIso3: 'EGY',
      title: { ar: 'تعهد سري في المسودة', en: 'Secret draft pledge' },
      objectives: [7],
    });
    const [las] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, 'LAS'));
    lasName = las!.name;
  });

  it('writes Arabic headings and values, with description, indicators and partners, public pledges only', async () => {
    const res = await request('/ar/pledges/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(dated('csv'));
    const records = await csvOf(res);
    const head = records[0]!;
    for (const heading of [
      'العنوان',
      'الحالة',
      'النوع',
      'الأشكال',
      'الوصف',
      'المؤشرات',
      'الشركاء',
      'البلدان',
    ])
      expect(head).toContain(heading);
    // No code of the API's export, nor any snake_case or English heading.
    for (const h of head) {
      expect(h).not.toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(csvHeader as readonly string[]).not.toContain(h);
    }
    const rows = byHeading(records);
    expect(rows).toHaveLength(2);
    expect(records.flat().join('\n')).not.toContain('تعهد سري في المسودة');

    const row = rows.find((r) => r[col(ar, 'id')] === published.id)!;
    expect(row[col(ar, 'title')]).toBe('مراكز خدمات العمال المهاجرين');
    expect(row[col(ar, 'description')]).toBe(sampleDescription.ar);
    expect(row[col(ar, 'textLanguage')]).toBe('');
    expect(row[col(ar, 'status')]).toBe('منشور');
    expect(row[col(ar, 'kind')]).toBe('تعهد بالشراكة');
    expect(row[col(ar, 'forms')]).toBe('مالي\nسياساتي');
    expect(row[col(ar, 'level')]).toBe('وطني');
    expect(row[col(ar, 'pledger')]).toBe('مصر');
    expect(row[col(ar, 'pledgerCategory')]).toBe('دولة');
    expect(row[col(ar, 'countries')]).toBe('الأردن\nمصر');
    expect(row[col(ar, 'regions')]).toBe(lasName.ar);
    expect(row[col(ar, 'objectives')]).toMatch(/^٧\. \S/);
    expect(row[col(ar, 'principles')]).not.toContain('human_rights');
    expect(row[col(ar, 'sdgTargets')]).toMatch(/^10\.7: \S/);
    expect(row[col(ar, 'indicators')]).toBe('مراكز الخدمات المفتوحة (centres): خط الأساس ٠، الهدف المنشود ٤');
    expect(row[col(ar, 'partners')]).toBe('جمعية العون القانوني للمهاجرين (لم يؤكد بعد)');
    expect(row[col(ar, 'amount')]).toBe('250000');
    expect(row[col(ar, 'currency')]).toBe('USD');
    expect(row[col(ar, 'startDate')]).toBe('2025-01-01');
    expect(row[col(ar, 'endDate')]).toBe('2029-12-31');
    expect(row[col(ar, 'publishedOn')]).toBe('2025-03-04');
    expect(row[col(ar, 'freshness')]).not.toBe('');
    expect(row[col(ar, 'sample')]).toBe('لا');
    expect(row[col(ar, 'link')]).toMatch(new RegExp(`/ar/pledges/${published.id}$`));

    // A pledge written in English only: its text with the pages' "available in English only".
    const other = rows.find((r) => r[col(ar, 'id')] === englishOnly.id)!;
    expect(other[col(ar, 'title')]).toBe('English-only data pledge');
    expect(other[col(ar, 'textLanguage')]).toBe(ar.t('common.onlyInEnglish'));
    expect(other[col(ar, 'status')]).toBe('مغلق');
    expect(other[col(ar, 'amount')]).toBe('');
  });

  it('writes English headings and values at /en, with the filters of the registry', async () => {
    const records = await csvOf(await request('/en/pledges/export.csv?objective=7&country=egy'));
    expect(records[0]).toContain('Title');
    expect(records[0]).toContain('Indicators');
    expect(records[0]).not.toContain('title_en');
    const rows = byHeading(records);
    expect(rows.map((r) => r.Identifier)).toEqual([published.id]);
    const row = rows[0]!;
    expect(row[col(en, 'status')]).toBe('Published');
    expect(row[col(en, 'kind')]).toBe('Partnership pledge');
    expect(row[col(en, 'pledger')]).toBe('Egypt');
    expect(row[col(en, 'countries')]).toBe('Egypt\nJordan');
    expect(row[col(en, 'objectives')]).toMatch(/^7\. \S/);
    expect(row[col(en, 'indicators')]).toBe('Service centres open (centres): baseline 0, target 4');
    expect(row[col(en, 'partners')]).toBe('Migrant Legal Aid Society (not confirmed yet)');
    expect(row[col(en, 'sample')]).toBe('No');

    const bad = await request('/en/pledges/export.csv?objective=24');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('“Objective”');
  });

  it('writes the workbook with translated headings, right to left in Arabic, typed cells', async () => {
    const res = await request('/ar/pledges/export.xlsx?objective=7');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toMatch(dated('xlsx'));
    const sheet = await sheetOf(res);
    expect(sheet.name).toBe('التعهدات');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    const head = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(head).toContain('العنوان');
    expect(head).toContain('المؤشرات');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.actualRowCount).toBe(2);
    const cell = (key: string) => sheet.getRow(2).getCell(head.indexOf(col(ar, key)) + 1);
    expect(cell('id').value).toBe(published.id);
    expect(cell('status').value).toBe('منشور');
    expect(cell('amount').value).toBe(250000);
    expect(cell('startDate').value).toBeInstanceOf(Date);
    expect(cell('startDate').value).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(cell('startDate').numFmt).toBe('yyyy-mm-dd');
    expect(cell('publishedOn').value).toEqual(new Date('2025-03-04T00:00:00Z'));
    expect(cell('partners').value).toBe('جمعية العون القانوني للمهاجرين (لم يؤكد بعد)');

    const english = await sheetOf(await request('/en/pledges/export.xlsx'));
    expect(english.name).toBe('Pledges');
    expect(english.views[0]?.rightToLeft).toBeFalsy();
    expect((english.getRow(1).values as unknown[]).slice(1)).toContain('Title');
    expect(english.actualRowCount).toBe(3);
  });

  it('reads the rows in chunks, each with its description, indicators and partners', async () => {
    const { db } = platform().database;
    const chunks = [];
    for await (const chunk of pledgeExportChunks({ db, filters: {}, chunkSize: 1 })) chunks.push(chunk);
    expect(chunks.map((c) => c.length)).toEqual([1, 1]);
    // Oldest first: the closed pledge (2024) before the published one (2025).
    expect(chunks.flat().map((r) => r.id)).toEqual([englishOnly.id, published.id]);
    const row = chunks[1]![0]!;
    expect(row.description).toEqual(sampleDescription);
    expect(row.indicators).toEqual([
      {
        name: { ar: 'مراكز الخدمات المفتوحة', en: 'Service centres open' },
        unit: 'centres',
        baseline: 0,
        target: 4,
      },
    ]);
    expect(row.partners).toMatchObject([
      { iso3: null, confirmed: false, name: { en: 'Migrant Legal Aid Society' } },
    ]);
  });
});
