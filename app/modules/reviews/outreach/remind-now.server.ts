import { and, eq } from 'drizzle-orm';
import type { Locale } from '#db/schema/columns';
import { reviewOutreachMessages } from '#db/schema/review-outreach';
import { reviews } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden, notFound } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Digits } from '~/platform/i18n/locales';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { canManageOutreach, canSeeCycle } from '../cycles/cycle-policy';
import { cycleEntityType, loadCycle } from '../cycles/cycle-records.server';
import { daysUntil, handedInStatuses } from '../cycles/cycle-rules';
import type { CycleRow } from '../review-records.server';
import { type OutreachRecipient, outreachRecipients } from './outreach-recipients.server';
import { remindSchema } from './outreach-schema';
import { cycleStatesWithNames } from './send-invitations.server';

export interface ReminderMessage {
  subject: string;
  text: string;
}

export interface ReminderPlan {
  cycle: CycleRow;
  /** States that will be reminded, with who receives it and the message in each of their languages. */
  states: {
    iso3: string;
    name: { ar?: string; en?: string };
    recipients: (OutreachRecipient & { message: ReminderMessage })[];
  }[];
  /** States chosen that have nobody to write to (no contact on file, no focal point). */
  unreachable: { iso3: string; name: { ar?: string; en?: string } }[];
}

/** The reminder one person gets about one state, in their language and digits. */
export function reminderMessage(options: {
  cycle: Pick<CycleRow, 'id' | 'title' | 'submissionDeadline'>;
  stateName: { ar?: string; en?: string };
  reviewId: string | null;
  locale: Locale;
  digits: Digits;
  baseUrl: string;
  now: Date;
}): ReminderMessage {
  const { cycle, locale, now } = options;
  const i18n = serverI18n(locale, options.digits);
  const days = cycle.submissionDeadline ? daysUntil(cycle.submissionDeadline, now) : null;
  const values = {
    cycle: i18n.pick(cycle.title).text,
    state: i18n.pick(options.stateName).text,
    deadline: cycle.submissionDeadline
      ? i18n.date(cycle.submissionDeadline, { dateStyle: 'long', timeZone: 'UTC' })
      : '—',
    days: days ?? 0,
  };
  const path = options.reviewId ? `/reviews/${options.reviewId}/edit` : `/reviews/cycles/${cycle.id}`;
  const when =
    days === null ? 'noDeadline' : days < 0 ? 'pastDeadline' : days === 0 ? 'today' : 'beforeDeadline';
  return {
    subject: i18n.t('reviews-outreach.reminder.subject', values),
    text: [
      i18n.t(`reviews-outreach.reminder.${when}`, { ...values, days: Math.abs(values.days) }),
      i18n.t('reviews-outreach.reminder.link', {
        link: `${options.baseUrl.replace(/\/+$/, '')}/${locale}${path}`,
      }),
    ].join('\n\n'),
  };
}

/**
 * What "remind now" would send: for one state of the cycle or every state that has not handed its
 * review in ("late"), each recipient with the message they would get, and the states nobody can be
 * reached at. Only the region's secretariat, only while the cycle is open.
 */
export async function planReminders(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  baseUrl: string;
  now?: Date;
}): Promise<ReminderPlan> {
  const { db = getDb(), subject, now = new Date() } = options;
  const { target } = parseInput(remindSchema, options.input);
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(subject, cycle)) throw notFound();
  if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
  if (cycle.status !== 'open') throw new AppError('reminderCycleNotOpen', 409);
  // One after another: sendRemindersNow runs this on its transaction, one connection.
  const states = await cycleStatesWithNames(db, cycle.id);
  const national = await db
    .select({ id: reviews.id, iso3: reviews.countryIso3, status: reviews.status })
    .from(reviews)
    .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.kind, 'national')));
  const reviewOf = new Map(national.map((r) => [r.iso3!, r]));
  const late = (iso3: string) => {
    const review = reviewOf.get(iso3);
    return !review || !handedInStatuses.includes(review.status);
  };
  let chosen = states.filter((s) => late(s.iso3));
  if (target !== 'late') {
    const state = states.find((s) => s.iso3 === target);
    if (!state) throw fieldRefusal('target', 'reminderStateNotInCycle', { status: 422 });
    if (!late(target)) throw fieldRefusal('target', 'reminderStateHandedIn', { status: 409 });
    chosen = [state];
  }
  const recipients = await outreachRecipients(
    db,
    cycle.regionId,
    chosen.map((s) => s.iso3),
  );
  const plan: ReminderPlan = { cycle, states: [], unreachable: [] };
  for (const state of chosen) {
    const people = recipients.get(state.iso3) ?? [];
    if (!people.length) {
      plan.unreachable.push(state);
      continue;
    }
    plan.states.push({
      ...state,
      recipients: people.map((p) => ({
        ...p,
        message: reminderMessage({
          cycle,
          stateName: state.name,
          reviewId: reviewOf.get(state.iso3)?.id ?? null,
          locale: p.locale,
          digits: p.digits,
          baseUrl: options.baseUrl,
          now,
        }),
      })),
    });
  }
  return plan;
}

/**
 * Sends what planReminders shows: one mail per recipient (a second click while the first is still
 * queued sends nothing twice), each recorded in review_outreach_messages; audited as one entry.
 */
export async function sendRemindersNow(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const plan = await planReminders({ ...options, db: tx, now });
    const sent: { iso3: string; email: string }[] = [];
    for (const state of plan.states) {
      for (const person of state.recipients) {
        const queued = await enqueueMail({
          db: tx,
          to: person.email,
          ...person.message,
          dedupeKey: `review-remind-now:${plan.cycle.id}:${state.iso3}:${person.email.toLowerCase()}`,
        });
        if (queued === null) continue;
        await tx.insert(reviewOutreachMessages).values({
          cycleId: plan.cycle.id,
          countryIso3: state.iso3,
          kind: 'reminder',
          contactId: person.contactId,
          userId: person.userId,
          email: person.email,
          locale: person.locale,
          sentBy: subject.userId,
          sentAt: now,
        });
        sent.push({ iso3: state.iso3, email: person.email });
      }
    }
    const unreachable = plan.unreachable.map((s) => s.iso3);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_cycle.remind',
      entityType: cycleEntityType,
      entityId: plan.cycle.id,
      after: { sent, unreachable },
      requestId: options.requestId,
    });
    return { sent, unreachable: plan.unreachable };
  });
}
