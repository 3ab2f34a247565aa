import { eq } from 'drizzle-orm';
import { supportRequests } from '#db/schema/pledge-support';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { countryNetworkOf } from '~/modules/instruments/country-network.server';
import { supportRequestLimit } from '~/modules/pledges/support/ask-support.server';
import { supportEntityType } from '~/modules/pledges/support/support-policy';
import { loadForEditors } from '~/modules/reviews/authoring/review-guards.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, retryMinutes } from '~/platform/rate-limit.server';
import { canAskHubSupport } from './hub-support-policy';
import { parseHubSupport } from './hub-support-schema';
import { recordSupportEvent } from './support-events.server';

/**
 * A state or stakeholder asks the Network for support. From a national review, its editors ask for
 * the review's country, addressed to the UN country network where the networks registry holds one
 * for that country, else to the Network secretariat; the request is made for the state, so its focal
 * points read it too. Limited per user together with the pledge requests (one
 * queue, one limit): supportTooManyRequests 429.
 */
export async function askHubSupport(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId || !canAskHubSupport(subject)) throw forbidden();
  const userId = subject.userId;
  const input = parseHubSupport(options.input);
  const limited = await hit(`support-request:user:${userId}`, { ...supportRequestLimit, now });
  if (!limited.allowed) {
    throw new AppError('supportTooManyRequests', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
  }
  return db.transaction(async (tx) => {
    const [country] = await tx
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, input.countryIso3))
      .limit(1);
    if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
    let review: { id: string; countryIso3: string | null; organisationId: string | null } | null = null;
    if (input.reviewId) {
      const loaded = await loadForEditors(tx, subject, input.reviewId);
      review = loaded.review;
      if (review.countryIso3 && review.countryIso3 !== input.countryIso3)
        throw fieldRefusal('countryIso3', 'supportReviewCountry');
    }
    const countryNetwork = review ? await countryNetworkOf(tx, input.countryIso3) : null;
    const [row] = await tx
      .insert(supportRequests)
      .values({
        subjectType: review ? 'review' : 'hub',
        subjectId: review ? review.id : '',
        reviewId: review?.id ?? null,
        requesterId: userId,
        // A national review asks for its state; a parallel review for its organisation.
        requesterCountryIso3: review?.countryIso3 && !review.organisationId ? review.countryIso3 : null,
        requesterOrganisationId: review?.organisationId ?? null,
        kind: input.kind,
        topic: input.topic,
        description: input.description,
        originalLanguage: input.originalLanguage,
        objectives: input.objectives,
        countryIso3: input.countryIso3,
        languages: input.languages,
        deadline: input.deadline ?? null,
        target: review ? (countryNetwork ? 'un_country_network' : 'network_secretariat') : input.target,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordSupportEvent(tx, {
      requestId: row!.id,
      kind: 'created',
      status: 'open',
      actorId: userId,
      at: now,
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'support.request',
      entityType: supportEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}
