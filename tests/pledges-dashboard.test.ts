import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pledgeIndicators, pledges, pledgeUpdates, pledgeUpdateValues } from '#db/schema/pledges';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { loader as csvLoader } from '~/routes/pledges/dashboard-csv';
import { request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The published count shown for objective 9 in the data table (Latin digits in English). */
function objectiveCount(html: string, number: number): string | undefined {
  const row = html.match(new RegExp(`<th scope="row"[^>]*>${number}\\. [^<]*</th><td[^>]*>([^<]+)</td>`));
  return row?.[1];
}

describe('pledge dashboard and progress pages', () => {
  const platform = useTestPlatform();
  let pledgeId: string;
  let indicatorId: string;
  let memberSession: string;
  let otherSession: string;

  beforeAll(async () => {
    const db = platform().database.db;
    const member = await createUser(db);
    const org = await createOrganisation(db, { members: [{ userId: member.id }] });
    const other = await createUser(db);
    await createOrganisation(db, { members: [{ userId: other.id }] });
    const pledge = await createPledge(db, {
      organisationId: org.id,
      createdBy: member.id,
      status: 'published',
      publishedAt: new Date(),
      objectives: [9],
      countries: ['JOR'],
    });
    pledgeId = pledge.id;
    const [indicator] = await db
      .select()
      .from(pledgeIndicators)
      .where(eq(pledgeIndicators.pledgeId, pledge.id));
    indicatorId = indicator!.id;
    memberSession = await signIn(member.id);
    otherSession = await signIn(other.id);
  });

  it('renders the dashboard in Arabic and English with SVG charts and data tables', async () => {
    for (const lang of ['ar', 'en']) {
      const res = await request(`/${lang}/pledges/dashboard`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<svg');
      expect(html).toContain('role="img"');
      expect(html).toContain('<figcaption');
      expect(html).toContain('<table');
      expect(html).toContain('/pledges/dashboard.csv?chart=objectives');
      expect(html).toContain(lang === 'ar' ? 'dir="rtl"' : 'dir="ltr"');
    }
  });

  it('counts one more published pledge', async () => {
    const before = objectiveCount(await (await request('/en/pledges/dashboard')).text(), 9);
    expect(before).toBe('1');
    const draft = await createPledge(platform().database.db, { countryIso3: 'EGY', objectives: [9] });
    expect(objectiveCount(await (await request('/en/pledges/dashboard')).text(), 9)).toBe('1');
    await platform()
      .database.db.update(pledges)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(pledges.id, draft.id));
    await rebuildContentIndex(platform().database.db);
    expect(objectiveCount(await (await request('/en/pledges/dashboard')).text(), 9)).toBe('2');
  });

  it('sends anonymous visitors of the progress page to sign in and refuses other organisations', async () => {
    const anonymous = await request(`/en/pledges/${pledgeId}/progress`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/en/sign-in?next=');
    expect((await request(`/en/pledges/${pledgeId}/progress`, { session: otherSession })).status).toBe(403);
    const post = await request(`/en/pledges/${pledgeId}/progress`, {
      session: otherSession,
      form: { reportedOn: '2025-01-01', status: 'in_progress', 'narrative.en': 'x', originalLanguage: 'en' },
    });
    expect(post.status).toBe(403);
  });

  it('lets the pledger add an update; a bad value answers 400 with the values kept', async () => {
    const page = await request(`/ar/pledges/${pledgeId}/progress`, { session: memberSession });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="values[0].value"');

    const bad = await request(`/en/pledges/${pledgeId}/progress`, {
      session: memberSession,
      form: {
        reportedOn: '2025-03-01',
        status: 'delayed',
        'narrative.en': 'Two centres opened, the third is waiting for a building permit.',
        originalLanguage: 'en',
        'values[0].indicatorId': indicatorId,
        'values[0].value': 'two',
      },
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('value="two"');
    expect(html).toContain('the third is waiting for a building permit');
    expect(html).toContain('Enter the value reached as a number.');

    const ok = await request(`/en/pledges/${pledgeId}/progress`, {
      session: memberSession,
      form: {
        reportedOn: '٢٠٢٥-٠٣-٠١',
        status: 'in_progress',
        'narrative.ar': 'افتتح مركزان والثالث بانتظار رخصة البناء.',
        originalLanguage: 'ar',
        'values[0].indicatorId': indicatorId,
        'values[0].value': '٢',
      },
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`/en/pledges/${pledgeId}?notice=progressAdded`);
    const db = platform().database.db;
    const [update] = await db.select().from(pledgeUpdates).where(eq(pledgeUpdates.pledgeId, pledgeId));
    expect(update).toMatchObject({ reportedOn: '2025-03-01', status: 'in_progress', originalLanguage: 'ar' });
    const values = await db
      .select()
      .from(pledgeUpdateValues)
      .where(eq(pledgeUpdateValues.updateId, update!.id));
    expect(values).toEqual([{ updateId: update!.id, indicatorId, value: 2 }]);
  });

  it('serves each chart as CSV (loader called directly until the route is declared)', async () => {
    const csv = async (lang: string, chart: string) =>
      (await csvLoader({
        request: new Request(`http://localhost/${lang}/pledges/dashboard.csv?chart=${chart}`),
        params: { lang },
        context: {},
      } as never)) as Response;
    const res = await csv('en', 'objectives');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Number,Objective,Pledges');
    expect(lines).toHaveLength(24);
    expect(lines[9]).toMatch(/^9,[^,]+,2$/);
    expect(await (await csv('ar', 'freshness')).text()).toContain('حالة الإبلاغ,التعهدات');
    await expect(csv('en', 'nothing')).rejects.toMatchObject({ init: { status: 404 } });
  });
});
