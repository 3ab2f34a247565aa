import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, objectiveTags, planActions } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { addActionUpdate } from './add-action-update.server';
import { createAction } from './create-action.server';
import { createPlan } from './create-plan.server';
import { deleteAction } from './delete-action.server';
import { getAction } from './get-action.server';
import { getPlan } from './get-plan.server';
import { listPlans } from './list-plans.server';
import { setPlanStatus } from './set-plan-status.server';
import {
  actionInput,
  noIndicator,
  planInput,
  validActionInput,
  validPlanForm,
  validPlanInput,
} from './test-fixtures';
import { updateAction } from './update-action.server';
import { updatePlan } from './update-plan.server';

const now = new Date('2025-09-01T09:00:00Z');

for (const store of testStores) {
  describe(`national implementation plans (${store})`, () => {
    const platform = useTestPlatform(store);

    async function person(roles: { role: AssignableRole; scopeId?: string }[] = []): Promise<Subject> {
      const user = await createUser(platform().database.db, { roles });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }
    const focalPoint = (iso3: string) => person([{ role: 'focal_point', scopeId: iso3 }]);
    async function trail(entityId: string) {
      const rows = await platform()
        .database.db.select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, entityId))
        .orderBy(auditLog.id);
      return rows.map((r) => r.action);
    }

    describe('permissions', () => {
      it('lets only the state’s focal points and administrators create and edit its plan', async () => {
        const jordan = await focalPoint('JOR');
        const egypt = await focalPoint('EGY');
        const admin = await person([{ role: 'admin' }]);
        const user = await person();

        for (const subject of [anonymousSubject, user, egypt]) {
          const e = await refusal(() => createPlan({ subject, countryIso3: 'JOR', input: validPlanInput }));
          expect([e.code, e.status]).toEqual(['forbidden', 403]);
        }
        const plan = await createPlan({ subject: jordan, countryIso3: 'jor', input: validPlanInput });
        expect(plan).toMatchObject({
          countryIso3: 'JOR',
          status: 'draft',
          version: 1,
          createdBy: jordan.userId,
        });
        expect(plan.title).toEqual({
          ar: validPlanForm['title.ar'],
          en: validPlanForm['title.en'],
        });

        // The draft does not exist for the public or another state's focal point.
        for (const subject of [anonymousSubject, user, egypt]) {
          expect((await refusal(() => getPlan({ subject, iso3: 'JOR' }))).status).toBe(404);
          const e = await refusal(() =>
            updatePlan({ subject, planId: plan.id, expectedVersion: 1, input: validPlanInput }),
          );
          expect(e.status).toBe(404);
        }
        expect((await getPlan({ subject: jordan, iso3: 'JOR' })).canEdit).toBe(true);
        expect((await getPlan({ subject: admin, iso3: 'JOR' })).plan.id).toBe(plan.id);

        const action = await createAction({ subject: admin, planId: plan.id, input: validActionInput });
        await setPlanStatus({ subject: jordan, planId: plan.id, publish: true, expectedVersion: 1, now });

        // Published: everyone reads it; another state's focal point still may not change it.
        const seen = await getPlan({ subject: anonymousSubject, iso3: 'JOR' });
        expect(seen.plan.status).toBe('published');
        expect(seen.canEdit).toBe(false);
        expect((await getAction({ subject: user, iso3: 'JOR', actionId: action.id })).canEdit).toBe(false);
        const e = await refusal(() =>
          updatePlan({ subject: egypt, planId: plan.id, expectedVersion: 2, input: validPlanInput }),
        );
        expect([e.code, e.status]).toEqual(['forbidden', 403]);
        const e2 = await refusal(() =>
          addActionUpdate({
            subject: egypt,
            actionId: action.id,
            input: {
              reportedOn: '2025-08-01',
              status: 'in_progress',
              narrative: { ar: 'تقدم' },
              originalLanguage: 'ar',
            },
            now,
          }),
        );
        expect(e2.status).toBe(403);
        // An action is found only under its own country.
        expect(
          (await refusal(() => getAction({ subject: admin, iso3: 'EGY', actionId: action.id }))).status,
        ).toBe(404);

        expect(await trail(plan.id)).toEqual(['plan.create', 'plan.publish']);
        expect(await trail(action.id)).toEqual(['plan.action.create']);
      });
    });

    describe('validation', () => {
      it('refuses bad periods, dates, budgets, indicators and percentages, and reads Arabic digits', async () => {
        const keeper = await focalPoint('EGY');
        const subject = keeper;
        const e1 = await refusal(() =>
          createPlan({
            subject,
            countryIso3: 'EGY',
            input: planInput({ periodStart: '2026-01-01', periodEnd: '2025-01-01' }),
          }),
        );
        expect([e1.code, Object.keys(e1.details?.fieldErrors ?? {})[0]]).toEqual([
          'datesOutOfOrder',
          'periodEnd',
        ]);
        const e2 = await refusal(() =>
          createPlan({ subject, countryIso3: 'EGY', input: planInput({ 'title.ar': ' ' }) }),
        );
        expect([e2.code, Object.keys(e2.details?.fieldErrors ?? {})[0]]).toEqual([
          'planOriginalTextRequired',
          'title.ar',
        ]);

        // Arabic digits in dates are read too.
        const plan = await createPlan({
          subject,
          countryIso3: 'EGY',
          input: planInput({ periodStart: '٢٠٢٥-٠١-٠١' }),
        });
        expect(plan.periodStart).toBe('2025-01-01');
        const second = await refusal(() =>
          createPlan({ subject, countryIso3: 'EGY', input: validPlanInput }),
        );
        expect([second.code, second.status]).toEqual(['planDraftExists', 409]);

        const action = await createAction({ subject, planId: plan.id, input: validActionInput });
        expect(action).toMatchObject({
          budgetAmount: 250000,
          budgetCurrency: 'JOD',
          leadEntity: { ar: 'وزارة الداخلية' },
          partners: { ar: 'المنظمة الدولية للهجرة', en: 'IOM' },
          sdgTargets: ['8.8', '10.7'],
          indicatorUnit: { ar: 'أشخاص', en: 'people' },
          indicatorBaseline: 0,
          indicatorTarget: 400,
          position: 1,
          status: 'in_progress',
        });
        const tags = await platform()
          .database.db.select()
          .from(objectiveTags)
          .where(and(eq(objectiveTags.entityType, 'plan_action'), eq(objectiveTags.entityId, action.id)));
        expect(tags.map((t) => t.objective).sort((x, y) => x - y)).toEqual([7, 11]);

        const refused = async (input: Record<string, string | string[]>) => {
          const e = await refusal(() =>
            createAction({ subject, planId: plan.id, input: actionInput(input) }),
          );
          return Object.entries(e.details?.fieldErrors ?? {}).flatMap(([path, errors]) =>
            errors.map((x) => `${path}:${x.code}`),
          );
        };
        expect(await refused({ startDate: '2026-05-01', endDate: '2026-01-01' })).toEqual([
          'endDate:datesOutOfOrder',
        ]);
        expect(await refused({ 'budget.currency': '' })).toEqual(['budget.currency:planBudgetPair']);
        expect(await refused({ 'budget.amount': '' })).toEqual(['budget.amount:planBudgetPair']);
        expect(await refused({ 'budget.amount': '-5' })).toEqual(['budget.amount:amountNotPositive']);
        expect(await refused({ 'budget.currency': 'XYZ' })).toEqual(['budget.currency:invalidCurrency']);
        expect(await refused({ objectives: [] })).toEqual(['objectives:chooseAtLeast']);
        expect(await refused({ objectives: ['24'] })).toEqual(['objectives[0]:invalidChoice']);
        expect(await refused({ 'indicator.unit.en': '%', 'indicator.target': '١٢٠' })).toEqual([
          'indicator.target:percentOutOfRange',
        ]);
        expect(await refused({ 'indicator.target': '' })).toEqual([
          'indicator.target:planIndicatorIncomplete',
        ]);
        expect(await refused({ 'indicator.target': '0' })).toEqual([
          'indicator.target:planTargetEqualsBaseline',
        ]);
        expect(await refused({ 'indicator.target': 'many' })).toEqual(['indicator.target:targetNotNumeric']);
        expect(await refused({ 'leadEntity.ar': '' })).toEqual(['leadEntity.ar:translationRequired']);
        expect(await refused({ sdgTargets: ['10.7', '10.99'] })).toEqual(['sdgTargets:unknownSdgTarget']);

        // No indicator at all is fine; so is no budget.
        const plain = await createAction({
          subject,
          planId: plan.id,
          input: actionInput({
            'budget.amount': '',
            'budget.currency': '',
            ...noIndicator,
          }),
        });
        expect(plain).toMatchObject({
          position: 2,
          budgetAmount: null,
          indicatorUnit: null,
          indicatorName: {},
        });

        const outside = await refusal(() =>
          createAction({ subject, planId: plan.id, input: actionInput({ endDate: '2028-06-30' }) }),
        );
        expect([outside.code, Object.keys(outside.details?.fieldErrors ?? {})]).toEqual([
          'planActionOutsidePeriod',
          ['endDate'],
        ]);
        const shrink = await refusal(() =>
          updatePlan({
            subject,
            planId: plan.id,
            expectedVersion: 1,
            input: planInput({ periodEnd: '2025-12-31' }),
          }),
        );
        expect([shrink.code, shrink.params.count]).toEqual(['planPeriodExcludesActions', 2]);

        // Progress values: Arabic digits, percentages 0–100, none without an indicator, no future dates.
        const update = await addActionUpdate({
          subject,
          actionId: action.id,
          input: {
            reportedOn: '٢٠٢٥-٠٨-٣١',
            status: 'in_progress',
            value: '١٢٠٫٥',
            narrative: { ar: 'دُرّب ١٢٠ موظفًا.' },
            originalLanguage: 'ar',
          },
          now,
        });
        expect(update).toMatchObject({ reportedOn: '2025-08-31', value: 120.5 });
        const progress = (input: Record<string, unknown>, actionId = action.id) =>
          refusal(() =>
            addActionUpdate({
              subject,
              actionId,
              input: {
                reportedOn: '2025-08-01',
                status: 'in_progress',
                narrative: { ar: 'نص' },
                originalLanguage: 'ar',
                ...input,
              },
              now,
            }),
          );
        expect((await progress({ reportedOn: '2025-09-02' })).code).toBe('progressDateInFuture');
        expect((await progress({ value: '5' }, plain.id)).code).toBe('planValueWithoutIndicator');
        expect((await progress({ narrative: { ar: '' } })).code).toBe('planOriginalTextRequired');
        expect((await progress({ value: 'abc' })).code).toBe('valueNotNumeric');

        const percent = await createAction({
          subject,
          planId: plan.id,
          input: actionInput({
            'indicator.unit.ar': '٪',
            'indicator.baseline': '10',
            'indicator.target': '60',
          }),
        });
        expect((await progress({ value: '101' }, percent.id)).code).toBe('percentOutOfRange');
      });
    });

    describe('roll-up by objective', () => {
      it('counts actions by status and averages progress toward targets per objective', async () => {
        const subject = await focalPoint('MAR');
        const plan = await createPlan({ subject, countryIso3: 'MAR', input: validPlanInput });
        const add = (input: Record<string, string | string[]>) =>
          createAction({ subject, planId: plan.id, input: actionInput(input) });
        const report = (actionId: string, reportedOn: string, value: string, status = 'in_progress') =>
          addActionUpdate({
            subject,
            actionId,
            input: { reportedOn, status, value, narrative: { ar: 'تقرير' }, originalLanguage: 'ar' },
            now,
          });
        // Objective 7: 0→400, latest 100 (25 %) — an older report of 300 does not count.
        const a = await add({ objectives: ['7'], 'indicator.baseline': '0', 'indicator.target': '400' });
        await report(a.id, '2025-06-30', '100');
        await report(a.id, '2025-03-31', '300');
        // Objectives 7 and 2: a reduction 50→10, latest 20 (75 %).
        const b = await add({ objectives: ['7', '2'], 'indicator.baseline': '50', 'indicator.target': '10' });
        await report(b.id, '2025-07-01', '20', 'delayed');
        // Objective 7: beyond the target is 100 %.
        const c = await add({ objectives: ['7'], 'indicator.baseline': '0', 'indicator.target': '10' });
        await report(c.id, '2025-08-01', '15', 'completed');
        // Objective 7: no value yet, and a cancelled action with a value: neither in the average.
        await add({ objectives: ['7'], status: 'planned' });
        const e = await add({ objectives: ['7'], 'indicator.baseline': '0', 'indicator.target': '10' });
        await report(e.id, '2025-08-01', '10', 'cancelled');
        // Objective 9: an action without an indicator.
        await add({
          objectives: ['9'],
          ...noIndicator,
          status: 'planned',
        });

        const detail = await getPlan({ subject, iso3: 'MAR' });
        const of = (n: number) => detail.rollup.find((r) => r.objective === n)!;
        expect(detail.rollup).toHaveLength(23);
        expect(of(7)).toMatchObject({
          actions: 5,
          byStatus: { planned: 1, in_progress: 1, completed: 1, delayed: 1, cancelled: 1 },
          withData: 3,
        });
        expect(of(7).averageProgress).toBeCloseTo((25 + 75 + 100) / 3, 6);
        expect(of(2)).toMatchObject({ actions: 1, withData: 1, averageProgress: 75 });
        expect(of(9)).toMatchObject({ actions: 1, withData: 0, averageProgress: null });
        expect(of(1)).toMatchObject({ actions: 0, withData: 0, averageProgress: null });
        expect(detail.summary).toMatchObject({ actions: 6, withData: 3 });
        // The newest report set each action's status; the older report did not.
        const byId = new Map(detail.actions.map((x) => [x.id, x]));
        expect(byId.get(a.id)).toMatchObject({
          status: 'in_progress',
          latest: { value: 100, on: '2025-06-30' },
        });
        expect(byId.get(b.id)?.status).toBe('delayed');
        expect(byId.get(a.id)?.updates.map((u) => u.reportedOn)).toEqual(['2025-06-30', '2025-03-31']);
      });
    });

    describe('versions, publication and deletion', () => {
      it('refuses stale saves, publishes only with actions, and deletes only unreported draft actions', async () => {
        const subject = await focalPoint('TUN');
        const other = await focalPoint('TUN');
        const plan = await createPlan({ subject, countryIso3: 'TUN', input: validPlanInput });
        const empty = await refusal(() =>
          setPlanStatus({ subject, planId: plan.id, publish: true, expectedVersion: 1 }),
        );
        expect([empty.code, empty.status]).toEqual(['planHasNoActions', 409]);

        // Two keepers edit the header from the same version: the second save is refused, nothing lost.
        await updatePlan({
          subject,
          planId: plan.id,
          expectedVersion: 1,
          input: planInput({ 'title.en': 'First edit' }),
        });
        const stale = await refusal(() =>
          updatePlan({
            subject: other,
            planId: plan.id,
            expectedVersion: 1,
            input: planInput({ 'title.en': 'Second edit' }),
          }),
        );
        expect([stale.code, stale.status]).toEqual(['staleVersion', 409]);
        expect(stale.details?.current).toMatchObject({ title: { en: 'First edit' } });

        const kept = await createAction({ subject, planId: plan.id, input: validActionInput });
        const reported = await createAction({ subject, planId: plan.id, input: validActionInput });
        const spare = await createAction({ subject, planId: plan.id, input: validActionInput });

        // A progress report that moves the status makes an action form opened before it stale.
        await addActionUpdate({
          subject,
          actionId: reported.id,
          input: {
            reportedOn: '2025-08-01',
            status: 'delayed',
            value: '10',
            narrative: { ar: 'تأخر' },
            originalLanguage: 'ar',
          },
          now,
        });
        const staleAction = await refusal(() =>
          updateAction({
            subject: other,
            actionId: reported.id,
            expectedVersion: 1,
            input: validActionInput,
          }),
        );
        expect(staleAction.code).toBe('staleVersion');
        const noRemoval = await refusal(() =>
          updateAction({
            subject,
            actionId: reported.id,
            expectedVersion: 2,
            input: actionInput({
              status: 'delayed',
              ...noIndicator,
            }),
          }),
        );
        expect(noRemoval.code).toBe('planIndicatorHasValues');
        const saved = await updateAction({
          subject,
          actionId: reported.id,
          expectedVersion: 2,
          input: actionInput({ status: 'delayed', objectives: ['3'] }),
        });
        expect(saved.version).toBe(3);

        expect(
          (await refusal(() => deleteAction({ subject, actionId: reported.id, expectedVersion: 3 }))).code,
        ).toBe('planActionHasUpdates');
        expect(
          (await refusal(() => deleteAction({ subject, actionId: spare.id, expectedVersion: 9 }))).code,
        ).toBe('staleVersion');
        await deleteAction({ subject, actionId: spare.id, expectedVersion: 1 });
        const db = platform().database.db;
        expect(await db.select().from(planActions).where(eq(planActions.id, spare.id))).toEqual([]);
        expect(await db.select().from(objectiveTags).where(eq(objectiveTags.entityId, spare.id))).toEqual([]);
        expect(await trail(spare.id)).toEqual(['plan.action.create', 'plan.action.delete']);

        const published = await setPlanStatus({
          subject,
          planId: plan.id,
          publish: true,
          expectedVersion: 2,
          now,
        });
        expect(published).toMatchObject({ status: 'published', version: 3, publishedAt: now });
        const again = await refusal(() =>
          setPlanStatus({ subject, planId: plan.id, publish: true, expectedVersion: 3 }),
        );
        expect(again.code).toBe('planAlreadyPublished');
        expect(
          (await refusal(() => deleteAction({ subject, actionId: kept.id, expectedVersion: 1 }))).code,
        ).toBe('planActionDeleteWhilePublished');

        // A new draft may be started now; then the published plan cannot go back to draft.
        const next = await createPlan({
          subject,
          countryIso3: 'TUN',
          input: planInput({ periodStart: '2028-01-01', periodEnd: '2030-12-31' }),
        });
        const back = await refusal(() =>
          setPlanStatus({ subject, planId: plan.id, publish: false, expectedVersion: 3 }),
        );
        expect(back.code).toBe('planDraftExists');
        // The keeper sees the newest plan (the draft) first; the public only the published one.
        expect((await getPlan({ subject, iso3: 'TUN' })).plan.id).toBe(next.id);
        expect((await getPlan({ subject: anonymousSubject, iso3: 'TUN' })).plans.map((p) => p.id)).toEqual([
          plan.id,
        ]);
        expect(await trail(plan.id)).toEqual(['plan.create', 'plan.update', 'plan.publish']);
      });
    });

    describe('listing', () => {
      it('lists published plans only, marks each country’s current one, and filters by country and region', async () => {
        const subject = await focalPoint('LBN');
        const old = await createPlan({
          subject,
          countryIso3: 'LBN',
          input: planInput({ periodStart: '2019-01-01', periodEnd: '2022-12-31' }),
        });
        await createAction({
          subject,
          planId: old.id,
          input: actionInput({ startDate: '2019-01-01', endDate: '2020-12-31' }),
        });
        await setPlanStatus({ subject, planId: old.id, publish: true, expectedVersion: 1, now });
        const current = await createPlan({ subject, countryIso3: 'LBN', input: validPlanInput });
        await createAction({ subject, planId: current.id, input: validActionInput });
        await setPlanStatus({ subject, planId: current.id, publish: true, expectedVersion: 1, now });
        const fra = await createPlan({
          subject: await focalPoint('FRA'),
          countryIso3: 'FRA',
          input: validPlanInput,
        });

        const lbn = await listPlans({ filters: { country: 'LBN' } });
        expect(lbn.total).toBe(2);
        expect(lbn.items.map((p) => [p.id, p.isCurrent])).toEqual([
          [current.id, true],
          [old.id, false],
        ]);
        const currentOnly = await listPlans({ filters: { country: 'LBN', currentOnly: true } });
        expect(currentOnly.items.map((p) => p.id)).toEqual([current.id]);
        const arab = await listPlans({ filters: { region: 'LAS' } });
        expect(arab.items.every((p) => p.status === 'published')).toBe(true);
        expect(arab.items.map((p) => p.countryIso3)).toContain('LBN');
        expect(arab.items.map((p) => p.id)).not.toContain(fra.id);
        const europe = await listPlans({ filters: { region: 'M49-150' } });
        expect(europe.items.map((p) => p.countryIso3)).not.toContain('LBN');
      });
    });
  });
}
