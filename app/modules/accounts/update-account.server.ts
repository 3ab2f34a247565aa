import { eq } from 'drizzle-orm';
import { type CalendarPreference, type DigitsPreference, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Locale } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';

const publicFields = (u: typeof users.$inferSelect) => ({
  name: u.name,
  locale: u.locale,
  digits: u.digits,
  calendar: u.calendar,
  version: u.version,
});

/** Saves the account's name and preferences, only if nobody changed them since the form was opened. */
export async function updateAccount(options: {
  userId: string;
  expectedVersion: number;
  name: string;
  locale: Locale;
  digits: DigitsPreference;
  calendar: CalendarPreference;
  requestId?: string;
}) {
  return getDb().transaction(async (tx) => {
    const { before, after } = await updateVersioned({
      db: tx,
      table: users,
      where: eq(users.id, options.userId),
      expectedVersion: options.expectedVersion,
      set: {
        name: options.name.trim(),
        locale: options.locale,
        digits: options.digits,
        calendar: options.calendar,
      },
    });
    await recordAudit(tx, {
      actorId: options.userId,
      action: 'account.update',
      entityType: 'user',
      entityId: options.userId,
      before: publicFields(before),
      after: publicFields(after),
      requestId: options.requestId,
    });
    return publicFields(after);
  });
}
