import { eq, sql } from 'drizzle-orm';
import { type DigitsPreference, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { getDb } from '~/platform/platform.server';

/** The quick numerals switch: stores the signed-in user's choice (the cookie is the route's job). */
export async function setDigits(options: { userId: string; digits: DigitsPreference; requestId?: string }) {
  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ digits: users.digits })
      .from(users)
      .where(eq(users.id, options.userId))
      .for('update');
    if (!before || before.digits === options.digits) return;
    await tx
      .update(users)
      .set({ digits: options.digits, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, options.userId));
    await recordAudit(tx, {
      actorId: options.userId,
      action: 'account.preferences',
      entityType: 'user',
      entityId: options.userId,
      before,
      after: { digits: options.digits },
      requestId: options.requestId,
    });
  });
}
