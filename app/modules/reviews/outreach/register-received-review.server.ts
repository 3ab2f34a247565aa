import { and, eq } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { countries } from '#db/schema/reference';
import { reviewReceipts } from '#db/schema/review-outreach';
import {
  reviewCycleStates,
  reviewSections,
  reviews,
  reviewTransitions,
  reviewVersions,
} from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden, notFound } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { sectionDefinitions } from '../authoring/review-structure.server';
import { canManageOutreach, canSeeCycle } from '../cycles/cycle-policy';
import { loadCycle } from '../cycles/cycle-records.server';
import { isoDay } from '../cycles/input-fields';
import { syncReviewContent } from '../review-content.server';
import { type ReviewRow, reviewEntityType } from '../review-records.server';
import { buildSnapshot } from '../workflow/review-snapshot.server';
import { tagReview } from '../workflow/tag-review.server';
import { receivedReviewSchema } from './outreach-schema';

/** The title of a received review when the secretariat gives none: "Voluntary national review of X". */
function standardTitle(stateName: Translated): Translated {
  const title: Translated = {};
  for (const locale of ['ar', 'en'] as const) {
    const i18n = serverI18n(locale);
    title[locale] = i18n.t('reviews-outreach.received.standardTitle', { state: i18n.pick(stateName).text });
  }
  return title;
}

/**
 * The secretariat registers a national review a state sent outside the platform (a PDF or Word
 * file by e-mail): the file (already sniffed and size-checked by the upload kit), the day it was
 * received, its language, the objectives it covers and, optionally, text pasted per template
 * section. The review enters the workflow as submitted — version 1 frozen, tagged with its state,
 * region and the objectives covered — so it counts as received in the tracker and the API, and the
 * secretariat publishes it like any other (then it feeds the synthesis). Only the cycle region's
 * secretariat, on an open or closed cycle, for a state in scope that has no review yet. A refused
 * registration discards the upload. Audited.
 */
export async function registerReceivedReview(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  upload: UploadedFile | null;
  now?: Date;
  requestId?: string;
}): Promise<ReviewRow> {
  const { db = getDb(), subject, upload, now = new Date() } = options;
  try {
    const input = parseInput(receivedReviewSchema, options.input);
    if (!upload) throw fieldRefusal('file', 'receivedFileRequired');
    return await db.transaction(async (tx) => {
      const cycle = await loadCycle(tx, options.cycleId, { forUpdate: true });
      if (!canSeeCycle(subject, cycle)) throw notFound();
      if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
      if (cycle.status === 'draft') throw new AppError('receivedCycleDraft', 409);
      const [state] = await tx
        .select({ iso3: countries.iso3, name: countries.name })
        .from(reviewCycleStates)
        .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
        .where(
          and(eq(reviewCycleStates.cycleId, cycle.id), eq(reviewCycleStates.countryIso3, input.countryIso3)),
        );
      if (!state) throw fieldRefusal('countryIso3', 'receivedStateNotInCycle', { status: 422 });
      const [existing] = await tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(
          and(
            eq(reviews.cycleId, cycle.id),
            eq(reviews.kind, 'national'),
            eq(reviews.countryIso3, input.countryIso3),
          ),
        );
      if (existing) {
        throw fieldRefusal('countryIso3', 'receivedReviewExists', { status: 409 });
      }
      if (input.receivedOn > isoDay(now)) {
        throw fieldRefusal('receivedOn', 'receivedDateInFuture', { status: 422 });
      }
      const definitions = await sectionDefinitions(tx, { freeForm: false }, cycle);
      const pasted = Object.entries(input.sections).filter((e): e is [string, string] => Boolean(e[1]));
      for (const [key] of pasted) {
        if (!definitions.some((d) => d.key === key)) {
          throw fieldRefusal(`sections.${key}`, 'receivedSectionUnknown', { status: 422 });
        }
      }

      const title = input.title.ar || input.title.en ? input.title : standardTitle(state.name);
      const [review] = await tx
        .insert(reviews)
        .values({
          cycleId: cycle.id,
          kind: 'national',
          countryIso3: state.iso3,
          title,
          originalLanguage: input.originalLanguage,
          status: 'submitted',
          submittedAt: now,
          submittedVersions: 1,
          createdBy: subject.userId,
        })
        .returning();
      const created = review!;
      if (pasted.length) {
        await tx.insert(reviewSections).values(
          pasted.map(([sectionKey, text]) => ({
            reviewId: created.id,
            sectionKey,
            body: { [input.originalLanguage]: text },
            updatedBy: subject.userId,
          })),
        );
      }
      const file = await storeUpload({
        db: tx,
        upload,
        uploadedBy: subject.userId,
        attachTo: { entityType: reviewEntityType, entityId: created.id, position: 0 },
        requestId: options.requestId,
      });
      const objectives = [...new Set(input.objectives)].sort((a, b) => a - b);
      await tx.insert(reviewReceipts).values({
        reviewId: created.id,
        receivedOn: input.receivedOn,
        fileId: file.id,
        objectives,
        registeredBy: subject.userId,
      });
      const { snapshot } = await buildSnapshot(tx, created, cycle);
      await tx.insert(reviewVersions).values({
        reviewId: created.id,
        number: 1,
        snapshot,
        submittedBy: subject.userId,
        submittedAt: now,
      });
      await tx.insert(reviewTransitions).values({
        reviewId: created.id,
        fromStatus: 'drafting',
        toStatus: 'submitted',
        actorId: subject.userId,
        at: now,
      });
      await tagReview(tx, { review: created, cycle, snapshot, definitions });
      await syncReviewContent(tx, [created.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review.register-received',
        entityType: reviewEntityType,
        entityId: created.id,
        after: {
          review: created,
          receivedOn: input.receivedOn,
          fileId: file.id,
          objectives,
          sections: pasted.map(([key]) => key),
        },
        requestId: options.requestId,
      });
      return created;
    });
  } catch (error) {
    await upload?.discard();
    throw error;
  }
}
