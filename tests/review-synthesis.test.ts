import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewSynthesisReports } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { narrativeField } from '~/modules/reviews/synthesis/synthesis-schema';
import { isRtlParagraph, readDocx } from '~/platform/docx/docx-test-support';
import { request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/** Every narrative field of the editor, empty unless given. */
function narrativeForm(values: Record<string, string> = {}, version = '0'): Record<string, string> {
  const form: Record<string, string> = { version };
  for (const lang of ['ar', 'en'] as const) {
    form[narrativeField.introduction(lang)] = '';
    form[narrativeField.conclusions(lang)] = '';
    for (let n = 1; n <= 23; n += 1) form[narrativeField.objective(n, lang)] = '';
  }
  return { ...form, ...values };
}

describe('synthesis report over HTTP', () => {
  const platform = useTestPlatform();
  let cycleId: string;
  let jordanId: string;
  let draftReviewId: string;
  const sessions = {} as Record<'own' | 'otherRegion' | 'focal', string>;

  beforeAll(async () => {
    const { db } = platform().database;
    const cycle = await createReviewCycle(db, { regionId: 'LAS', states: ['JOR', 'EGY', 'MAR'] });
    cycleId = cycle.id;
    jordanId = (
      await createReview(db, {
        cycleId,
        countryIso3: 'JOR',
        status: 'published',
        sections: [
          {
            key: 'objective-1',
            objectiveStatus: 'advanced',
            measures: { ar: 'أنشأت الحكومة منصة وطنية لبيانات الهجرة.' },
          },
          { key: 'practices', body: { ar: 'مكاتب خدمة موحدة للعمال المهاجرين.' } },
        ],
      })
    ).id;
    draftReviewId = (await createReview(db, { cycleId, countryIso3: 'EGY', status: 'drafting' })).id;
    const user = async (roles: Parameters<typeof createUser>[1]) => signIn((await createUser(db, roles)).id);
    sessions.own = await user({ roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
    sessions.otherRegion = await user({ roles: [{ role: 'regional_secretariat', scopeId: 'ECA' }] });
    sessions.focal = await user({ roles: [{ role: 'focal_point', scopeId: 'JOR' }] });
  });

  const editor = () => `/ar/reviews/cycles/${cycleId}/synthesis/edit`;
  const rows = async () =>
    platform()
      .database.db.select()
      .from(reviewSynthesisReports)
      .where(eq(reviewSynthesisReports.cycleId, cycleId));

  it('says no report is published yet, to the public and over the API, and shows the secretariat a preview', async () => {
    const page = await request(`/ar/reviews/cycles/${cycleId}/synthesis`);
    expect(page.status).toBe(404);
    expect(visible(await page.text())).toContain('لم يُنشر تقرير تجميعي بعد');
    const api = await request(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=ar`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'synthesisNotPublished' } });
    const preview = await request(`/ar/reviews/cycles/${cycleId}/synthesis`, { session: sessions.own });
    expect(preview.status).toBe(200);
    const html = visible(await preview.text());
    expect(html).toContain('معاينة المسودة');
    expect(html).toContain('أنشأت الحكومة منصة وطنية لبيانات الهجرة.');
    expect(html).toContain(`href="/ar/reviews/${jordanId}#section-objective-1"`);
  });

  it('refuses the editor to anyone but the cycle secretariat, and nothing is saved', async () => {
    const form = narrativeForm({ [narrativeField.introduction('ar')]: 'محاولة' });
    const anonymous = await request(editor(), { form });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toMatch(/^\/ar\/sign-in\?next=/);
    for (const session of [sessions.focal, sessions.otherRegion]) {
      const refused = await request(editor(), { form, session });
      expect(refused.status).toBe(403);
      await refused.body?.cancel();
      const page = await request(editor(), { session });
      expect(page.status).toBe(403);
      await page.body?.cancel();
    }
    const noCsrf = await request(editor(), { form, session: sessions.own, csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(await rows()).toEqual([]);
  });

  it('saves, refuses a stale save with both texts, publishes, and shows the version to everyone', async () => {
    const saved = await request(editor(), {
      session: sessions.own,
      form: narrativeForm({
        [narrativeField.introduction('ar')]: 'يستعرض هذا التقرير ما أنجزته الدول العربية.',
        [narrativeField.objective(1, 'ar')]: 'تحسّن جمع البيانات في المنطقة.',
      }),
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toBe(`/ar/reviews/cycles/${cycleId}/synthesis/edit?saved=1`);

    const stale = await request(editor(), {
      session: sessions.own,
      form: narrativeForm({ [narrativeField.introduction('ar')]: 'نص كُتب على نسخة قديمة.' }, '0'),
    });
    expect(stale.status).toBe(409);
    const staleHtml = visible(await stale.text());
    expect(staleHtml).toContain('نص كُتب على نسخة قديمة.');
    expect(staleHtml).toContain('يستعرض هذا التقرير ما أنجزته الدول العربية.');
    expect(staleHtml).toContain('role="alert"');

    const tooLong = await request(editor(), {
      session: sessions.own,
      form: narrativeForm({ [narrativeField.objective(2, 'en')]: 'x'.repeat(5001) }, '1'),
    });
    expect(tooLong.status).toBe(400);
    await tooLong.body?.cancel();

    const published = await request(editor(), {
      session: sessions.own,
      form: {
        ...narrativeForm(
          {
            [narrativeField.introduction('ar')]: 'يستعرض هذا التقرير ما أنجزته الدول العربية.',
            [narrativeField.conclusions('ar')]: 'خريطة طريق إقليمية للسنوات الأربع المقبلة.',
          },
          '1',
        ),
        intent: 'publish',
      },
    });
    expect(published.status).toBe(302);
    expect(published.headers.get('location')).toBe(
      `/ar/reviews/cycles/${cycleId}/synthesis?version=1&published=1`,
    );

    const page = await request(`/ar/reviews/cycles/${cycleId}/synthesis`);
    expect(page.status).toBe(200);
    const html = visible(await page.text());
    expect(html).toContain('يستعرض هذا التقرير ما أنجزته الدول العربية.');
    expect(html).toContain('خريطة طريق إقليمية للسنوات الأربع المقبلة.');
    expect(html).toContain('مصفوفة التغطية');
    expect(html).toMatch(/<th scope="row"[^>]*><bdi lang="ar">الأردن<\/bdi>/);
    expect(html).toContain('مكاتب خدمة موحدة للعمال المهاجرين.');
    expect(html).toContain(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=ar&amp;version=1`);
    expect(html).not.toContain('معاينة المسودة:');
  });

  it('serves the published report as DOCX and the PDF as the print view without a listening server', async () => {
    const docx = await request(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=ar`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toMatch(
      /^attachment; filename="marsad-synthesis-las-\d{4}-v1-ar\.docx"; filename\*=UTF-8''/,
    );
    const doc = readDocx(new Uint8Array(await docx.arrayBuffer()));
    const intro = doc.paragraphs.find((p) => p.text === 'يستعرض هذا التقرير ما أنجزته الدول العربية.');
    expect(intro && isRtlParagraph(intro)).toBe(true);
    expect(doc.paragraphs.some((p) => p.text === 'أنشأت الحكومة منصة وطنية لبيانات الهجرة.')).toBe(true);

    const english = await request(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=en&version=1`);
    expect(english.status).toBe(200);
    await english.body?.cancel();
    const badLang = await request(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=fr`);
    expect(badLang.status).toBe(400);
    expect(await badLang.json()).toMatchObject({
      error: { code: 'invalidFilter', field: 'lang', allowed: ['ar', 'en'] },
    });
    const noVersion = await request(`/api/v1/review-cycles/${cycleId}/synthesis.docx?version=9`);
    expect(noVersion.status).toBe(404);
    await noVersion.body?.cancel();
    const unknown = await request(
      '/api/v1/review-cycles/00000000-0000-4000-8000-000000000000/synthesis.docx',
    );
    expect(unknown.status).toBe(404);
    await unknown.body?.cancel();

    const pdf = await request(`/en/reviews/cycles/${cycleId}/synthesis.pdf`);
    expect(pdf.status).toBe(302);
    expect(pdf.headers.get('location')).toBe(`/en/reviews/cycles/${cycleId}/synthesis?version=1&print=1`);
    const print = await request(pdf.headers.get('location')!);
    expect(visible(await print.text())).toContain('laid out for printing');
  });

  it('serves a published review as DOCX and nothing else', async () => {
    const ok = await request(`/ar/reviews/${jordanId}/download.docx`);
    expect(ok.status).toBe(200);
    const doc = readDocx(new Uint8Array(await ok.arrayBuffer()));
    expect(
      doc.paragraphs.some((p) => p.text === 'أنشأت الحكومة منصة وطنية لبيانات الهجرة.' && isRtlParagraph(p)),
    ).toBe(true);
    for (const session of [undefined, sessions.own]) {
      const draft = await request(`/ar/reviews/${draftReviewId}/download.docx`, { session });
      expect(draft.status).toBe(404);
      await draft.body?.cancel();
    }
  });
});
