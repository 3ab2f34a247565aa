import { and, asc, desc, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { reviewOutcomeComments, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canCommentOutcome, canDraftOutcome } from '../cycles/cycle-policy';
import { loadCycleOutcome } from './outcome-records.server';

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
  return {
    cycle,
    outcome,
    versions,
    comments,
    shownVersion: shown ?? null,
    canDraft: canDraftOutcome(subject, cycle),
    canComment: canCommentOutcome(subject, cycle),
  };
}

/** The published outcome document of a cycle (its published version), or notFound. */
export async function getPublishedOutcome(options: { db?: DbOrTx; subject: Subject; cycleId: string }) {
  const { db = getDb(), subject } = options;
  const { cycle, outcome } = await loadCycleOutcome(db, {
    subject,
    cycleId: options.cycleId,
    allowed: () => true,
  });
  if (!outcome?.publishedVersion) throw notFound();
  const [version] = await db
    .select()
    .from(reviewOutcomeVersions)
    .where(
      and(
        eq(reviewOutcomeVersions.outcomeId, outcome.id),
        eq(reviewOutcomeVersions.number, outcome.publishedVersion),
      ),
    );
  if (!version) throw notFound();
  return {
    cycle,
    outcome,
    version,
    canEdit: canDraftOutcome(subject, cycle),
  };
}
