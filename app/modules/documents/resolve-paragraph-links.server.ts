import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { meetingDocuments, meetingDocumentVersions } from '#db/schema/meeting-documents';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import type { ParagraphRef } from '~/modules/content/paragraph-citations.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { documentParagraphs } from '~/platform/text/document-paragraphs';

const eId = '((?:preamble__)?para_[1-9][0-9]{0,4})\\b';
const uuid = '([0-9a-f-]{36})';
/** Paragraph addresses as their pages give them (any origin and language), or the document's with an anchor. */
const links = {
  /** A review cycle's outcome document. */
  review: new RegExp(`/reviews/cycles/${uuid}/outcome(?:/paragraphs/|#)${eId}`, 'i'),
  /** A meeting's outcome (Progress Declaration, conference outcome). */
  meetingOutcome: new RegExp(`/meetings/${uuid}/outcome(?:/paragraphs/|#)${eId}`, 'i'),
  /** A meeting's summary (chair's, co-chairs'). */
  meetingSummary: new RegExp(`/meetings/${uuid}/summaries/${uuid}(?:/paragraphs/|#)${eId}`, 'i'),
};

type Wanted =
  | { family: 'review'; cycleId: string; eId: string }
  | { family: 'meetingOutcome'; meetingId: string; eId: string }
  | { family: 'meetingSummary'; meetingId: string; documentId: string; eId: string };

function readLink(link: string, line: number, field: string): Wanted {
  const summary = links.meetingSummary.exec(link);
  if (summary) {
    return {
      family: 'meetingSummary',
      meetingId: summary[1]!.toLowerCase(),
      documentId: summary[2]!.toLowerCase(),
      eId: summary[3]!.toLowerCase(),
    };
  }
  const outcome = links.meetingOutcome.exec(link);
  if (outcome)
    return { family: 'meetingOutcome', meetingId: outcome[1]!.toLowerCase(), eId: outcome[2]!.toLowerCase() };
  const review = links.review.exec(link);
  if (review) return { family: 'review', cycleId: review[1]!.toLowerCase(), eId: review[2]!.toLowerCase() };
  throw fieldRefusal(field, 'paragraphLinkUnreadable', { params: { line } });
}

/**
 * Reads the paragraph addresses a writer pasted (one per line) into citations of paragraphs of
 * published documents: a review cycle's outcome document, a meeting's declaration, outcome or
 * summary. Each must name a paragraph of the published version; otherwise the field is refused
 * with the line that is wrong, and nothing is saved.
 */
export async function resolveParagraphLinks(
  db: DbOrTx,
  lines: readonly string[],
  field = 'citations',
): Promise<ParagraphRef[]> {
  if (!lines.length) return [];
  const wanted = lines.map((link, i) => readLink(link, i + 1, field));
  const cycleIds = [...new Set(wanted.flatMap((w) => (w.family === 'review' ? [w.cycleId] : [])))];
  const meetingIds = [
    ...new Set(wanted.flatMap((w) => (w.family === 'meetingOutcome' ? [w.meetingId] : []))),
  ];
  const documentIds = [
    ...new Set(wanted.flatMap((w) => (w.family === 'meetingSummary' ? [w.documentId] : []))),
  ];
  const [reviews, meetingsDocs] = await readTogether(db, [
    () =>
      cycleIds.length
        ? db
            .select({
              cycleId: reviewOutcomes.cycleId,
              body: reviewOutcomeVersions.body,
              ids: reviewOutcomeVersions.paragraphIds,
            })
            .from(reviewOutcomes)
            .innerJoin(
              reviewOutcomeVersions,
              and(
                eq(reviewOutcomeVersions.outcomeId, reviewOutcomes.id),
                eq(reviewOutcomeVersions.number, reviewOutcomes.publishedVersion),
              ),
            )
            .where(and(inArray(reviewOutcomes.cycleId, cycleIds), isNotNull(reviewOutcomes.publishedVersion)))
        : Promise.resolve([]),
    () =>
      meetingIds.length || documentIds.length
        ? db
            .select({
              id: meetingDocuments.id,
              meetingId: meetingDocuments.meetingId,
              isOutcome: meetingDocuments.isOutcome,
              body: meetingDocumentVersions.body,
              ids: meetingDocumentVersions.paragraphIds,
            })
            .from(meetingDocuments)
            .innerJoin(
              meetingDocumentVersions,
              and(
                eq(meetingDocumentVersions.documentId, meetingDocuments.id),
                eq(meetingDocumentVersions.number, meetingDocuments.publishedVersion),
              ),
            )
            .where(
              or(
                meetingIds.length
                  ? and(inArray(meetingDocuments.meetingId, meetingIds), eq(meetingDocuments.isOutcome, true))
                  : undefined,
                documentIds.length
                  ? and(inArray(meetingDocuments.id, documentIds), eq(meetingDocuments.isOutcome, false))
                  : undefined,
              ),
            )
        : Promise.resolve([]),
  ]);
  const paragraphIds = (body: { ar?: string; en?: string }, ids: string[]) =>
    new Set(documentParagraphs(body, ids).map((x) => x.eId));
  const reviewIds = new Map(reviews.map((p) => [p.cycleId, paragraphIds(p.body, p.ids)]));
  const outcomeOf = new Map(
    meetingsDocs
      .filter((d) => d.isOutcome)
      .map((d) => [d.meetingId, { id: d.id, eIds: paragraphIds(d.body, d.ids) }]),
  );
  const summaryOf = new Map(
    meetingsDocs
      .filter((d) => !d.isOutcome)
      .map((d) => [d.id, { meetingId: d.meetingId, eIds: paragraphIds(d.body, d.ids) }]),
  );
  const refs = new Map<string, ParagraphRef>();
  wanted.forEach((w, i) => {
    let ref: ParagraphRef | null = null;
    if (w.family === 'review') {
      if (reviewIds.get(w.cycleId)?.has(w.eId)) {
        ref = { documentType: 'outcome_document', documentId: w.cycleId, eId: w.eId };
      }
    } else if (w.family === 'meetingOutcome') {
      const doc = outcomeOf.get(w.meetingId);
      if (doc?.eIds.has(w.eId)) ref = { documentType: 'meeting_document', documentId: doc.id, eId: w.eId };
    } else {
      const doc = summaryOf.get(w.documentId);
      if (doc && doc.meetingId === w.meetingId && doc.eIds.has(w.eId)) {
        ref = { documentType: 'meeting_document', documentId: w.documentId, eId: w.eId };
      }
    }
    if (!ref) throw fieldRefusal(field, 'paragraphLinkUnknown', { params: { line: i + 1 } });
    refs.set(`${ref.documentType}:${ref.documentId}#${ref.eId}`, ref);
  });
  return [...refs.values()];
}
