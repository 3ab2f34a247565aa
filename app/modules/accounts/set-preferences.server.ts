import { eq, sql } from 'drizzle-orm';
import { type CalendarPreference, type DigitsPreference, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { getDb } from '~/platform/platform.server';

/**
 * The quick display switches (numerals, calendar): stores the signed-in user's choice (the cookie is
 * the route's job). A switch names only what it changes; the rest stays as it was.
 */
export async function setPreferences(options: {
  userId: string;
  digits?: DigitsPreference;
  calendar?: CalendarPreference;
  requestId?: string;
}) {
  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ digits: users.digits, calendar: users.calendar })
      .from(users)
      .where(eq(users.id, options.userId))
      .for('update');
    if (!before) return;
    const after = { digits: options.digits ?? before.digits, calendar: options.calendar ?? before.calendar };
    if (after.digits === before.digits && after.calendar === before.calendar) return;
    await tx
      .update(users)
      .set({ ...after, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, options.userId));
    await recordAudit(tx, {
      actorId: options.userId,
      action: 'account.preferences',
      entityType: 'user',
      entityId: options.userId,
      before,
      after,
      requestId: options.requestId,
    });
  });
}
