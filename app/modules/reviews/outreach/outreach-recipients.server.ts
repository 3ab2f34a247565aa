import { and, eq, inArray, isNull } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/accounts';
import { stateContacts } from '#db/schema/review-outreach';
import type { DbOrTx } from '~/platform/db.server';
import type { Digits, Locale } from '~/platform/i18n/locales';

/** One person a letter or reminder about a state goes to. */
export interface OutreachRecipient {
  iso3: string;
  email: string;
  name: string;
  locale: Locale;
  digits: Digits;
  contactId: string | null;
  userId: string | null;
}

/**
 * Who is written to about these states of a region: the registry's contacts of each state (in the
 * language recorded for them) and the state's focal points with an active account (in their own),
 * once per address and state.
 */
export async function outreachRecipients(
  db: DbOrTx,
  regionId: string,
  isos: readonly string[],
): Promise<Map<string, OutreachRecipient[]>> {
  const out = new Map<string, OutreachRecipient[]>(isos.map((iso) => [iso, []]));
  if (!isos.length) return out;
  // One after another: callers run this on a transaction, one connection.
  const contacts = await db
    .select({
      iso3: stateContacts.countryIso3,
      email: stateContacts.email,
      name: stateContacts.name,
      locale: stateContacts.locale,
      contactId: stateContacts.id,
      userId: stateContacts.userId,
      digits: users.digits,
    })
    .from(stateContacts)
    .leftJoin(users, eq(users.id, stateContacts.userId))
    .where(and(eq(stateContacts.regionId, regionId), inArray(stateContacts.countryIso3, [...isos])));
  const focalPoints = await db
    .select({
      iso3: roleAssignments.scopeId,
      email: users.email,
      name: users.name,
      locale: users.locale,
      userId: users.id,
      digits: users.digits,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'focal_point'),
        eq(roleAssignments.scopeType, 'country'),
        inArray(roleAssignments.scopeId, [...isos]),
        isNull(users.disabledAt),
      ),
    );
  const seen = new Set<string>();
  const add = (r: OutreachRecipient) => {
    const key = `${r.iso3}:${r.email.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.get(r.iso3)?.push(r);
  };
  for (const c of contacts) add({ ...c, digits: c.digits ?? (c.locale === 'ar' ? 'arab' : 'latn') });
  for (const f of focalPoints) add({ ...f, contactId: null });
  return out;
}
