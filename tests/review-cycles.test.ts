import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviewCycles, reviewMilestones, reviewTemplateSections, reviewTemplates } from '#db/schema/reviews';
import { createUser } from '#seed/factories';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import errorsAr from '~/locales/ar/errors.json';
import errorsEn from '~/locales/en/errors.json';
import { formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const page = async (res: Response) => visible(await res.text());

describe('review cycle pages', () => {
  const platform = useTestPlatform();
  const sessions: Record<'las' | 'escwa' | 'focal' | 'network', string> = {} as never;
  let templateId: string;

  beforeAll(async () => {
    const db = platform().database.db;
    const make = async (
      role: 'regional_secretariat' | 'focal_point' | 'network_secretariat',
      scopeId?: string,
    ) => signIn((await createUser(db, { roles: [{ role, scopeId }] })).id);
    sessions.las = await make('regional_secretariat', 'LAS');
    sessions.escwa = await make('regional_secretariat', 'ESCWA');
    sessions.focal = await make('focal_point', 'JOR');
    sessions.network = await make('network_secretariat');
    templateId = (
      await createReviewTemplate(db, { title: { ar: 'النموذج الإرشادي', en: 'Guidance template' } })
    ).id;
  });

  const cycleForm = (overrides: Record<string, string | string[]> = {}) => ({
    regionId: 'LAS',
    'title.ar': 'الاستعراض الإقليمي الثالث',
    'title.en': 'Third regional review',
    'partners.ar': 'جامعة الدول العربية، الإسكوا، المنظمة الدولية للهجرة',
    'partners.en': 'LAS, ESCWA, IOM',
    templateId,
    submissionDeadline: '2099-06-30',
    statesSent: '1',
    states: ['JOR', 'EGY'],
    milestoneRows: '2',
    'milestones[0].kind': 'workshop',
    'milestones[0].title.ar': 'ورشة جهات الاتصال',
    'milestones[0].title.en': 'Focal point workshop',
    'milestones[0].startsOn': '2099-03-01',
    'milestones[0].endsOn': '2099-03-02',
    'milestones[1].kind': 'consultation',
    intent: 'save',
    ...overrides,
  });

  it('lets the LAS secretariat create a cycle, giving every reason when it refuses one', async () => {
    const db = platform().database.db;
    const form = await request('/ar/reviews/cycles/new', { session: sessions.las });
    expect(form.status).toBe(200);
    const html = await page(form);
    // The region's 22 member states, all ticked by default; the published template offered.
    expect(html.match(/name="states"/g)).toHaveLength(22);
    expect(html).toContain('النموذج الإرشادي — النسخة ١');

    const refused = await request('/ar/reviews/cycles/new', {
      session: sessions.las,
      form: cycleForm({ submissionDeadline: '2020-01-01', states: [], 'milestones[0].endsOn': '2099-02-01' }),
    });
    expect(refused.status).toBe(422);
    const refusedHtml = await page(refused);
    expect(refusedHtml).toContain('انقضى الموعد النهائي للتقديم');
    expect(refusedHtml).toContain('اختر دولة عضوًا واحدة على الأقل');
    expect(refusedHtml).toContain('يجب ألا يسبق تاريخ الانتهاء تاريخ البدء');
    expect(refusedHtml).toContain('value="الاستعراض الإقليمي الثالث"');
    // Nothing ticked stays unticked.
    expect(refusedHtml).not.toMatch(/name="states" value="JOR" checked/);

    expect(formField(refusedHtml, 'milestones[0].endsOn').error).toBe(errorsAr.datesOutOfOrder);

    const more = await request('/ar/reviews/cycles/new', {
      session: sessions.las,
      form: cycleForm({ intent: 'addMilestone' }),
    });
    expect(more.status).toBe(200);
    expect(await page(more)).toContain('name="milestones[2].kind"');

    const created = await request('/ar/reviews/cycles/new', { session: sessions.las, form: cycleForm() });
    expect(created.status).toBe(302);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/ar\/reviews\/cycles\/[0-9a-f-]{36}\?notice=created$/);
    const cycleId = location.split('/')[4]!.split('?')[0]!;
    const [cycle] = await db.select().from(reviewCycles).where(eq(reviewCycles.id, cycleId));
    expect(cycle).toMatchObject({
      status: 'draft',
      regionId: 'LAS',
      templateId,
      submissionDeadline: '2099-06-30',
    });
    const milestones = await db.select().from(reviewMilestones).where(eq(reviewMilestones.cycleId, cycleId));
    expect(milestones.map((m) => [m.kind, m.startsOn, m.endsOn])).toEqual([
      ['workshop', '2099-03-01', '2099-03-02'],
    ]);

    // A draft exists only for its secretariat.
    expect((await request(`/ar/reviews/cycles/${cycleId}`)).status).toBe(404);
    expect((await request(`/ar/reviews/cycles/${cycleId}`, { session: sessions.escwa })).status).toBe(404);
    const own = await page(await request(`/ar/reviews/cycles/${cycleId}`, { session: sessions.las }));
    expect(own).toContain('فتح الدورة');

    const opened = await request(`/ar/reviews/cycles/${cycleId}`, {
      session: sessions.las,
      form: { intent: 'open', version: '1' },
    });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe(`/ar/reviews/cycles/${cycleId}?notice=opened`);
    const publicPage = await request(`/ar/reviews/cycles/${cycleId}`);
    expect(publicPage.status).toBe(200);
    const publicHtml = await page(publicPage);
    expect(publicHtml).toContain('الاستعراض الإقليمي الثالث');
    expect(publicHtml).toContain('ورشة جهات الاتصال');
    expect(publicHtml).not.toContain('فتح الدورة');

    // The edit page writes consultation summaries.
    const edited = await request(`/en/reviews/cycles/${cycleId}/edit`, {
      session: sessions.las,
      form: cycleForm({ version: '2', 'milestones[0].summary.en': 'Twenty focal points attended.' }),
    });
    expect(edited.status).toBe(302);
    const [m] = await db.select().from(reviewMilestones).where(eq(reviewMilestones.cycleId, cycleId));
    expect(m!.summary).toEqual({ en: 'Twenty focal points attended.' });
    const stale = await request(`/en/reviews/cycles/${cycleId}/edit`, {
      session: sessions.las,
      form: cycleForm({ version: '2', 'title.en': 'Late title' }),
    });
    expect(stale.status).toBe(409);
    const staleHtml = await page(stale);
    expect(staleHtml).toContain('Someone saved this cycle while you were editing it.');
    expect(staleHtml).toContain('value="Late title"');
  });

  it('places a refused milestone beside the row the user filled, whatever blank rows come before it', async () => {
    const shifted = await request('/en/reviews/cycles/new', {
      session: sessions.las,
      form: cycleForm({
        'milestones[0].title.ar': '',
        'milestones[0].title.en': '',
        'milestones[0].startsOn': '',
        'milestones[0].endsOn': '',
        'milestones[1].title.en': 'Review conference',
        'milestones[1].startsOn': '2099-05-02',
        'milestones[1].endsOn': '2099-05-01',
      }),
    });
    expect(shifted.status).toBe(422);
    const shiftedRow = formField(await page(shifted), 'milestones[1].endsOn');
    expect(shiftedRow.error).toBe(errorsEn.datesOutOfOrder);
    expect(shiftedRow.input).toContain('value="2099-05-01"');
  });

  it('refuses anonymous visitors, focal points and other regions’ secretariats', async () => {
    const db = platform().database.db;
    const before = (await db.select().from(reviewCycles)).length;
    const anonymous = await request('/en/reviews/cycles/new', { form: cycleForm() });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toMatch(/^\/en\/sign-in\?next=/);
    expect(
      (await request('/en/reviews/cycles/new', { session: sessions.focal, form: cycleForm() })).status,
    ).toBe(403);
    expect(
      (await request('/en/reviews/cycles/new', { session: sessions.network, form: cycleForm() })).status,
    ).toBe(403);
    expect(
      (await request('/en/reviews/cycles/new', { session: sessions.escwa, form: cycleForm() })).status,
    ).toBe(403);
    expect((await db.select().from(reviewCycles)).length).toBe(before);
    expect(
      (await request('/en/reviews/cycles/new', { form: cycleForm(), csrf: false, session: sessions.las }))
        .status,
    ).toBe(403);

    const cycle = await createReviewCycle(db, { templateId });
    for (const session of [sessions.escwa, sessions.focal]) {
      expect(
        (await request(`/en/reviews/cycles/${cycle.id}/edit`, { session, form: cycleForm({ version: '1' }) }))
          .status,
      ).toBe(403);
      expect(
        (
          await request(`/en/reviews/cycles/${cycle.id}`, {
            session,
            form: { intent: 'close', version: '1' },
          })
        ).status,
      ).toBe(403);
    }
    const [unchanged] = await db.select().from(reviewCycles).where(eq(reviewCycles.id, cycle.id));
    expect(unchanged).toMatchObject({ status: 'open', version: 1 });
  });

  it('tracks submissions per state and downloads the table as CSV', async () => {
    const db = platform().database.db;
    const cycle = await createReviewCycle(db, {
      templateId,
      states: ['JOR', 'EGY', 'MAR'],
      submissionDeadline: '2099-12-31',
    });
    await createReview(db, {
      cycleId: cycle.id,
      countryIso3: 'EGY',
      status: 'submitted',
      submittedAt: new Date(),
    });
    await createReview(db, { cycleId: cycle.id, countryIso3: 'MAR', status: 'returned' });
    const res = await request(`/en/reviews/cycles/${cycle.id}/tracker`, { session: sessions.network });
    expect(res.status).toBe(200);
    const html = await page(res);
    expect(html).toContain('Reports received from 1 of 3 states');
    expect(html).toContain('Returned for changes');
    expect(html).toMatch(/\/en\/reviews\/[0-9a-f-]{36}\/moderate/);
    expect(
      (await request(`/en/reviews/cycles/${cycle.id}/tracker`, { session: sessions.focal })).status,
    ).toBe(403);
    const csv = await request(`/ar/reviews/cycles/${cycle.id}/tracker.csv`, { session: sessions.las });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('الرمز,الدولة')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(4);
    expect(text).toContain('JOR,الأردن,لم يبدأ,not_started');
  });

  it('drafts, comments and publishes the outcome document', async () => {
    const db = platform().database.db;
    const cycle = await createReviewCycle(db, { templateId });
    const url = `/en/reviews/cycles/${cycle.id}/outcome/edit`;
    const body = 'States call for better data.\n\nStakeholders ask for more dialogue.';
    const saved = await request(url, {
      session: sessions.las,
      form: { intent: 'save', version: '0', 'title.en': 'Key messages', 'body.en': body },
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toBe(`${url}?notice=saved`);
    expect((await request(`/en/reviews/cycles/${cycle.id}/outcome`)).status).toBe(404);
    const comment = await request(url, {
      session: sessions.network,
      form: { intent: 'comment', body: 'Mention regular pathways.' },
    });
    expect(comment.status).toBe(302);
    expect(
      (await request(url, { session: sessions.focal, form: { intent: 'comment', body: 'x' } })).status,
    ).toBe(403);
    expect(
      (
        await request(url, {
          session: sessions.network,
          form: { intent: 'save', version: '1', 'body.en': 'x' },
        })
      ).status,
    ).toBe(403);
    const workspace = await page(await request(`${url}?version=1`, { session: sessions.network }));
    expect(workspace).toContain('Mention regular pathways.');
    expect(workspace).toContain('Stakeholders ask for more dialogue.');
    const published = await request(url, {
      session: sessions.las,
      form: { intent: 'publish', version: '1' },
    });
    expect(published.status).toBe(302);
    const [outcome] = await db.select().from(reviewOutcomes).where(eq(reviewOutcomes.cycleId, cycle.id));
    expect(outcome!.publishedVersion).toBe(1);
    const publicPage = await page(await request(`/en/reviews/cycles/${cycle.id}/outcome`));
    // Each paragraph carries its identifier as its anchor and links to its own page.
    expect(publicPage).toMatch(
      /<div id="para_1"[^>]*>.*?<bdi>States call for better data\.<\/bdi> <a href="\/en\/reviews\/cycles\/[0-9a-f-]+\/outcome\/paragraphs\/para_1"/,
    );
    expect(publicPage).not.toContain('Mention regular pathways.');
  });

  it('creates a template from the standard one, edits a section, publishes it and starts the next version', async () => {
    const db = platform().database.db;
    const created = await request('/en/reviews/templates', {
      session: sessions.las,
      form: { 'title.en': 'Template 2030' },
    });
    expect(created.status).toBe(302);
    const id = created.headers.get('location')!.split('/')[4]!.split('?')[0]!;
    const [intro] = await db
      .select()
      .from(reviewTemplateSections)
      .where(and(eq(reviewTemplateSections.templateId, id), eq(reviewTemplateSections.key, 'introduction')));
    const edited = await request(`/en/reviews/templates/${id}`, {
      session: sessions.las,
      form: {
        intent: 'section',
        version: '1',
        sectionId: intro!.id,
        kind: 'introduction',
        'title.en': 'Introduction and method',
        'guidance.en': 'Who wrote the review, and how.',
        required: 'on',
        fields: 'dataAvailable',
      },
    });
    expect(edited.status).toBe(302);
    const repeated = await request(`/en/reviews/templates/${id}`, {
      session: sessions.las,
      form: { intent: 'section', version: '2', kind: 'objective', objective: '4', 'title.en': 'Four again' },
    });
    expect(repeated.status).toBe(422);
    expect(await page(repeated)).toContain('Objective 4 already has its section');
    expect(
      (
        await request(`/en/reviews/templates/${id}`, {
          session: sessions.las,
          form: { intent: 'publish', version: '2' },
        })
      ).status,
    ).toBe(302);
    const next = await request(`/en/reviews/templates/${id}`, {
      session: sessions.las,
      form: { intent: 'newVersion', version: '3' },
    });
    expect(next.status).toBe(302);
    const nextId = next.headers.get('location')!.split('/')[4]!.split('?')[0]!;
    const [v2] = await db.select().from(reviewTemplates).where(eq(reviewTemplates.id, nextId));
    expect(v2).toMatchObject({ familyId: id, versionNumber: 2, status: 'draft' });
    expect((await request(`/en/reviews/templates/${id}`, { session: sessions.focal })).status).toBe(403);
    const listing = await page(await request('/en/reviews/templates', { session: sessions.escwa }));
    expect(listing).toContain('Template 2030');
  });

  it('lists cycles by region and published reviews with filters on the index; contributions filter by type', async () => {
    const db = platform().database.db;
    const cycle = await createReviewCycle(db, {
      templateId,
      title: { ar: 'دورة للفهرس', en: 'Index cycle' },
      states: ['JOR', 'EGY'],
    });
    await createReview(db, {
      cycleId: cycle.id,
      countryIso3: 'JOR',
      status: 'published',
      title: { ar: 'استعراض الأردن المنشور', en: 'Published review of Jordan' },
    });
    await createReview(db, {
      cycleId: cycle.id,
      countryIso3: 'EGY',
      status: 'drafting',
      title: { ar: 'مسودة مصر', en: 'Egypt draft' },
    });
    const html = await page(await request('/en/reviews'));
    expect(html).toContain('Index cycle');
    expect(html).toContain('League of Arab States');
    expect(html).toContain('Published review of Jordan');
    expect(html).not.toContain('Egypt draft');
    expect(html).toContain('href="/en/plans"');
    const parallelOnly = await page(await request('/en/reviews?kind=parallel'));
    expect(parallelOnly).not.toContain('Published review of Jordan');
    const contributions = await page(
      await request(`/ar/reviews/cycles/${cycle.id}/contributions?type=national_review`),
    );
    expect(contributions).toContain('استعراض الأردن المنشور');
    const none = await page(await request(`/ar/reviews/cycles/${cycle.id}/contributions?type=outcome`));
    expect(none).not.toContain('استعراض الأردن المنشور');
  });
});
