import { describe, expect, it } from 'vitest';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { reviewPeople } from '~/modules/reviews/authoring/test-people';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { request } from './http';
import { useTestPlatform } from './platform';

type Item = Record<string, unknown> & { type: string; title: { ar: string | null; en: string | null } };
type Body = { data: Item[]; page: { total: number }; error?: { code: string; field?: string } };

describe('GET /api/v1/review-cycles/{id}/contributions', () => {
  const platform = useTestPlatform();

  it('lists what an anonymous reader may open: recorded contributions once the synthesis is published', async () => {
    const db = platform().database.db;
    const people = await reviewPeople(db);
    const las = people.lasSecretariat.subject;
    const cycle = await createReviewCycle(db, { states: ['JOR'] });
    await createReview(db, { cycleId: cycle.id, countryIso3: 'JOR', status: 'published' });
    await recordContribution({
      subject: las,
      cycleId: cycle.id,
      input: {
        kind: 'consultative_process',
        contributor: { ar: 'العملية التشاورية العربية' },
        receivedOn: '2021-01-28',
        text: { ar: 'تدعو العملية التشاورية إلى مسارات نظامية للعمال المهاجرين.' },
        originalLanguage: 'ar',
        objectives: ['5', '6'],
      },
      upload: null,
      now: new Date('2021-02-01T00:00:00Z'),
    });
    const get = async (query = '') => {
      const res = await request(`/api/v1/review-cycles/${cycle.id}/contributions${query}`);
      return { status: res.status, body: (await res.json()) as Body };
    };

    // Before the synthesis: the published review only, never the recorded contribution.
    expect((await get()).body.data.map((i) => i.type)).toEqual(['national_review']);

    await publishSynthesis({ subject: las, cycleId: cycle.id, expectedVersion: 0 });
    const all = await get();
    expect(all.status).toBe(200);
    expect(all.body.data.map((i) => i.type).sort()).toEqual(['contribution', 'national_review', 'synthesis']);
    const recorded = await get('?type=contribution');
    expect(recorded.body.data).toEqual([
      expect.objectContaining({
        actor: 'contributor',
        kind: 'consultative_process',
        actorName: { ar: 'العملية التشاورية العربية', en: null },
        objectives: [5, 6],
        date: '2021-01-28',
        text: { ar: 'تدعو العملية التشاورية إلى مسارات نظامية للعمال المهاجرين.', en: null },
        links: { page: null, files: [] },
      }),
    ]);
    expect((await get('?objective=6')).body.data.map((i) => i.type)).toEqual(['contribution']);
    expect((await get('?country=jor')).body.data.map((i) => i.type)).toEqual(['national_review']);

    // The cycle names the data beside the page.
    const detail = (await (await request(`/api/v1/review-cycles/${cycle.id}`)).json()) as {
      data: { links: Record<string, string> };
    };
    expect(detail.data.links.contributionsData).toBe(`/api/v1/review-cycles/${cycle.id}/contributions`);

    // Bad filters are refused, naming the parameter; an unknown cycle is not found.
    expect(await get('?type=poem')).toMatchObject({ status: 400, body: { error: { field: 'type' } } });
    expect(await get('?objective=24')).toMatchObject({
      status: 400,
      body: { error: { field: 'objective' } },
    });
    expect(await get('?country=Jordan')).toMatchObject({
      status: 400,
      body: { error: { field: 'country' } },
    });
    const missing = await request('/api/v1/review-cycles/00000000-0000-0000-0000-000000000000/contributions');
    expect(missing.status).toBe(404);
  });
});
