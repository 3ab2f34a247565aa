import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, implementationPlans, planActions, planActionUpdates } from '#db/schema/index';
import { createUser } from '#seed/factories';
import errorsAr from '~/locales/ar/errors.json';
import plansAr from '~/locales/ar/plans.json';
import errorsEn from '~/locales/en/errors.json';
import { loadGrants } from '~/modules/accounts/session.server';
import { createAction } from '~/modules/plans/create-action.server';
import { createPlan } from '~/modules/plans/create-plan.server';
import { setPlanStatus } from '~/modules/plans/set-plan-status.server';
import {
  actionInput,
  planInput,
  validActionForm,
  validActionInput,
  validPlanForm,
  validPlanInput,
} from '~/modules/plans/test-fixtures';
import type { Subject } from '~/permissions/resolver';
import { formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
type Json = {
  data: {
    id: string;
    country: { iso3: string };
    status: string;
    isCurrent: boolean;
    progress: { actions: number; averageProgress: number | null };
    objectives: { objective: number; actions: number; averageProgress: number | null }[];
    actions: { id: string; objectives: number[]; progress: number | null; updates: unknown[] }[];
  }[];
  page: { total: number; limit: number; offset: number };
  error?: { code: string; field: string; allowed: string[] | string };
};
const json = async (res: Response) => (await res.json()) as Json;

describe('national implementation plans over HTTP', () => {
  const platform = useTestPlatform();
  let jordanPlanId: string;
  let jordanActionId: string;
  let egyptDraftId: string;
  let jordanFocal: string;
  let egyptFocal: string;
  let stranger: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const adminUser = await createUser(db, { roles: [{ role: 'admin' }] });
    const admin: Subject = { userId: adminUser.id, grants: await loadGrants(adminUser.id) };
    const plan = await createPlan({ db, subject: admin, countryIso3: 'JOR', input: validPlanInput });
    jordanPlanId = plan.id;
    const action = await createAction({ db, subject: admin, planId: plan.id, input: validActionInput });
    jordanActionId = action.id;
    await createAction({
      db,
      subject: admin,
      planId: plan.id,
      input: actionInput({
        'title.ar': 'إجراء للهدف الثالث والعشرين',
        'title.en': 'An action for objective 23',
        objectives: ['23'],
        status: 'planned',
      }),
    });
    await db.insert(planActionUpdates).values({
      actionId: action.id,
      reportedOn: '2025-06-30',
      status: 'in_progress',
      value: 100,
      narrative: { ar: 'دُرّب مئة موظف في المعابر الشمالية.' },
    });
    await setPlanStatus({ db, subject: admin, planId: plan.id, publish: true, expectedVersion: 1 });
    egyptDraftId = (
      await createPlan({
        db,
        subject: admin,
        countryIso3: 'EGY',
        input: planInput({ 'title.ar': 'مسودة خطة مصر السرية' }),
      })
    ).id;
    jordanFocal = await signIn(
      (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] })).id,
    );
    egyptFocal = await signIn(
      (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'EGY' }] })).id,
    );
    stranger = await signIn((await createUser(db)).id);
  });

  describe('GET /api/v1/implementation-plans', () => {
    it('answers the list envelope with published plans only, their actions and the roll-up', async () => {
      const res = await request('/api/v1/implementation-plans');
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = await json(res);
      expect(body.page).toEqual({ total: 1, totalCapped: false, limit: 20, offset: 0 });
      const [plan] = body.data;
      expect(plan).toMatchObject({
        id: jordanPlanId,
        country: { iso3: 'JOR' },
        status: 'published',
        isCurrent: true,
      });
      expect(plan!.progress).toEqual(expect.objectContaining({ actions: 2, averageProgress: 25 }));
      expect(plan!.objectives.map((o) => o.objective)).toEqual([7, 11, 23]);
      expect(plan!.objectives.find((o) => o.objective === 23)).toMatchObject({
        actions: 1,
        averageProgress: null,
      });
      const action = plan!.actions.find((a) => a.id === jordanActionId)!;
      expect(action).toMatchObject({
        objectives: [7, 11],
        progress: 25,
        sdgTargets: ['8.8', '10.7'],
        leadEntity: { ar: 'وزارة الداخلية', en: null },
        partners: { ar: 'المنظمة الدولية للهجرة', en: 'IOM' },
        indicator: { unit: { ar: 'أشخاص', en: 'people' } },
      });
      expect(action.updates).toHaveLength(1);
      expect(JSON.stringify(body)).not.toContain(egyptDraftId);
    });

    it('filters by country in any case and refuses an unknown country naming the allowed values', async () => {
      expect((await json(await request('/api/v1/implementation-plans?country=jor'))).page.total).toBe(1);
      expect((await json(await request('/api/v1/implementation-plans?country=EGY'))).data).toEqual([]);
      const bad = await request('/api/v1/implementation-plans?country=XXX');
      expect(bad.status).toBe(400);
      const { error } = await json(bad);
      expect(error).toMatchObject({ code: 'invalidFilter', field: 'country' });
      expect(error!.allowed).toContain('JOR');
      expect(error!.allowed).toContain('EGY');
      const badRegion = await json(await request('/api/v1/implementation-plans?region=nowhere'));
      expect(badRegion.error).toMatchObject({ field: 'region' });
      expect((await request('/api/v1/implementation-plans?limit=51')).status).toBe(400);
      expect((await json(await request('/api/v1/implementation-plans?region=las'))).page.total).toBe(1);
    });

    it('is described in the OpenAPI document', async () => {
      const doc = (await (await request('/api/v1/openapi.json')).json()) as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      expect(doc.paths).toHaveProperty(['/implementation-plans']);
      expect(doc.components.schemas).toHaveProperty('ImplementationPlan');
    });
  });

  describe('pages', () => {
    it('lists countries with a published plan, and shows the plan with its roll-up and actions', async () => {
      const index = visible(await (await request('/ar/plans')).text());
      expect(index).toContain(validPlanForm['title.ar']);
      expect(index).not.toContain('مسودة خطة مصر السرية');

      const res = await request('/en/plans/JOR');
      expect(res.status).toBe(200);
      const html = visible(await res.text());
      expect(html).toContain('Progress by objective');
      expect(html).toContain('role="img"');
      expect(html).toContain('Training border staff on the rights of migrants');
      expect(html).toContain('دُرّب مئة موظف في المعابر الشمالية.');
      expect(html).toContain('25%');
      expect(html).toContain('No indicator data');

      const filtered = visible(await (await request('/en/plans/JOR?objective=23')).text());
      expect(filtered).toContain('An action for objective 23');
      expect(filtered).not.toContain('Training border staff on the rights of migrants');
      expect(filtered).toContain('Showing 1 of 2 actions.');

      const country = visible(await (await request('/en/countries/JOR')).text());
      expect(country).toContain('href="/en/plans/JOR"');
    });

    it('shows an action’s names in the reader’s language, the other with a note, and its SDG targets', async () => {
      const path = `plans/JOR/actions/${jordanActionId}`;
      const ar = visible(await (await request(`/ar/${path}`)).text());
      const en = visible(await (await request(`/en/${path}`)).text());
      // Partners and unit are written in both languages: each page shows its own.
      expect(ar).toContain('المنظمة الدولية للهجرة');
      expect(ar).toContain('أشخاص');
      expect(en).toMatch(/<bdi lang="en" dir="ltr">IOM<\/bdi><\/dd>/);
      expect(en).toContain('people');
      expect(en).not.toContain('المنظمة الدولية للهجرة');
      // The lead entity is in Arabic only: the English page shows it with the fallback note.
      expect(ar).toMatch(/<bdi lang="ar" dir="rtl">وزارة الداخلية<\/bdi><\/dd>/);
      expect(en).toMatch(/وزارة الداخلية<\/bdi><small[^>]*>available in Arabic only<\/small>/);
      // SDG targets with their titles in the reader's language.
      expect(en).toContain('8.8: Labour rights and safe work for all workers, including migrant workers');
      expect(en).toContain('10.7: Orderly, safe, regular and responsible migration');
      expect(ar).toContain('10.7: ');
      expect(ar).not.toContain('Orderly, safe, regular and responsible migration');
    });

    it('shows a draft only to the state’s focal points and administrators', async () => {
      expect((await request('/en/plans/EGY')).status).toBe(404);
      expect((await request('/en/plans/EGY', { session: jordanFocal })).status).toBe(404);
      const own = await request('/ar/plans/EGY', { session: egyptFocal });
      expect(own.status).toBe(200);
      const html = visible(await own.text());
      expect(html).toContain('مسودة خطة مصر السرية');
      expect(html).toContain(plansAr['plan.draftNotice']);
      expect((await request(`/en/plans/JOR?plan=${egyptDraftId}`, { session: egyptFocal })).status).toBe(404);
    });
  });

  describe('keeping the plan', () => {
    const planForm = { intent: 'create', ...validPlanForm };

    it('sends anonymous visitors to sign in and refuses other users and other states', async () => {
      const anon = await request('/en/plans/TUN/edit', { form: planForm });
      expect(anon.status).toBe(302);
      expect(anon.headers.get('location')).toBe(
        `/en/sign-in?next=${encodeURIComponent('/en/plans/TUN/edit')}`,
      );
      expect((await request('/en/plans/TUN/edit', { form: planForm, session: stranger })).status).toBe(403);
      expect((await request('/en/plans/TUN/edit', { form: planForm, session: jordanFocal })).status).toBe(
        403,
      );
      const progress = {
        intent: 'progress',
        reportedOn: '2025-07-01',
        status: 'delayed',
        'narrative.ar': 'x',
        originalLanguage: 'ar',
      };
      expect(
        (await request(`/en/plans/JOR/actions/${jordanActionId}`, { form: progress, session: egyptFocal }))
          .status,
      ).toBe(403);
      expect(
        (await request('/en/plans/JOR/edit', { form: planForm, session: jordanFocal, csrf: false })).status,
      ).toBe(403);
      const db = platform().database.db;
      expect(
        await db.select().from(implementationPlans).where(eq(implementationPlans.countryIso3, 'TUN')),
      ).toEqual([]);
    });

    it('lets the focal point start, fill, publish and report on a plan without script', async () => {
      const db = platform().database.db;
      const session = egyptFocal;
      // A refused form keeps what was typed and says why, in the reader's language.
      const refused = await request('/ar/plans/EGY/edit', {
        session,
        form: {
          intent: 'save',
          planId: egyptDraftId,
          version: '1',
          ...validPlanForm,
          'title.ar': 'عنوان معدل',
          periodEnd: '2024-01-01',
        },
      });
      expect(refused.status).toBe(400);
      const refusedHtml = visible(await refused.text());
      expect(refusedHtml).toContain('value="عنوان معدل"');
      expect(refusedHtml).toContain(errorsAr.datesOutOfOrder);
      expect(refusedHtml).toContain('aria-invalid="true"');

      const saved = await request('/en/plans/EGY/edit', {
        session,
        form: {
          intent: 'save',
          planId: egyptDraftId,
          version: '1',
          ...validPlanForm,
          'title.en': 'Egypt plan',
        },
      });
      expect(saved.status).toBe(302);
      expect(saved.headers.get('location')).toBe(`/en/plans/EGY/edit?plan=${egyptDraftId}&notice=saved`);
      // The same form sent again from the old version is stale: refused, values kept, current text shown.
      const stale = await request('/en/plans/EGY/edit', {
        session,
        form: {
          intent: 'save',
          planId: egyptDraftId,
          version: '1',
          ...validPlanForm,
          'title.en': 'Other edit',
        },
      });
      expect(stale.status).toBe(409);
      const staleHtml = visible(await stale.text());
      expect(staleHtml).toContain('value="Other edit"');
      expect(staleHtml).toContain('Someone else saved this meanwhile');

      const empty = await request('/en/plans/EGY/edit', {
        session,
        form: { intent: 'publish', planId: egyptDraftId, version: '2' },
      });
      expect(empty.status).toBe(409);
      expect(visible(await empty.text())).toContain('Add at least one action before publishing the plan.');

      // A refused action keeps nested fields as typed, each message beside its own field.
      const badAction = {
        intent: 'create',
        planId: egyptDraftId,
        ...validActionForm,
        'indicator.target': 'كثير',
      };
      const refusedAr = await request('/ar/plans/EGY/actions/new', { session, form: badAction });
      expect(refusedAr.status).toBe(400);
      const refusedArHtml = visible(await refusedAr.text());
      const target = formField(refusedArHtml, 'indicator.target');
      expect(target.input).toContain('value="كثير"');
      expect(target.error).toBe(errorsAr.targetNotNumeric);
      expect(formField(refusedArHtml, 'budget.amount').input).toContain('value="٢٥٠٬٠٠٠"');
      expect(formField(refusedArHtml, 'title.ar').input).toContain(`value="${validActionForm['title.ar']}"`);
      const refusedEn = visible(
        await (await request('/en/plans/EGY/actions/new', { session, form: badAction })).text(),
      );
      expect(formField(refusedEn, 'indicator.target').error).toBe(errorsEn.targetNotNumeric);

      const added = await request('/ar/plans/EGY/actions/new', {
        session,
        form: {
          intent: 'create',
          planId: egyptDraftId,
          ...validActionForm,
          objectives: ['7'],
          'indicator.unit.ar': '٪',
          'indicator.unit.en': '%',
          'indicator.baseline': '١٠',
          'indicator.target': '٦٠',
        },
      });
      expect(added.status).toBe(302);
      const actionUrl = added.headers.get('location')!.replace(/\?.*$/, '');
      expect(actionUrl).toMatch(/^\/ar\/plans\/EGY\/actions\/[0-9a-f-]{36}$/);
      const actionId = actionUrl.split('/').at(-1)!;
      const [row] = await db.select().from(planActions).where(eq(planActions.id, actionId));
      expect(row).toMatchObject({ indicatorBaseline: 10, indicatorTarget: 60, budgetAmount: 250000 });

      // A spare action is deleted from the keepers' page; another state's action cannot be named there.
      const spare = await request('/en/plans/EGY/actions/new', {
        session,
        form: { intent: 'create', planId: egyptDraftId, ...validActionForm },
      });
      const spareId = spare.headers.get('location')!.replace(/\?.*$/, '').split('/').at(-1)!;
      const foreign = await request('/en/plans/EGY/edit', {
        session,
        form: { intent: 'deleteAction', planId: egyptDraftId, actionId: jordanActionId, version: '1' },
      });
      expect(foreign.status).toBe(404);
      expect(await db.select().from(planActions).where(eq(planActions.id, jordanActionId))).toHaveLength(1);
      const deleted = await request('/en/plans/EGY/edit', {
        session,
        form: { intent: 'deleteAction', planId: egyptDraftId, actionId: spareId, version: '1' },
      });
      expect(deleted.headers.get('location')).toBe(
        `/en/plans/EGY/edit?plan=${egyptDraftId}&notice=actionDeleted`,
      );
      expect(await db.select().from(planActions).where(eq(planActions.id, spareId))).toEqual([]);

      const badValue = await request(actionUrl, {
        session,
        form: {
          intent: 'progress',
          reportedOn: '2025-07-01',
          status: 'in_progress',
          value: '١٥٠',
          'narrative.ar': 'تقدم',
          originalLanguage: 'ar',
        },
      });
      expect(badValue.status).toBe(400);
      expect(visible(await badValue.text())).toContain('value="١٥٠"');

      const published = await request('/en/plans/EGY/edit', {
        session,
        form: { intent: 'publish', planId: egyptDraftId, version: '2' },
      });
      expect(published.headers.get('location')).toBe(
        `/en/plans/EGY/edit?plan=${egyptDraftId}&notice=published`,
      );
      const reported = await request(actionUrl, {
        session,
        form: {
          intent: 'progress',
          reportedOn: '2025-07-01',
          status: 'in_progress',
          value: '٣٥',
          'narrative.ar': 'تقدم جيد',
          originalLanguage: 'ar',
        },
      });
      expect(reported.headers.get('location')).toBe(`${actionUrl}?notice=progressAdded`);

      // Published: the public sees the plan and the action's progress (35 on 10→60 is 50 %).
      const page = visible(await (await request('/en/plans/EGY')).text());
      expect(page).toContain('Egypt plan');
      expect(page).toContain('50%');
      const actionPage = visible(await (await request(actionUrl.replace('/ar/', '/en/'))).text());
      expect(actionPage).toContain('تقدم جيد');
      expect(actionPage).not.toContain('name="intent"');

      const refusedDelete = await request(actionUrl, { session, form: { intent: 'delete', version: '1' } });
      expect(refusedDelete.status).toBe(409);
      const trail = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, egyptDraftId));
      expect(trail.map((r) => r.action)).toEqual(['plan.create', 'plan.update', 'plan.publish']);
    });
  });
});
