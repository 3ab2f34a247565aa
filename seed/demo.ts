import { eq, sql } from 'drizzle-orm';
import { countries, regions, stakeholderCategories, users } from '#db/schema/index';
import type { AssignableRole } from '~/permissions/matrix';
import { type Config, publishedDemoPassword } from '~/platform/config.server';
import type { Db, DbOrTx } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';
import { seedDemoFund } from './demo-fund';
import { seedDemoHub } from './demo-hub';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoPlans } from './demo-plans';
import { seedDemoForwarding } from './demo-review-figures';
import { demoReviewIds, seedDemoReviews } from './demo-reviews';
import { seedDemoSideEvents } from './demo-side-events';
import { createOrganisation, createUser } from './factories';

/** Every demo account signs in with this password outside production. Shown in the README. */
export const demoPassword = publishedDemoPassword;

/**
 * The sample accounts' password: the published one outside production; in production only the
 * operator's DEMO_PASSWORD, or none (then the accounts sign in after a password reset).
 */
export function demoPasswordFor(config: Pick<Config, 'isProduction' | 'DEMO_PASSWORD'>): string | null {
  if (config.isProduction) return config.DEMO_PASSWORD ?? null;
  return config.DEMO_PASSWORD ?? demoPassword;
}

interface DemoAccount {
  email: string;
  name: string;
  locale: 'ar' | 'en';
  role?: AssignableRole;
  /** Region id (regional secretariat) or country iso3 (focal point). */
  scope?: { table: 'regions' | 'countries'; id: string };
}

/** Names say "sample" in both languages so nobody mistakes them for real people. */
const accounts: DemoAccount[] = [
  { email: 'admin@marsad.test', name: 'مشرف تجريبي — Sample admin', locale: 'ar', role: 'admin' },
  {
    email: 'network@marsad.test',
    name: 'أمانة الشبكة (تجريبي) — Sample Network secretariat',
    locale: 'en',
    role: 'network_secretariat',
  },
  {
    email: 'las@marsad.test',
    name: 'أمانة جامعة الدول العربية (تجريبي) — Sample LAS secretariat',
    locale: 'ar',
    role: 'regional_secretariat',
    scope: { table: 'regions', id: 'LAS' },
  },
  {
    email: 'focal.jo@marsad.test',
    name: 'جهة اتصال الأردن (تجريبي) — Sample Jordan focal point',
    locale: 'ar',
    role: 'focal_point',
    scope: { table: 'countries', id: 'JOR' },
  },
  {
    email: 'focal.eg@marsad.test',
    name: 'جهة اتصال مصر (تجريبي) — Sample Egypt focal point',
    locale: 'ar',
    role: 'focal_point',
    scope: { table: 'countries', id: 'EGY' },
  },
  { email: 'ngo@marsad.test', name: 'منظمة مجتمع مدني (تجريبي) — Sample NGO admin', locale: 'ar' },
  {
    email: 'reviewer@marsad.test',
    name: 'مراجع نظير (تجريبي) — Sample peer reviewer',
    locale: 'en',
    role: 'peer_reviewer',
  },
  { email: 'expert@marsad.test', name: 'خبيرة (تجريبي) — Sample expert', locale: 'ar', role: 'expert' },
];

async function exists(db: DbOrTx, scope: NonNullable<DemoAccount['scope']>): Promise<boolean> {
  const rows =
    scope.table === 'regions'
      ? await db.select({ id: regions.id }).from(regions).where(eq(regions.id, scope.id)).limit(1)
      : await db.select({ id: countries.iso3 }).from(countries).where(eq(countries.iso3, scope.id)).limit(1);
  return rows.length > 0;
}

/**
 * Sample accounts (password `marsad-demo-2026` unless told otherwise, see demoPasswordFor) and one
 * sample organisation, loaded only into a database with no users. Scoped roles are given only when their region or
 * country exists (the reference seed runs first). Returns whether anything was loaded.
 */
export async function seedDemo(db: Db, options: { password?: string | null } = {}): Promise<boolean> {
  const password = options.password === undefined ? demoPassword : options.password;
  const created = new Map<string, string>();
  const loaded = await db.transaction(async (tx) => {
    // Several instances starting together on one PostgreSQL: one seeds, the others see its users.
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if (Number(n) > 0) return false;
    for (const account of accounts) {
      let roles: { role: AssignableRole; scopeId?: string }[] = [];
      if (account.role) roles = [{ role: account.role, scopeId: account.scope?.id }];
      if (account.scope && !(await exists(tx, account.scope))) {
        logger.warn(
          `demo seed: ${account.scope.table} ${account.scope.id} not found; ${account.role} role skipped`,
        );
        roles = [];
      }
      const user = await createUser(tx, {
        email: account.email,
        name: account.name,
        locale: account.locale,
        password,
        roles,
      });
      created.set(account.email, user.id);
    }
    const [lebanon] = await tx
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, 'LBN'))
      .limit(1);
    const [civil] = await tx
      .select({ key: stakeholderCategories.key })
      .from(stakeholderCategories)
      .where(eq(stakeholderCategories.key, 'civil_society'))
      .limit(1);
    await createOrganisation(tx, {
      name: {
        ar: 'الشبكة اللبنانية لحقوق المهاجرين (منظمة تجريبية)',
        en: 'Lebanese Network for Migrant Rights (sample organisation)',
      },
      originalLanguage: 'ar',
      countryIso3: lebanon?.iso3 ?? null,
      categoryKey: civil?.key ?? null,
      website: null,
      members: [{ userId: created.get('ngo@marsad.test')!, role: 'admin' }],
    });
    return true;
  });
  if (!loaded) return false;
  logger.info({ accounts: accounts.length }, 'demo seed: sample accounts created (logins in README.md)');
  // Sample data, labelled as such: national implementation plans of Jordan, Egypt and Morocco.
  await seedDemoPlans(db);
  // Sample review cycles (2019–2021, 2024), reviews and an outcome document.
  await seedDemoReviews(db);
  // A sample Hub: a balanced roster of peer reviewers and published resources.
  await seedDemoHub(db, { password });
  // Sample meetings: the IMRF 2022 round tables, the first Arab regional review conference, ARCP, a workshop.
  await seedDemoMeetings(db);
  // Sample side-event proposals for the sample IMRF 2022, one accepted into its agenda.
  await seedDemoSideEvents(db);
  // The first regional review's published synthesis and outcome, forwarded to the sample IMRF 2022.
  await seedDemoForwarding(db, demoReviewIds.firstCycle);
  // A sample Migration MPTF: a pipeline at every stage, two funded programmes, contributions.
  await seedDemoFund(db);
  return true;
}
