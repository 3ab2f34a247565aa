import { beforeAll, describe, expect, it } from 'vitest';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { reviewMilestones } from '#db/schema/reviews';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation } from '#seed/factories';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { reviewEntityType } from '~/modules/reviews/review-records.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import { request } from './http';
import { useTestPlatform } from './platform';

type Json = {
  data: Record<string, unknown> & Record<string, unknown>[];
  page: { total: number; limit: number; offset: number };
  error?: { code: string; field?: string; allowed?: unknown };
};
const json = async (res: Response) => (await res.json()) as Json;

describe('review cycles and reviews API', () => {
  const platform = useTestPlatform();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = platform().database.db;
    const template = await createReviewTemplate(db);
    ids.template = template.id;
    const open = await createReviewCycle(db, {
      templateId: template.id,
      title: { ar: 'الاستعراض الإقليمي الثاني', en: 'Second regional review' },
      states: ['JOR', 'EGY', 'MAR'],
      submissionDeadline: '2030-05-31',
    });
    ids.open = open.id;
    await db.insert(reviewMilestones).values({
      cycleId: open.id,
      position: 0,
      kind: 'review_conference',
      title: { en: 'Conference' },
      startsOn: '2030-07-03',
      endsOn: '2030-07-04',
      location: { en: 'Cairo', ar: 'القاهرة' },
      summary: { en: 'Four panels.' },
    });
    ids.closed = (
      await createReviewCycle(db, { templateId: template.id, status: 'closed', title: { en: 'First' } })
    ).id;
    ids.draft = (
      await createReviewCycle(db, { templateId: template.id, status: 'draft', title: { en: 'Draft' } })
    ).id;
    ids.jor = (
      await createReview(db, {
        cycleId: open.id,
        countryIso3: 'JOR',
        status: 'published',
        sections: [
          { key: 'introduction', body: { ar: 'مقدمة الاستعراض.' }, sdgTargets: ['8.8', '10.c'] },
          {
            key: 'consultation',
            body: { ar: 'المشاورات.' },
            sdgTargets: ['8.8', '10.7'],
            sdgTargetsNote: 'Goal 10 in general',
          },
        ],
      })
    ).id;
    ids.egy = (await createReview(db, { cycleId: open.id, countryIso3: 'EGY', status: 'submitted' })).id;
    const org = await createOrganisation(db, { name: { en: 'Migrant Rights Network' } });
    ids.parallel = (
      await createReview(db, {
        cycleId: ids.closed,
        kind: 'parallel',
        organisationId: org.id,
        countryIso3: 'LBN',
        status: 'published',
      })
    ).id;
    ids.inDraft = (
      await createReview(db, { cycleId: ids.draft, countryIso3: 'MAR', status: 'published' })
    ).id;
    await setTags({ db, entityType: reviewEntityType, entityId: ids.jor, tags: { objectives: [6, 15] } });
    await rebuildContentIndex(db);
  });

  it('lists open and closed cycles in the list envelope, never drafts', async () => {
    const res = await request('/api/v1/review-cycles');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(res);
    expect(body.page).toEqual({ total: 2, totalCapped: false, limit: 50, offset: 0 });
    const listed = body.data.map((c) => c.id);
    expect(listed.sort()).toEqual([ids.open, ids.closed].sort());
    const open = body.data.find((c) => c.id === ids.open)!;
    expect(open).toMatchObject({
      status: 'open',
      region: { id: 'LAS' },
      title: { ar: 'الاستعراض الإقليمي الثاني', en: 'Second regional review' },
      template: { id: ids.template, version: 1 },
      counts: { states: 3, publishedNationalReviews: 1, publishedParallelReviews: 0 },
    });
    const paged = await json(await request('/api/v1/review-cycles?limit=1&offset=1'));
    expect(paged.data).toHaveLength(1);
    expect(paged.page).toEqual({ total: 2, totalCapped: false, limit: 1, offset: 1 });
    const bad = await request('/api/v1/review-cycles?limit=0');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toEqual({ code: 'invalidFilter', field: 'limit', allowed: '1..100' });
  });

  it('answers one cycle with milestones, states, template, counts and the synthesis link', async () => {
    const res = await request(`/api/v1/review-cycles/${ids.open}`);
    expect(res.status).toBe(200);
    const cycle = (await json(res)).data;
    expect(cycle).toMatchObject({
      id: ids.open,
      status: 'open',
      submissionDeadline: '2030-05-31',
      template: { id: ids.template, familyId: ids.template, version: 1 },
      // Jordan's published review and Egypt's submitted one: received whatever their status or channel.
      counts: { states: 3, publishedNationalReviews: 1, publishedParallelReviews: 0, received: 2 },
      links: { synthesisDocx: null },
    });
    expect(cycle.milestones).toEqual([
      {
        kind: 'review_conference',
        title: { ar: null, en: 'Conference' },
        startsOn: '2030-07-03',
        endsOn: '2030-07-04',
        location: { ar: 'القاهرة', en: 'Cairo' },
        summary: { ar: null, en: 'Four panels.' },
      },
    ]);
    // Only whether a state's review is published is public: Egypt's submitted review is not shown.
    expect(cycle.states).toEqual([
      { iso3: 'EGY', name: expect.any(Object), reviewPublished: false, reviewId: null },
      { iso3: 'JOR', name: expect.any(Object), reviewPublished: true, reviewId: ids.jor },
      { iso3: 'MAR', name: expect.any(Object), reviewPublished: false, reviewId: null },
    ]);

    const db = platform().database.db;
    await db.insert(reviewSynthesisReports).values({
      cycleId: ids.open!,
      status: 'published',
      number: 1,
      narrative: {} as never,
      compiled: {} as never,
      publishedAt: new Date(),
    });
    await rebuildContentIndex(db);
    const withSynthesis = (await json(await request(`/api/v1/review-cycles/${ids.open}`))).data;
    expect(withSynthesis.links).toMatchObject({
      synthesisDocx: `/api/v1/review-cycles/${ids.open}/synthesis.docx`,
    });
  });

  it('answers 404 for drafts, unknown and malformed ids', async () => {
    for (const id of [ids.draft, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await request(`/api/v1/review-cycles/${id}`);
      expect(res.status).toBe(404);
      expect((await json(res)).error).toEqual({ code: 'notFound' });
    }
  });

  it('shows SDG targets on the review page as code and title in the reader’s language, with a kept note', async () => {
    const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
    const en = visible(await (await request(`/en/reviews/${ids.jor}`)).text());
    expect(en).toContain('10.7: Orderly, safe, regular and responsible migration');
    expect(en).toContain('10.c: Reduce the transaction costs of migrant remittances');
    expect(en).toContain('Goal 10 in general');
    const ar = visible(await (await request(`/ar/reviews/${ids.jor}`)).text());
    expect(ar).toContain('10.7: تيسير الهجرة على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية');
    expect(ar).not.toContain('Orderly, safe, regular and responsible migration');
  });

  it('lists published reviews only, filtered by cycle, country and kind', async () => {
    const all = await json(await request('/api/v1/reviews'));
    expect(all.data.map((r) => r.id).sort()).toEqual([ids.jor, ids.parallel].sort());
    const jor = all.data.find((r) => r.id === ids.jor)!;
    expect(jor).toMatchObject({
      kind: 'national',
      country: { iso3: 'JOR' },
      organisation: null,
      objectives: [6, 15],
      sdgTargets: ['8.8', '10.7', '10.c'],
      cycle: { id: ids.open, region: 'LAS' },
    });
    const parallel = await json(await request('/api/v1/reviews?kind=parallel'));
    expect(parallel.data.map((r) => r.id)).toEqual([ids.parallel]);
    expect(parallel.data[0]).toMatchObject({ organisation: { name: { en: 'Migrant Rights Network' } } });
    expect(
      (await json(await request(`/api/v1/reviews?cycle=${ids.open}&country=jor`))).data.map((r) => r.id),
    ).toEqual([ids.jor]);
    expect((await json(await request('/api/v1/reviews?country=EGY'))).page.total).toBe(0);
  });

  it('refuses bad filter values with 400 naming what is allowed', async () => {
    const kind = await request('/api/v1/reviews?kind=shadow');
    expect(kind.status).toBe(400);
    expect((await json(kind)).error).toEqual({
      code: 'invalidFilter',
      field: 'kind',
      allowed: ['national', 'parallel'],
    });
    const cycle = await json(await request(`/api/v1/reviews?cycle=${ids.draft}`));
    expect(cycle.error).toMatchObject({ code: 'invalidFilter', field: 'cycle' });
    expect(cycle.error!.allowed).toEqual([ids.open, ids.closed].sort());
    const country = await json(await request('/api/v1/reviews?country=XXX'));
    expect(country.error).toMatchObject({ code: 'invalidFilter', field: 'country' });
    expect(country.error!.allowed).toContain('JOR');
  });

  it('documents the endpoints in the OpenAPI document', async () => {
    const doc = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of ['/review-cycles', '/review-cycles/{id}', '/reviews'])
      expect(doc.paths).toHaveProperty([path]);
    expect(doc.components.schemas).toHaveProperty('ReviewCycleDetail');
    expect(doc.components.schemas).toHaveProperty('Review');
  });
});
