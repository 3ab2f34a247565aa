import { and, eq, isNull, sql } from 'drizzle-orm';
import { meetingRegistrationSettings, meetingRegistrations } from '#db/schema/meeting-registrations';
import { meetings } from '#db/schema/meetings';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { zonedParts } from '~/platform/time-zone';
import { queueRegistrationMail } from './registration-mail.server';

/** The day `days` after a YYYY-MM-DD day. */
const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Reminders: for every published meeting whose first day is within its settings' reminder days
 * (today in the meeting's time zone, not yet begun), each confirmed participant not yet reminded
 * gets one mail with the meeting's calendar. A participant is reminded once: `reminder_sent_at` is
 * claimed by a conditional update in the same transaction as the queued mail, so two runs (or two
 * servers) never send it twice. Safe to run again.
 */
export async function sendRegistrationReminders(
  options: { db?: DbOrTx; now?: Date; baseUrl?: string } = {},
): Promise<{ reminded: number }> {
  const { db = getDb(), now = new Date() } = options;
  // Coarse filter in SQL (starts within the next 61 days, by UTC); the exact rule uses each meeting's zone.
  const utcToday = now.toISOString().slice(0, 10);
  const candidates = await db
    .select({ meeting: meetings, reminderDays: meetingRegistrationSettings.reminderDays })
    .from(meetings)
    .innerJoin(meetingRegistrationSettings, eq(meetingRegistrationSettings.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.status, 'published'),
        sql`${meetings.startsOn} between ${addDays(utcToday, -1)}::date and ${addDays(utcToday, 62)}::date`,
      ),
    );
  let reminded = 0;
  for (const { meeting, reminderDays } of candidates) {
    const today = zonedParts(now, meeting.timeZone).date;
    if (today >= meeting.startsOn || addDays(today, reminderDays) < meeting.startsOn) continue;
    reminded += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(meetingRegistrations)
        .set({ reminderSentAt: now })
        .where(
          and(
            eq(meetingRegistrations.meetingId, meeting.id),
            eq(meetingRegistrations.status, 'confirmed'),
            isNull(meetingRegistrations.reminderSentAt),
          ),
        )
        .returning();
      for (const registration of claimed) {
        await queueRegistrationMail(tx, {
          meeting,
          registration,
          kind: 'reminder',
          baseUrl: options.baseUrl,
        });
      }
      return claimed.length;
    });
  }
  return { reminded };
}
