import { and, eq } from 'drizzle-orm';
import { countries, organisations } from '#db/schema/index';
import { reviewCycleStates, reviewCycles, reviews } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { can, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden, notFound } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { syncReviewContent } from '../review-content.server';
import { type ReviewRow, reviewEntityType } from '../review-records.server';
import { openReviewSchema } from './review-forms';

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

async function existingNational(db: DbOrTx, cycleId: string, countryIso3: string) {
  const [row] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(
      and(eq(reviews.cycleId, cycleId), eq(reviews.countryIso3, countryIso3), eq(reviews.kind, 'national')),
    );
  return row?.id ?? null;
}

/**
 * Opens a review for an open cycle: a state's voluntary national review (its focal point; the state
 * must be in the cycle's scope; one per state and cycle — a second attempt is reviewAlreadyExists with
 * the existing review's id in details) or an organisation's parallel review (its members; on the
 * template or free-form; about a country or not). Audited.
 */
export async function openReview(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  requestId?: string;
}): Promise<ReviewRow> {
  const { db = getDb(), subject } = options;
  const input = parseInput(openReviewSchema, options.input);
  if (!isUuid(options.cycleId)) throw notFound();
  const attempt = () =>
    db.transaction(async (tx) => {
      const [cycle] = await tx.select().from(reviewCycles).where(eq(reviewCycles.id, options.cycleId));
      if (!cycle) throw notFound();
      const national = input.kind === 'national';
      const countryIso3 = input.countryIso3 ?? null;
      if (national) {
        if (!can(subject, 'reviews.edit', { country: countryIso3 })) throw forbidden();
      } else if (!can(subject, 'reviews.edit', { organisationId: input.organisationId })) {
        throw forbidden();
      }
      if (cycle.status !== 'open') throw new AppError('reviewCycleNotOpen', 409);
      const freeForm = !national && input.freeForm;
      if (!freeForm && !cycle.templateId) throw new AppError('reviewCycleWithoutTemplate', 409);

      if (national) {
        const [inScope] = await tx
          .select({ iso3: reviewCycleStates.countryIso3 })
          .from(reviewCycleStates)
          .where(
            and(eq(reviewCycleStates.cycleId, cycle.id), eq(reviewCycleStates.countryIso3, countryIso3!)),
          );
        if (!inScope) throw fieldRefusal('countryIso3', 'reviewStateNotInCycle', { status: 422 });
        const existing = await existingNational(tx, cycle.id, countryIso3!);
        if (existing) throw new AppError('reviewAlreadyExists', 409, {}, { reviewId: existing });
      } else {
        const [org] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, input.organisationId!));
        if (!org) throw fieldRefusal('organisationId', 'invalidChoice');
        if (countryIso3) {
          const [country] = await tx
            .select({ iso3: countries.iso3 })
            .from(countries)
            .where(eq(countries.iso3, countryIso3));
          if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
        }
      }

      const [review] = await tx
        .insert(reviews)
        .values({
          cycleId: cycle.id,
          kind: input.kind,
          countryIso3,
          organisationId: national ? null : input.organisationId!,
          title: input.title,
          originalLanguage: input.originalLanguage,
          freeForm,
          createdBy: subject.userId,
        })
        .returning();
      await syncReviewContent(tx, [review!.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review.create',
        entityType: reviewEntityType,
        entityId: review!.id,
        after: review,
        requestId: options.requestId,
      });
      return review!;
    });
  try {
    return await attempt();
  } catch (error) {
    // Two focal points opening the state's review at the same moment: the unique index decides.
    if (isUniqueViolation(error) && input.kind === 'national' && input.countryIso3) {
      const existing = await existingNational(db, options.cycleId, input.countryIso3);
      throw new AppError('reviewAlreadyExists', 409, {}, { reviewId: existing });
    }
    throw error;
  }
}
