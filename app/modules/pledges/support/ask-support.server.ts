import { supportRequests } from '#db/schema/pledge-support';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { recordSupportEvent } from '~/modules/hub/support/support-events.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, minutes, type RateLimitWindow, retryMinutes } from '~/platform/rate-limit.server';
import { lockPledge, pledgeEntityType } from '../pledge-records.server';
import { checkAskSupport, supportEntityType } from './support-policy';
import { parseSupportRequest } from './support-schema';

/** A pledger may open this many requests an hour (all pledges together). */
export const supportRequestLimit: RateLimitWindow = { limit: 5, windowMs: minutes(60) };

/**
 * The pledger asks the Network for support on an approved or published pledge. The request is
 * made for the pledge's organisation or state (so every member / focal point sees it), audited,
 * and limited per user (supportTooManyRequests 429 with the minutes to wait).
 */
export async function askSupport(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId) throw forbidden();
  const input = parseSupportRequest(options.input);
  const limited = await hit(`support-request:user:${subject.userId}`, { ...supportRequestLimit, now });
  if (!limited.allowed) {
    throw new AppError('supportTooManyRequests', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
  }
  return db.transaction(async (tx) => {
    const pledge = await lockPledge(tx, options.pledgeId);
    checkAskSupport({ subject, pledge });
    const [row] = await tx
      .insert(supportRequests)
      .values({
        subjectType: pledgeEntityType,
        subjectId: pledge.id,
        requesterId: subject.userId,
        requesterOrganisationId: pledge.organisationId,
        requesterCountryIso3: pledge.countryIso3,
        kind: input.kind,
        description: input.description,
        originalLanguage: input.originalLanguage,
        objectives: input.objectives,
        // What the Hub's queue and its suggested matches read (one table for every request).
        topic: pledge.title,
        countryIso3: pledge.countryIso3,
        languages: [input.originalLanguage],
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordSupportEvent(tx, {
      requestId: row!.id,
      kind: 'created',
      status: 'open',
      actorId: subject.userId,
      at: now,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'support.request',
      entityType: supportEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}
