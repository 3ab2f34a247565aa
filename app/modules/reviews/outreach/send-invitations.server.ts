import { and, asc, eq } from 'drizzle-orm';
import { countries } from '#db/schema/reference';
import { reviewOutreachMessages } from '#db/schema/review-outreach';
import { reviewCycleStates } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { canManageOutreach, canSeeCycle } from '../cycles/cycle-policy';
import { cycleEntityType, loadCycle } from '../cycles/cycle-records.server';
import { type CycleRow, loadTemplateSections } from '../review-records.server';
import { composeInvitation, letterValuesFor, loadStoredLetter } from './cycle-letter.server';
import { outreachRecipients } from './outreach-recipients.server';

/** The states in scope of a cycle with their names, in iso3 order. */
export const cycleStatesWithNames = (db: DbOrTx, cycleId: string) =>
  db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(reviewCycleStates)
    .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
    .where(eq(reviewCycleStates.cycleId, cycleId))
    .orderBy(asc(countries.iso3));

/**
 * Writes the cycle's invitation (the letter and the guidance template) to every contact of every
 * state in scope not yet invited to this cycle, each in their language, inside the caller's
 * transaction (opening the cycle, or the secretariat inviting contacts added since). Each mail and
 * its review_outreach_messages row commit together. States with nobody to write to are returned,
 * not skipped silently. Audited as one entry.
 */
export async function sendCycleInvitations(options: {
  db: DbOrTx;
  cycle: CycleRow;
  actorId: string | null;
  baseUrl: string;
  now: Date;
  requestId?: string;
}): Promise<{ sent: { iso3: string; email: string }[]; unreachable: string[] }> {
  const { db, cycle, now } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // One after another: this runs on the caller's transaction, one connection.
  const states = await cycleStatesWithNames(db, cycle.id);
  const stored = await loadStoredLetter(db, cycle.id);
  const sections = cycle.templateId ? await loadTemplateSections(db, cycle.templateId) : [];
  const already = await db
    .select({ iso3: reviewOutreachMessages.countryIso3, email: reviewOutreachMessages.email })
    .from(reviewOutreachMessages)
    .where(and(eq(reviewOutreachMessages.cycleId, cycle.id), eq(reviewOutreachMessages.kind, 'invitation')));
  const invited = new Set(already.map((r) => `${r.iso3}:${r.email.toLowerCase()}`));
  const recipients = await outreachRecipients(
    db,
    cycle.regionId,
    states.map((s) => s.iso3),
  );
  const sent: { iso3: string; email: string }[] = [];
  const unreachable: string[] = [];
  for (const state of states) {
    const people = recipients.get(state.iso3) ?? [];
    if (!people.length) unreachable.push(state.iso3);
    for (const person of people) {
      if (invited.has(`${state.iso3}:${person.email.toLowerCase()}`)) continue;
      const mail = composeInvitation({
        locale: person.locale,
        digits: person.digits,
        stored,
        values: letterValuesFor(cycle, state.name, person.name, person.locale, person.digits),
        link: `${baseUrl}/${person.locale}/reviews/cycles/${cycle.id}`,
        templateSections: sections,
      });
      await enqueueMail({ db, to: person.email, ...mail });
      await db.insert(reviewOutreachMessages).values({
        cycleId: cycle.id,
        countryIso3: state.iso3,
        kind: 'invitation',
        contactId: person.contactId,
        userId: person.userId,
        email: person.email,
        locale: person.locale,
        sentBy: options.actorId,
        sentAt: now,
      });
      sent.push({ iso3: state.iso3, email: person.email });
    }
  }
  if (sent.length || unreachable.length) {
    await recordAudit(db, {
      actorId: options.actorId,
      action: 'review_cycle.invite-states',
      entityType: cycleEntityType,
      entityId: cycle.id,
      after: { sent, unreachable },
      requestId: options.requestId,
    });
  }
  return { sent, unreachable };
}

/**
 * The secretariat writes the invitation to contacts added since the cycle opened (or not reached
 * then): the same letter, only to those not yet invited. Only while the cycle is open.
 */
export async function inviteStatesNow(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, options.cycleId, { forUpdate: true });
    if (!canSeeCycle(subject, cycle)) throw notFound();
    if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
    if (cycle.status !== 'open') throw new AppError('invitationsCycleNotOpen', 409);
    return sendCycleInvitations({
      db: tx,
      cycle,
      actorId: subject.userId,
      baseUrl: options.baseUrl,
      now,
      requestId: options.requestId,
    });
  });
}
