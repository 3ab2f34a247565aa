import { createAction } from '~/modules/plans/create-action.server';
import { createPlan } from '~/modules/plans/create-plan.server';
import { setPlanStatus } from '~/modules/plans/set-plan-status.server';
import { validActionInput, validPlanInput } from '~/modules/plans/test-fixtures';
import { type Area, everyone } from './types';

/**
 * National implementation plans: the index, a published plan and its action pages are public; the
 * keepers' page is for the state's focal points (the test focal point keeps Jordan) and administrators.
 */
export const area: Area = {
  rows: [
    { route: ':lang/plans', url: () => '/en/plans?region=LAS', allow: everyone },
    { route: ':lang/plans/:iso3', url: () => '/ar/plans/JOR?objective=7', allow: everyone },
    { route: ':lang/plans/:iso3/edit', url: () => '/en/plans/JOR/edit', allow: ['admin', 'focal_point'] },
    {
      route: ':lang/plans/:iso3/actions/:actionId',
      url: (ids) => `/en/plans/JOR/actions/${ids.planActionId}`,
      allow: everyone,
    },
  ],
  async setup({ db, userIds }) {
    const subject = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const plan = await createPlan({ db, subject, countryIso3: 'JOR', input: validPlanInput });
    const action = await createAction({ db, subject, planId: plan.id, input: validActionInput });
    await setPlanStatus({ db, subject, planId: plan.id, publish: true, expectedVersion: 1 });
    return { planActionId: action.id };
  },
};
