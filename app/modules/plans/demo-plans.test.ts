import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { implementationPlans, planActionUpdates } from '#db/schema/index';
import { seedDemo } from '#seed/demo';
import { seedDemoPlans } from '#seed/demo-plans';
import { anonymousSubject } from '~/permissions/resolver';
import { useTestPlatform } from '../../../tests/platform';
import { getPlan } from './get-plan.server';

describe('sample national implementation plans (seedDemoPlans)', () => {
  const platform = useTestPlatform();

  it('loads three published sample plans of eight actions once, with progress to roll up', async () => {
    const db = platform().database.db;
    const now = new Date();
    await seedDemo(db);
    // seedDemo already loaded them; a second run changes nothing.
    expect(await seedDemoPlans(db, { now })).toBe(false);
    const plans = await db.select().from(implementationPlans).where(eq(implementationPlans.isSample, true));
    expect(plans.map((p) => p.countryIso3).sort()).toEqual(['EGY', 'JOR', 'MAR']);
    expect(plans.every((p) => p.status === 'published' && p.title.en?.includes('sample'))).toBe(true);

    const jordan = await getPlan({ subject: anonymousSubject, iso3: 'JOR' });
    expect(jordan.actions).toHaveLength(8);
    expect(jordan.summary.withData).toBeGreaterThan(2);
    expect(jordan.rollup.filter((r) => r.actions > 0).length).toBeGreaterThanOrEqual(6);
    // The newest report of each action agrees with its status; no report lies in the future.
    for (const action of jordan.actions) {
      if (action.updates.length) expect(action.updates[0]!.status).toBe(action.status);
    }
    const updates = await db.select({ on: planActionUpdates.reportedOn }).from(planActionUpdates);
    expect(updates.every((u) => u.on <= now.toISOString().slice(0, 10))).toBe(true);
  });
});
