import { asc, eq, inArray } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { countries, regionMembers, regions } from '#db/schema/reference';
import { stateContacts } from '#db/schema/review-outreach';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canManageOutreach } from '../cycles/cycle-policy';
import type { ContactRow } from './contact-records.server';

/** Where a contact stands with the platform: no account, invited (not accepted), or an account. */
export type AccountState = 'none' | 'invited' | 'active' | 'disabled';

export interface ContactView extends ContactRow {
  account: AccountState;
  lastSignedInAt: Date | null;
}

export async function accountStates(db: DbOrTx, userIds: string[]) {
  if (!userIds.length) return new Map<string, { account: AccountState; lastSignedInAt: Date | null }>();
  const rows = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      lastSignedInAt: users.lastSignedInAt,
    })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(
    rows.map((u) => [
      u.id,
      {
        account: (u.disabledAt ? 'disabled' : u.passwordHash ? 'active' : 'invited') as AccountState,
        lastSignedInAt: u.lastSignedInAt,
      },
    ]),
  );
}

/**
 * The focal-point registry of a region for its secretariat: every member state (those with no
 * contact too, so gaps show) with its contacts and where each stands with the platform.
 */
export async function listContacts(options: { db?: DbOrTx; subject: Subject; regionId: string }) {
  const { db = getDb(), subject, regionId } = options;
  const [region] = await db
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(eq(regions.id, regionId));
  if (!region) throw notFound();
  if (!canManageOutreach(subject, regionId)) throw forbidden();
  const [states, contacts] = await readTogether(db, [
    () =>
      db
        .select({ iso3: countries.iso3, name: countries.name })
        .from(regionMembers)
        .innerJoin(countries, eq(countries.iso3, regionMembers.countryIso3))
        .where(eq(regionMembers.regionId, regionId))
        .orderBy(asc(countries.iso3)),
    () =>
      db
        .select()
        .from(stateContacts)
        .where(eq(stateContacts.regionId, regionId))
        .orderBy(asc(stateContacts.countryIso3), asc(stateContacts.kind), asc(stateContacts.name)),
  ]);
  const accounts = await accountStates(
    db,
    contacts.map((c) => c.userId).filter((id): id is string => Boolean(id)),
  );
  const views: ContactView[] = contacts.map((c) => {
    const a = c.userId ? accounts.get(c.userId) : undefined;
    return { ...c, account: a?.account ?? 'none', lastSignedInAt: a?.lastSignedInAt ?? null };
  });
  return {
    region,
    states: states.map((s) => ({ ...s, contacts: views.filter((c) => c.countryIso3 === s.iso3) })),
  };
}
