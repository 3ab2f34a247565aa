import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { files } from '#db/schema/files';
import { regions, users } from '#db/schema/index';
import { type ReviewSnapshot, reviewTransitions, reviewVersions } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { objectiveTitles, reviewOwnerNames } from '../authoring/review-outline.server';
import { type SectionDefinition, sectionDefinitions } from '../authoring/review-structure.server';
import {
  allowedReviewActions,
  canEditReview,
  canManageEditors,
  canModerateReview,
  canReadDraft,
  canReadSubmitted,
  canSeeReview,
} from '../review-policy';
import { type LoadedReview, loadReview } from '../review-records.server';
import { buildSnapshot } from './review-snapshot.server';

/** Which text the review page shows: the published version, the live draft (editors), or the latest submitted version (secretariat). */
export type ReviewTextSource = 'published' | 'draft' | 'submitted';

export interface ReviewViewSection extends SectionDefinition {
  objectiveTitle: Translated | null;
  answer: ReviewSnapshot['sections'][number] | null;
}

async function latestSnapshot(db: DbOrTx, loaded: LoadedReview) {
  const [row] = await db
    .select({ snapshot: reviewVersions.snapshot, number: reviewVersions.number })
    .from(reviewVersions)
    .where(eq(reviewVersions.reviewId, loaded.review.id))
    .orderBy(desc(reviewVersions.number))
    .limit(1);
  return row ?? null;
}

/**
 * Everything the review page shows. A published review is public and shows its published version;
 * otherwise only its editors (live draft) and the cycle region's secretariat (latest submitted
 * version) see it, and everyone else gets notFound. The status history and the links to the
 * working pages are only for them.
 */
export async function getReviewView(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  /** The moderation page always shows the latest submitted version, never the live draft. */
  text?: 'auto' | 'submitted';
}) {
  const { db = getDb(), subject } = options;
  const loaded = await loadReview(db, options.reviewId);
  const { review, cycle, ref, coEditorIds } = loaded;
  if (!canSeeReview(subject, ref, coEditorIds)) throw notFound();
  const insider = canReadSubmitted(subject, ref, coEditorIds);

  const definitions = await sectionDefinitions(db, review, cycle);
  let source: ReviewTextSource;
  let snapshot: ReviewSnapshot;
  let versionNumber: number | null = null;
  if (
    options.text !== 'submitted' &&
    review.status !== 'published' &&
    canReadDraft(subject, ref, coEditorIds)
  ) {
    source = 'draft';
    snapshot = (await buildSnapshot(db, review, cycle)).snapshot;
  } else {
    const latest = await latestSnapshot(db, loaded);
    source = review.status === 'published' ? 'published' : 'submitted';
    // Reviews written straight to the tables (demo seed, imports) have no frozen version: their
    // stored sections stand in for it.
    snapshot = latest?.snapshot ?? (await buildSnapshot(db, review, cycle)).snapshot;
    versionNumber = latest?.number ?? (review.submittedVersions || null);
  }

  const [titles, names, region, fileRows, transitions] = await readTogether(db, [
    () => objectiveTitles(db),
    () => reviewOwnerNames(db, loaded),
    () => db.select({ name: regions.name }).from(regions).where(eq(regions.id, cycle.regionId)),
    () =>
      snapshot.attachments.length
        ? db
            .select({ id: files.id, contentType: files.contentType, sizeBytes: files.sizeBytes })
            .from(files)
            .where(
              inArray(
                files.id,
                snapshot.attachments.map((a) => a.fileId),
              ),
            )
        : Promise.resolve([]),
    () =>
      insider
        ? db
            .select({
              id: reviewTransitions.id,
              fromStatus: reviewTransitions.fromStatus,
              toStatus: reviewTransitions.toStatus,
              comment: reviewTransitions.comment,
              at: reviewTransitions.at,
              actorName: users.name,
            })
            .from(reviewTransitions)
            .leftJoin(users, eq(users.id, reviewTransitions.actorId))
            .where(and(eq(reviewTransitions.reviewId, review.id)))
            .orderBy(asc(reviewTransitions.at), asc(reviewTransitions.id))
        : Promise.resolve([]),
  ]);
  const answers = new Map(snapshot.sections.map((s) => [s.key, s]));
  const fileInfo = new Map(fileRows.map((f) => [f.id, f]));
  const sections: ReviewViewSection[] = definitions.map((d) => ({
    ...d,
    objectiveTitle: d.objective ? (titles.get(d.objective) ?? null) : null,
    answer: answers.get(d.key) ?? null,
  }));
  return {
    loaded,
    source,
    versionNumber,
    snapshot,
    sections,
    attachments: snapshot.attachments.map((a) => ({
      fileId: a.fileId,
      name: a.name,
      contentType: fileInfo.get(a.fileId)?.contentType ?? null,
      sizeBytes: fileInfo.get(a.fileId)?.sizeBytes ?? null,
    })),
    regionName: region[0]?.name ?? {},
    ...names,
    transitions: insider ? transitions : [],
    can: {
      insider,
      edit: canEditReview(subject, ref, coEditorIds),
      readDraft: canReadDraft(subject, ref, coEditorIds),
      manageEditors: canManageEditors(subject, ref),
      moderate: ref.submittedVersions > 0 && canModerateReview(subject, ref),
      versions: insider && ref.submittedVersions > 0,
      actions: allowedReviewActions(subject, ref),
    },
  };
}
