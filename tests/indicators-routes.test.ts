import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorValues } from '#db/schema/index';
import { createUser } from '#seed/factories';
import errorsIndicatorsAr from '~/locales/ar/errors.indicators.json';
import errorsAr from '~/locales/ar/errors.json';
import { getIndicatorByCode } from '~/modules/indicators/indicator-records.server';
import { formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

describe('GCM indicators over HTTP', () => {
  const platform = useTestPlatform();
  let focal: string;
  let egyptFocal: string;
  let indicatorId: string;

  beforeAll(async () => {
    const { db } = platform().database;
    focal = await signIn((await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] })).id);
    egyptFocal = await signIn(
      (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'EGY' }] })).id,
    );
    indicatorId = (await getIndicatorByCode({ db, code: 'P-04' }))!.id;
  });

  it('a focal point reports a value: refused beside the field in Arabic, then saved and shown everywhere', async () => {
    const form = {
      indicatorId,
      indicatorCode: 'P-04',
      year: '٢٠٢٤',
      'disaggregation.sex': '',
      'disaggregation.migratory_status': '',
      value: '١٢٠',
      'sourceNote.ar': 'السجل المدني',
      'sourceNote.en': '',
    };
    const refused = await request('/ar/indicators/report/JOR?indicator=P-04', { session: focal, form });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(formField(html, 'value').error).toBe(errorsAr.percentOutOfRange);
    expect(formField(html, 'value').input).toContain('value="١٢٠"');

    // Egypt's focal point may not report Jordan's values.
    const other = await request('/ar/indicators/report/JOR', { session: egyptFocal, form });
    expect(other.status).toBe(403);

    const saved = await request('/ar/indicators/report/JOR?indicator=P-04', {
      session: focal,
      form: { ...form, value: '٩٦٫٥' },
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toBe(
      '/ar/indicators/report/JOR?notice=saved&indicator=P-04#values',
    );
    await request('/ar/indicators/report/JOR?indicator=P-04', {
      session: focal,
      form: { ...form, 'disaggregation.sex': 'female', value: '97' },
    });

    const page = visible(await (await request('/ar/indicators/P-04')).text());
    expect(page).toContain('الأردن');
    expect(page).toContain('٩٦٫٥٪');
    expect(page).toContain('إناث');

    const country = visible(await (await request('/en/countries/JOR')).text());
    expect(country).toContain('Latest: 96.5% (2024)');

    const objective = visible(await (await request('/en/objectives/4')).text());
    expect(objective).toContain('Latest total by state: Proportion of children under 5');

    const csv = await request('/ar/indicators/P-04/values.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'الدولة,رمز الدولة (ISO3),السنة,الجنس,الوضع من حيث الهجرة,القيمة,الوحدة,ملاحظة المصدر',
      'الأردن,JOR,2024,المجموع,المجموع,96.5,نسبة مئوية,السجل المدني',
      'الأردن,JOR,2024,إناث,المجموع,97,نسبة مئوية,السجل المدني',
    ]);
  }, 90_000);

  it('a focal point deletes a value: a stale page is refused in Arabic above the table, then it leaves the CSV and API', async () => {
    const { db } = platform().database;
    const p07 = (await getIndicatorByCode({ db, code: 'P-07' }))!;
    const form = { indicatorId: p07.id, indicatorCode: 'P-07', year: '2023', value: '41' };
    expect((await request('/ar/indicators/report/JOR', { session: focal, form })).status).toBe(302);
    const [row] = await db.select().from(indicatorValues).where(eq(indicatorValues.indicatorId, p07.id));
    const csvLines = async () =>
      (await (await request('/en/indicators/P-07/values.csv')).text()).trim().split('\r\n');
    expect(await csvLines()).toHaveLength(2);
    // The page lists it with its delete button.
    const page = visible(await (await request('/ar/indicators/report/JOR', { session: focal })).text());
    expect(page).toContain(`name="valueId" value="${row!.id}"`);

    const remove = (session: string, version: string) =>
      request('/ar/indicators/report/JOR', {
        session,
        form: { intent: 'delete', valueId: row!.id, version },
      });
    expect((await remove(egyptFocal, '1')).status).toBe(403);
    await request('/ar/indicators/report/JOR', {
      session: focal,
      form: { ...form, value: '42', version: '1' },
    });
    const stale = await remove(focal, '1');
    expect(stale.status).toBe(409);
    expect(visible(await stale.text())).toContain(errorsIndicatorsAr.indicatorValueChanged);
    expect(await csvLines()).toHaveLength(2);

    const deleted = await remove(focal, '2');
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get('location')).toBe('/ar/indicators/report/JOR?notice=deleted#values');
    expect(await csvLines()).toHaveLength(1);
    expect(visible(await (await request('/en/indicators/P-07')).text())).not.toContain('Jordan');
  }, 90_000);

  it('GET /api/v1/indicators: the catalogue in a list envelope, filtered by objective, in OpenAPI', async () => {
    const all = (await (await request('/api/v1/indicators')).json()) as {
      data: { code: string; provisional: boolean; sdgIndicator: string | null; csv: string }[];
      page: { total: number; limit: number; offset: number };
    };
    expect(all.page).toMatchObject({ offset: 0, limit: 100 });
    expect(all.page.total).toBe(all.data.length);
    expect(all.data.every((i) => i.provisional)).toBe(true);
    expect(all.data.find((i) => i.code === 'P-01')).toMatchObject({
      sdgIndicator: '10.7.1',
      csv: '/indicators/P-01/values.csv',
    });
    const one = (await (await request('/api/v1/indicators?objective=20&limit=5')).json()) as {
      data: { code: string }[];
    };
    expect(one.data.map((i) => i.code)).toEqual(['P-03']);
    const bad = await request('/api/v1/indicators?objective=24');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: 'invalidFilter', field: 'objective', allowed: '1..23' },
    });
    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths).toHaveProperty(['/indicators']);
  });
});
