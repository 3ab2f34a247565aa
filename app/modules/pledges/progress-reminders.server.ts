import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { organisationMembers, roleAssignments, users } from '#db/schema/accounts';
import { pledgeProgressReminders } from '#db/schema/pledge-support';
import { pledges } from '#db/schema/pledges';
import { siteBaseUrl as configuredBaseUrl } from '~/platform/config.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb, getPlatform } from '~/platform/platform.server';
import { addMonths, FRESH_MONTHS, pledgeFreshness, STALE_MONTHS } from './freshness';

/**
 * Progress reminders: once a day, every published pledge whose progress update has fallen due
 * (amber: FRESH_MONTHS without an update since publication or the last update) or is long overdue
 * (red: STALE_MONTHS) gets one mail per contact — the pledge's author and its organisation's
 * administrators, or the state's focal points — in each contact's language, with a link to the
 * progress form. A due point (pledge, level, due date) is mailed once: it is recorded in
 * pledge_progress_reminders in the same transaction as the queued mails. Sample pledges are left out.
 */
export type ReminderLevel = 'amber' | 'red';

export interface ProgressReminderResult {
  /** Due points mailed in this run. */
  reminders: { pledgeId: string; level: ReminderLevel; dueOn: string; recipients: number }[];
}

const toDay = (d: Date) => d.toISOString().slice(0, 10);

/** The address links in mails start with (config's siteBaseUrl). */
export function siteBaseUrl(): string {
  return configuredBaseUrl(getPlatform().config);
}

/** The day the current due point fell (the last update or publication + 12 or 24 months), or null while green. */
export function dueLevel(options: {
  lastProgressOn: string | null;
  publishedAt: Date | string | null;
  today: Date;
}): { level: ReminderLevel; dueOn: string } | null {
  const level = pledgeFreshness({
    lastUpdateOn: options.lastProgressOn,
    publishedAt: options.publishedAt,
    today: options.today,
  });
  if (level !== 'amber' && level !== 'red') return null;
  const from = options.lastProgressOn ?? toDay(new Date(options.publishedAt!));
  return { level, dueOn: addMonths(from, level === 'amber' ? FRESH_MONTHS : STALE_MONTHS) };
}

/** The people to remind about a pledge: its author, then its organisation's admins or its state's focal points. */
async function contactsOf(
  db: DbOrTx,
  pledge: { createdBy: string | null; organisationId: string | null; countryIso3: string | null },
) {
  const ids = new Set<string>();
  if (pledge.createdBy) ids.add(pledge.createdBy);
  if (pledge.organisationId) {
    const admins = await db
      .select({ userId: organisationMembers.userId })
      .from(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, pledge.organisationId),
          eq(organisationMembers.role, 'admin'),
        ),
      );
    for (const a of admins) ids.add(a.userId);
  }
  if (pledge.countryIso3) {
    const focal = await db
      .select({ userId: roleAssignments.userId })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.role, 'focal_point'),
          eq(roleAssignments.scopeType, 'country'),
          eq(roleAssignments.scopeId, pledge.countryIso3),
        ),
      );
    for (const f of focal) ids.add(f.userId);
  }
  if (!ids.size) return [];
  return db
    .select({ id: users.id, email: users.email, locale: users.locale, digits: users.digits })
    .from(users)
    .where(and(inArray(users.id, [...ids]), isNull(users.disabledAt)))
    .orderBy(users.id);
}

/** Runs the reminders for `now` (the job passes the clock; tests a fixed day). Safe to run again. */
export async function sendProgressReminders(
  options: { db?: DbOrTx; now?: Date; baseUrl?: string } = {},
): Promise<ProgressReminderResult> {
  const { db = getDb(), now = new Date() } = options;
  const baseUrl = (options.baseUrl ?? siteBaseUrl()).replace(/\/+$/, '');
  // Coarse filter in SQL (no update for about a year); the exact calendar rule is dueLevel's.
  const candidates = await db
    .select({
      id: pledges.id,
      title: pledges.title,
      createdBy: pledges.createdBy,
      organisationId: pledges.organisationId,
      countryIso3: pledges.countryIso3,
      publishedAt: pledges.publishedAt,
      lastProgressOn: pledges.lastProgressOn,
    })
    .from(pledges)
    .where(
      and(
        eq(pledges.status, 'published'),
        eq(pledges.isSample, false),
        sql`coalesce(${pledges.lastProgressOn}, (${pledges.publishedAt} at time zone 'UTC')::date) < ${toDay(now)}::date - interval '11 months'`,
      ),
    );
  const result: ProgressReminderResult = { reminders: [] };
  for (const pledge of candidates) {
    const due = dueLevel({
      lastProgressOn: pledge.lastProgressOn,
      publishedAt: pledge.publishedAt,
      today: now,
    });
    if (!due) continue;
    const sent = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(pledgeProgressReminders)
        .values({ pledgeId: pledge.id, level: due.level, dueOn: due.dueOn, recipients: 0, sentAt: now })
        .onConflictDoNothing()
        .returning();
      if (!claimed) return null;
      const contacts = await contactsOf(tx, pledge);
      const since = pledge.lastProgressOn ?? toDay(new Date(pledge.publishedAt!));
      for (const contact of contacts) {
        const i18n = serverI18n(contact.locale, contact.digits);
        const title = i18n.pick(pledge.title).text;
        const values = { title, since: i18n.date(since, { dateStyle: 'long', timeZone: 'UTC' }) };
        const link = `${baseUrl}/${contact.locale}/pledges/${pledge.id}/progress`;
        await enqueueMail({
          db: tx,
          to: contact.email,
          subject: i18n.t(`pledges-support.reminder.${due.level}.subject`, values),
          text: [
            i18n.t(`pledges-support.reminder.${due.level}.body`, values),
            `${i18n.t('pledges-support.reminder.link')} ${link}`,
          ].join('\n\n'),
          dedupeKey: `pledge-progress:${pledge.id}:${due.level}:${due.dueOn}:${contact.id}`,
        });
      }
      await tx
        .update(pledgeProgressReminders)
        .set({ recipients: contacts.length })
        .where(
          and(
            eq(pledgeProgressReminders.pledgeId, pledge.id),
            eq(pledgeProgressReminders.level, due.level),
            eq(pledgeProgressReminders.dueOn, due.dueOn),
          ),
        );
      return { pledgeId: pledge.id, level: due.level, dueOn: due.dueOn, recipients: contacts.length };
    });
    if (sent) result.reminders.push(sent);
  }
  return result;
}
