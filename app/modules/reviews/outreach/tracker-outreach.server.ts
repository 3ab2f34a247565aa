import { and, eq, inArray, isNull, max, min } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/accounts';
import { reviewRemindersSent } from '#db/schema/review-outcomes';
import { reviewOutreachMessages, reviewReceipts, stateContacts } from '#db/schema/review-outreach';
import { reviews } from '#db/schema/reviews';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import type { CycleRow } from '../review-records.server';

export interface StateOutreach {
  contacts: { id: string; name: string; kind: string; email: string; locale: string }[];
  /** The latest sign-in of anyone of the state (its contacts' accounts, its focal points). */
  lastSignedInAt: Date | null;
  invitedAt: Date | null;
  /** The latest reminder, sent by hand or by the daily job. */
  lastReminderAt: Date | null;
  /** The state's review was received by the secretariat outside the platform (on this day). */
  receivedOn: string | null;
}

const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * What the tracker shows of the secretariat's outreach per state of a cycle (the caller has checked
 * the viewer may track it): contacts on file, sign-ins, invitation, last reminder, received reviews.
 */
export async function trackerOutreach(
  db: DbOrTx,
  cycle: Pick<CycleRow, 'id' | 'regionId'>,
  isos: readonly string[],
): Promise<Map<string, StateOutreach>> {
  const out = new Map<string, StateOutreach>(
    isos.map((iso) => [
      iso,
      { contacts: [], lastSignedInAt: null, invitedAt: null, lastReminderAt: null, receivedOn: null },
    ]),
  );
  if (!isos.length) return out;
  const list = [...isos];
  const [contacts, focalPoints, messages, automatic, received] = await readTogether(db, [
    () =>
      db
        .select({
          id: stateContacts.id,
          iso3: stateContacts.countryIso3,
          name: stateContacts.name,
          kind: stateContacts.kind,
          email: stateContacts.email,
          locale: stateContacts.locale,
          lastSignedInAt: users.lastSignedInAt,
        })
        .from(stateContacts)
        .leftJoin(users, eq(users.id, stateContacts.userId))
        .where(and(eq(stateContacts.regionId, cycle.regionId), inArray(stateContacts.countryIso3, list))),
    () =>
      db
        .select({ iso3: roleAssignments.scopeId, lastSignedInAt: max(users.lastSignedInAt) })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(
          and(
            eq(roleAssignments.role, 'focal_point'),
            eq(roleAssignments.scopeType, 'country'),
            inArray(roleAssignments.scopeId, list),
            isNull(users.disabledAt),
          ),
        )
        .groupBy(roleAssignments.scopeId),
    () =>
      db
        .select({
          iso3: reviewOutreachMessages.countryIso3,
          kind: reviewOutreachMessages.kind,
          first: min(reviewOutreachMessages.sentAt),
          last: max(reviewOutreachMessages.sentAt),
        })
        .from(reviewOutreachMessages)
        .where(eq(reviewOutreachMessages.cycleId, cycle.id))
        .groupBy(reviewOutreachMessages.countryIso3, reviewOutreachMessages.kind),
    () =>
      db
        .select({ iso3: reviewRemindersSent.countryIso3, last: max(reviewRemindersSent.sentAt) })
        .from(reviewRemindersSent)
        .where(eq(reviewRemindersSent.cycleId, cycle.id))
        .groupBy(reviewRemindersSent.countryIso3),
    () =>
      db
        .select({ iso3: reviews.countryIso3, receivedOn: reviewReceipts.receivedOn })
        .from(reviewReceipts)
        .innerJoin(reviews, eq(reviews.id, reviewReceipts.reviewId))
        .where(eq(reviews.cycleId, cycle.id)),
  ]);
  const date = (v: Date | string | null) => (v ? new Date(v) : null);
  for (const c of contacts) {
    const row = out.get(c.iso3);
    if (!row) continue;
    row.contacts.push({ id: c.id, name: c.name, kind: c.kind, email: c.email, locale: c.locale });
    row.lastSignedInAt = later(row.lastSignedInAt, date(c.lastSignedInAt));
  }
  for (const f of focalPoints) {
    const row = out.get(f.iso3);
    if (row) row.lastSignedInAt = later(row.lastSignedInAt, date(f.lastSignedInAt));
  }
  for (const m of messages) {
    const row = out.get(m.iso3);
    if (!row) continue;
    if (m.kind === 'invitation') row.invitedAt = date(m.first);
    else row.lastReminderAt = later(row.lastReminderAt, date(m.last));
  }
  for (const a of automatic) {
    const row = out.get(a.iso3);
    if (row) row.lastReminderAt = later(row.lastReminderAt, date(a.last));
  }
  for (const r of received) {
    const row = r.iso3 ? out.get(r.iso3) : undefined;
    if (row) row.receivedOn = r.receivedOn;
  }
  return out;
}

/** Every invitation and reminder of a cycle, newest first (the outreach page's record). */
export const outreachLog = (db: DbOrTx, cycleId: string) =>
  db
    .select({
      id: reviewOutreachMessages.id,
      iso3: reviewOutreachMessages.countryIso3,
      kind: reviewOutreachMessages.kind,
      email: reviewOutreachMessages.email,
      locale: reviewOutreachMessages.locale,
      sentAt: reviewOutreachMessages.sentAt,
    })
    .from(reviewOutreachMessages)
    .where(eq(reviewOutreachMessages.cycleId, cycleId))
    .orderBy(reviewOutreachMessages.sentAt, reviewOutreachMessages.id);
