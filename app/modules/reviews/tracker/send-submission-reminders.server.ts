import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/accounts';
import { countries } from '#db/schema/reference';
import { reviewRemindersSent } from '#db/schema/review-outcomes';
import { reviewCycleStates, reviewCycles, reviews } from '#db/schema/reviews';
import { siteBaseUrl } from '~/platform/config.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb, getPlatform } from '~/platform/platform.server';
import { daysUntil, handedInStatuses } from '../cycles/cycle-rules';
import { isoDay } from '../cycles/input-fields';
import { reminderDaysBefore, reminderDue } from './reminder-schedule';

/** Where links in scheduled mail point (config's siteBaseUrl). */
export function jobBaseUrl(): string {
  return siteBaseUrl(getPlatform().config);
}

/**
 * Reminds the focal points (focal_point role scoped to the country) of every state in scope of an
 * open cycle that has not handed its review in (no review, drafting or returned) that the deadline
 * is near — 14, 7 and 1 days before — in the recipient's language, with the deadline and a link.
 * Each reminder goes out once per state, reminder day and recipient: the review_reminders_sent row
 * and the queued mail commit together. Returns the number of mails queued.
 */
export async function sendSubmissionReminders(
  options: { db?: DbOrTx; now?: Date; baseUrl?: string } = {},
): Promise<number> {
  const { db = getDb() } = options;
  const now = options.now ?? new Date();
  const baseUrl = (options.baseUrl ?? jobBaseUrl()).replace(/\/+$/, '');
  const today = isoDay(now);
  const horizon = isoDay(
    new Date(Date.parse(`${today}T00:00:00Z`) + Math.max(...reminderDaysBefore) * 86_400_000),
  );
  const cycles = await db
    .select()
    .from(reviewCycles)
    .where(
      and(
        eq(reviewCycles.status, 'open'),
        gte(reviewCycles.submissionDeadline, today),
        lte(reviewCycles.submissionDeadline, horizon),
      ),
    );
  let queued = 0;
  for (const cycle of cycles) {
    const daysLeft = daysUntil(cycle.submissionDeadline!, now);
    const daysBefore = reminderDue(daysLeft);
    if (daysBefore === null) continue;
    const [states, national] = await readTogether(db, [
      () =>
        db
          .select({ iso3: countries.iso3, name: countries.name })
          .from(reviewCycleStates)
          .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
          .where(eq(reviewCycleStates.cycleId, cycle.id)),
      () =>
        db
          .select({ id: reviews.id, iso3: reviews.countryIso3, status: reviews.status })
          .from(reviews)
          .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.kind, 'national'))),
    ]);
    const reviewOf = new Map(national.map((r) => [r.iso3!, r]));
    const waiting = states.filter((s) => {
      const review = reviewOf.get(s.iso3);
      return !review || !handedInStatuses.includes(review.status);
    });
    if (!waiting.length) continue;
    const recipients = await db
      .select({
        userId: users.id,
        email: users.email,
        locale: users.locale,
        digits: users.digits,
        iso3: roleAssignments.scopeId,
      })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(
        and(
          eq(roleAssignments.role, 'focal_point'),
          eq(roleAssignments.scopeType, 'country'),
          inArray(
            roleAssignments.scopeId,
            waiting.map((s) => s.iso3),
          ),
          isNull(users.disabledAt),
        ),
      );
    if (!recipients.length) continue;
    queued += await db.transaction(async (tx) => {
      let n = 0;
      for (const r of recipients) {
        const [claimed] = await tx
          .insert(reviewRemindersSent)
          .values({ cycleId: cycle.id, countryIso3: r.iso3, daysBefore, userId: r.userId, sentAt: now })
          .onConflictDoNothing()
          .returning({ userId: reviewRemindersSent.userId });
        if (!claimed) continue;
        const i18n = serverI18n(r.locale, r.digits);
        const state = waiting.find((s) => s.iso3 === r.iso3)!;
        const review = reviewOf.get(r.iso3);
        const path = review ? `/reviews/${review.id}/edit` : `/reviews/cycles/${cycle.id}`;
        const values = {
          cycle: i18n.pick(cycle.title).text,
          state: i18n.pick(state.name).text,
          deadline: i18n.date(cycle.submissionDeadline!, { dateStyle: 'long', timeZone: 'UTC' }),
          days: daysLeft,
        };
        await enqueueMail({
          db: tx,
          to: r.email,
          subject: i18n.t('reviews-cycles.reminder.subject', values),
          text: [
            i18n.t(
              review ? 'reviews-cycles.reminder.bodyDrafting' : 'reviews-cycles.reminder.bodyNotStarted',
              values,
            ),
            `${i18n.t('reviews-cycles.reminder.link')} ${baseUrl}/${r.locale}${path}`,
          ].join('\n\n'),
          dedupeKey: `review-reminder:${cycle.id}:${r.iso3}:${daysBefore}:${r.userId}`,
        });
        n++;
      }
      return n;
    });
  }
  return queued;
}
