import { describe, expect, it } from 'vitest';
import { seedDemoFund } from '#seed/demo-fund';
import { createUser } from '#seed/factories';
import type { Db } from '~/platform/db.server';
import { useTestPlatform } from '../../../tests/platform';
import { fundDashboard } from './fund-dashboard.server';
import { readIatiProgrammes } from './iati/iati-export.server';

describe('the sample fund (demo seed)', () => {
  const platform = useTestPlatform();
  it('loads a pipeline at every stage, two programmes, contributions and a results framework, once', async () => {
    const db = platform().database.db as Db;
    await createUser(db, { email: 'network@marsad.test', roles: [{ role: 'network_secretariat' }] });
    expect(await seedDemoFund(db)).toBe(true);
    expect(await seedDemoFund(db)).toBe(false);
    const all = await fundDashboard({ db, scope: 'all' });
    expect(all.pipeline.byStatus).toMatchObject({
      submitted: 1,
      in_pipeline: 1,
      selected: 1,
      funded: 2,
      not_selected: 1,
    });
    // 5 000 000 × 1.06 + 2 000 000 × 1.08 + 1 500 000 × 1.27 + 1 000 000
    expect(all.contributions.totalUsd).toBe(5_300_000 + 2_160_000 + 1_905_000 + 1_000_000);
    expect(all.allocations.totalUsd).toBe(2_500_000 + 1_800_000);
    const programmes = await readIatiProgrammes({ db });
    const jordan = programmes.find((p) => p.countryIso2 === 'JO')!;
    expect(jordan.transfers.map((t) => t.amountUsd)).toEqual([1_200_000, 800_000]);
    expect(jordan.results[0]!.indicators.map((i) => i.periods.length)).toEqual([2, 1]);
    expect(jordan.reports).toHaveLength(1);
  });
});
