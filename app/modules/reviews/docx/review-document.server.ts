import { eq } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import type { Locale, Translated } from '#db/schema/columns';
import { countries } from '#db/schema/reference';
import {
  freeFormSectionKey,
  type ObjectiveStatus,
  type ReviewKind,
  reviewSections,
} from '#db/schema/reviews';
import { listAttachments } from '~/modules/files/list-attachments.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { loadReview, loadTemplateSections, reviewEntityType } from '../review-records.server';
import { standardTemplateSections } from '../standard-template';

/** The full text of a published review, section by section in template order, for the DOCX download. */
export interface ReviewDocumentData {
  reviewId: string;
  kind: ReviewKind;
  title: Translated;
  author: Translated;
  cycleTitle: Translated;
  originalLanguage: Locale;
  publishedAt: Date | null;
  isSample: boolean;
  sections: {
    key: string;
    title: Translated;
    isObjective: boolean;
    objectiveStatus: ObjectiveStatus | null;
    body: Translated;
    measures: Translated;
    partners: Translated;
    sdgTargets: string[];
    sdgTargetsNote: string | null;
    dataAvailable: Translated;
  }[];
  attachments: { fileId: string; name: string }[];
}

/** A published review's text (notFound for anything not published: drafts are never exported). */
export async function loadReviewDocument(options: {
  db?: DbOrTx;
  reviewId: string;
}): Promise<ReviewDocumentData> {
  const { db = getDb() } = options;
  const { review, cycle } = await loadReview(db, options.reviewId);
  if (review.status !== 'published') throw notFound();
  const [answers, author, template, attachments] = await readTogether(db, [
    () => db.select().from(reviewSections).where(eq(reviewSections.reviewId, review.id)),
    () =>
      review.kind === 'national'
        ? db.select({ name: countries.name }).from(countries).where(eq(countries.iso3, review.countryIso3!))
        : db
            .select({ name: organisations.name })
            .from(organisations)
            .where(eq(organisations.id, review.organisationId!)),
    () =>
      review.freeForm
        ? Promise.resolve([])
        : cycle.templateId
          ? loadTemplateSections(db, cycle.templateId)
          : Promise.resolve(standardTemplateSections()),
    () => listAttachments({ db, entityType: reviewEntityType, entityIds: [review.id] }),
  ]);
  const byKey = new Map(answers.map((a) => [a.sectionKey, a]));
  const outline = review.freeForm
    ? [{ key: freeFormSectionKey, title: {}, kind: 'other' as const }]
    : template.map((s) => ({ key: s.key, title: s.title, kind: s.kind }));
  return {
    reviewId: review.id,
    kind: review.kind,
    title: review.title,
    author: author[0]?.name ?? {},
    cycleTitle: cycle.title,
    originalLanguage: review.originalLanguage,
    publishedAt: review.publishedAt,
    isSample: review.isSample,
    sections: outline.map((s) => {
      const answer = byKey.get(s.key);
      return {
        key: s.key,
        title: s.title,
        isObjective: s.kind === 'objective',
        objectiveStatus: answer?.objectiveStatus ?? null,
        body: answer?.body ?? {},
        measures: answer?.measures ?? {},
        partners: answer?.partners ?? {},
        sdgTargets: answer?.sdgTargets ?? [],
        sdgTargetsNote: answer?.sdgTargetsNote ?? null,
        dataAvailable: answer?.dataAvailable ?? {},
      };
    }),
    attachments: (attachments.get(review.id) ?? []).map((a) => ({ fileId: a.fileId, name: a.originalName })),
  };
}
