import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { countries, objectives, organisations, users } from '#db/schema/index';
import { reviewComments, reviewTransitions } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { allowedReviewActions, canEditReview, canManageEditors, canModerateReview } from '../review-policy';
import type { LoadedReview } from '../review-records.server';
import { loadForEditors } from './review-guards.server';
import {
  contentOf,
  loadAnswers,
  type SectionDefinition,
  sectionDefinitions,
} from './review-structure.server';
import { isSectionFilled, type SectionContent } from './section-content';

export interface OutlineSection extends SectionDefinition {
  /** The objective's title from the reference data, for objective sections. */
  objectiveTitle: Translated | null;
  content: SectionContent;
  version: number;
  filled: boolean;
  openComments: number;
  updatedAt: Date | null;
  updatedByName: string | null;
}

/** Names of the country or organisation a review belongs to, and its cycle, for headings. */
export async function reviewOwnerNames(db: DbOrTx, loaded: Pick<LoadedReview, 'review'>) {
  const { review } = loaded;
  const [country] = review.countryIso3
    ? await db.select({ name: countries.name }).from(countries).where(eq(countries.iso3, review.countryIso3))
    : [];
  const [organisation] = review.organisationId
    ? await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, review.organisationId))
    : [];
  return { countryName: country?.name ?? null, organisationName: organisation?.name ?? null };
}

/** The objectives' titles, by number, for objective sections. */
export async function objectiveTitles(db: DbOrTx): Promise<Map<number, Translated>> {
  const rows = await db.select({ number: objectives.number, title: objectives.title }).from(objectives);
  return new Map(rows.map((r) => [r.number, r.title]));
}

/** The secretariat's comment of the last return, shown to the editors while the review is returned. */
export async function lastReturnComment(db: DbOrTx, reviewId: string) {
  const [row] = await db
    .select({ comment: reviewTransitions.comment, at: reviewTransitions.at })
    .from(reviewTransitions)
    .where(and(eq(reviewTransitions.reviewId, reviewId), eq(reviewTransitions.toStatus, 'returned')))
    .orderBy(desc(reviewTransitions.at), desc(reviewTransitions.id))
    .limit(1);
  return row ?? null;
}

/**
 * The editor's outline of a review: every section in template order with guidance, required
 * marker, whether it is filled, its open comments; what the viewer may do. For the review's
 * editors only (notFound / forbidden otherwise).
 */
export async function getReviewOutline(options: { db?: DbOrTx; subject: Subject; reviewId: string }) {
  const { db = getDb(), subject } = options;
  const loaded = await loadForEditors(db, subject, options.reviewId);
  const { review, cycle } = loaded;
  const [definitions, answers, comments, titles, names, returned] = await readTogether(db, [
    () => sectionDefinitions(db, review, cycle),
    () => loadAnswers(db, review.id),
    () =>
      db
        .select({ key: reviewComments.sectionKey, n: count() })
        .from(reviewComments)
        .where(and(eq(reviewComments.reviewId, review.id), isNull(reviewComments.resolvedAt)))
        .groupBy(reviewComments.sectionKey),
    () => objectiveTitles(db),
    () => reviewOwnerNames(db, loaded),
    () => (review.status === 'returned' ? lastReturnComment(db, review.id) : Promise.resolve(null)),
  ]);
  const editorIds = [
    ...new Set([...answers.values()].map((a) => a.updatedBy).filter((id): id is string => !!id)),
  ];
  const editorNames = new Map(
    editorIds.length
      ? (
          await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, editorIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const openComments = new Map(comments.map((c) => [c.key, Number(c.n)]));
  const sections: OutlineSection[] = definitions.map((d) => {
    const row = answers.get(d.key);
    const content = contentOf(row);
    return {
      ...d,
      objectiveTitle: d.objective ? (titles.get(d.objective) ?? null) : null,
      content,
      version: row?.version ?? 0,
      filled: isSectionFilled(content),
      openComments: openComments.get(d.key) ?? 0,
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedBy ? (editorNames.get(row.updatedBy) ?? null) : null,
    };
  });
  return {
    loaded,
    sections,
    ...names,
    returnComment: returned,
    can: {
      edit: canEditReview(subject, loaded.ref, loaded.coEditorIds),
      manageEditors: canManageEditors(subject, loaded.ref),
      moderate: loaded.ref.submittedVersions > 0 && canModerateReview(subject, loaded.ref),
      actions: allowedReviewActions(subject, loaded.ref).filter((a) => a === 'submit'),
    },
  };
}
