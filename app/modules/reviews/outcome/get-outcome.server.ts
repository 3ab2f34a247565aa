import { and, asc, desc, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { reviewOutcomeComments, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import { listCitingItems } from '~/modules/content/paragraph-citations.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { documentParagraphs, isParagraphId } from '~/platform/text/document-paragraphs';
import { canCommentOutcome, canDraftOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome, loadOutcomeVersion } from './outcome-records.server';

/**
 * The outcome document as its partners work on it: the live text, every saved version (newest
 * first; one of them in full when `versionNumber` is given) and the partners' comments.
 */
export async function getOutcomeWorkspace(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  versionNumber?: number | null;
}) {
  const { db = getDb(), subject } = options;
  const { cycle, outcome } = await loadCycleOutcome(db, {
    subject,
    cycleId: options.cycleId,
    allowed: canCommentOutcome,
  });
  const [versions, comments, [shown]] = outcome
    ? await readTogether(db, [
        () =>
          db
            .select({
              number: reviewOutcomeVersions.number,
              savedAt: reviewOutcomeVersions.savedAt,
              savedBy: users.name,
            })
            .from(reviewOutcomeVersions)
            .leftJoin(users, eq(users.id, reviewOutcomeVersions.savedBy))
            .where(eq(reviewOutcomeVersions.outcomeId, outcome.id))
            .orderBy(desc(reviewOutcomeVersions.number)),
        () =>
          db
            .select({
              id: reviewOutcomeComments.id,
              versionNumber: reviewOutcomeComments.versionNumber,
              paragraphId: reviewOutcomeComments.paragraphId,
              body: reviewOutcomeComments.body,
              createdAt: reviewOutcomeComments.createdAt,
              author: users.name,
            })
            .from(reviewOutcomeComments)
            .leftJoin(users, eq(users.id, reviewOutcomeComments.authorId))
            .where(eq(reviewOutcomeComments.outcomeId, outcome.id))
            .orderBy(asc(reviewOutcomeComments.createdAt)),
        () =>
          options.versionNumber
            ? db
                .select()
                .from(reviewOutcomeVersions)
                .where(
                  and(
                    eq(reviewOutcomeVersions.outcomeId, outcome.id),
                    eq(reviewOutcomeVersions.number, options.versionNumber),
                  ),
                )
            : Promise.resolve([]),
      ])
    : [[], [], []];
  if (options.versionNumber && !shown) throw notFound();
  const latest = outcome?.latestVersion
    ? await loadOutcomeVersion(db, outcome.id, outcome.latestVersion)
    : null;
  return {
    cycle,
    outcome,
    versions,
    comments,
    /** The paragraphs of the latest saved version: what a partner may comment on one by one. */
    latestParagraphs: latest ? documentParagraphs(latest.body, latest.paragraphIds) : [],
    shownVersion: shown ?? null,
    canDraft: canDraftOutcome(subject, cycle),
    canComment: canCommentOutcome(subject, cycle),
  };
}

/** The published outcome document of a cycle (its published version, in paragraphs), or notFound. */
export async function getPublishedOutcome(options: { db?: DbOrTx; subject: Subject; cycleId: string }) {
  const { db = getDb(), subject } = options;
  const { cycle, outcome } = await loadCycleOutcome(db, {
    subject,
    cycleId: options.cycleId,
    allowed: () => true,
  });
  if (!outcome?.publishedVersion) throw notFound();
  const version = await loadOutcomeVersion(db, outcome.id, outcome.publishedVersion);
  return {
    cycle,
    outcome,
    version,
    paragraphs: documentParagraphs(version.body, version.paragraphIds),
    canEdit: canDraftOutcome(subject, cycle),
  };
}

/**
 * One paragraph of the published outcome document, by its identifier, with what cites it (only what
 * this reader may open); notFound when the published version has no such paragraph.
 */
export async function getOutcomeParagraph(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  eId: string;
}) {
  const { db = getDb() } = options;
  if (!isParagraphId(options.eId)) throw notFound();
  const published = await getPublishedOutcome(options);
  const paragraph = published.paragraphs.find((p) => p.eId === options.eId);
  if (!paragraph) throw notFound();
  const citedBy = await listCitingItems(db, options.subject, {
    documentType: 'outcome_document',
    documentId: published.cycle.id,
    eId: paragraph.eId,
  });
  return { ...published, paragraph, citedBy };
}
