import { asc, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { type SupportEventKind, type SupportStatus, supportRequestEvents } from '#db/schema/pledge-support';
import type { DbOrTx } from '~/platform/db.server';

/** Adds one entry to a request's timeline, in the caller's transaction. */
export async function recordSupportEvent(
  db: DbOrTx,
  event: {
    requestId: string;
    kind: SupportEventKind;
    status: SupportStatus;
    note?: string | null;
    actorId: string | null;
    at?: Date;
  },
) {
  await db.insert(supportRequestEvents).values({
    requestId: event.requestId,
    kind: event.kind,
    status: event.status,
    note: event.note ?? null,
    actorId: event.actorId,
    at: event.at ?? new Date(),
  });
}

/** The timeline of a request, oldest first; actors named only when `withNames` (the secretariat's view). */
export async function listSupportEvents(db: DbOrTx, requestId: string, options: { withNames: boolean }) {
  const rows = await db
    .select({
      id: supportRequestEvents.id,
      kind: supportRequestEvents.kind,
      status: supportRequestEvents.status,
      note: supportRequestEvents.note,
      at: supportRequestEvents.at,
      actorName: users.name,
    })
    .from(supportRequestEvents)
    .leftJoin(users, eq(users.id, supportRequestEvents.actorId))
    .where(eq(supportRequestEvents.requestId, requestId))
    .orderBy(asc(supportRequestEvents.at), asc(supportRequestEvents.id));
  return rows.map((r) => ({ ...r, actorName: options.withNames ? r.actorName : null }));
}
