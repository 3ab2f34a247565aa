import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubResources, hubReviewAssignments } from '#db/schema/hub';
import { objectiveTags } from '#db/schema/tagging';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkCurateHub, hubResourceEntityType } from '../hub-policy';
import {
  activeAssignmentsOf,
  loadActiveAssignments,
  loadResource,
} from '../resources/resource-records.server';
import { panelOutcome, proposePanel, rankRoster } from './panel-rules';
import { panelReviews } from './review-state';
import { loadRoster } from './roster.server';

/** The editor's queue: resources waiting for a panel or in review, with where each panel stands. */
export async function listReviewQueue(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  const rows = await db
    .select({
      id: hubResources.id,
      title: hubResources.title,
      originalLanguage: hubResources.originalLanguage,
      status: hubResources.status,
      round: hubResources.round,
      updatedAt: hubResources.updatedAt,
    })
    .from(hubResources)
    .where(inArray(hubResources.status, ['submitted', 'in_review']))
    .orderBy(desc(hubResources.updatedAt))
    .limit(200);
  const assignments = await activeAssignmentsOf(db, rows);
  return rows.map((r) => ({
    ...r,
    panel: r.status === 'in_review' ? panelOutcome(panelReviews(assignments.get(r.id) ?? [])).state : null,
  }));
}

/** A reviewer's assignments on resources still in review, and those they finished. */
export async function listMyReviews(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  if (!subject.userId) throw forbidden();
  return db
    .select({
      id: hubReviewAssignments.id,
      conflict: hubReviewAssignments.conflict,
      submittedAt: hubReviewAssignments.submittedAt,
      createdAt: hubReviewAssignments.createdAt,
      resourceId: hubResources.id,
      title: hubResources.title,
      originalLanguage: hubResources.originalLanguage,
      status: hubResources.status,
    })
    .from(hubReviewAssignments)
    .innerJoin(hubResources, eq(hubResources.id, hubReviewAssignments.resourceId))
    .where(and(eq(hubReviewAssignments.reviewerId, subject.userId), isNull(hubReviewAssignments.replacedAt)))
    .orderBy(desc(hubReviewAssignments.createdAt))
    .limit(200);
}

/**
 * What the editor sees of a resource's panel: each active reviewer by name with their conflict answer
 * (declarations as they come, before the reviews are done) and review, the outcome, and a proposed
 * panel or tie-break candidates ranked from the roster with why each matched.
 */
export async function getPanel(options: { db?: DbOrTx; subject: Subject; resourceId: string }) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  const resource = await loadResource(db, options.resourceId);
  const [assignments, roster] = await readTogether(db, [
    () => loadActiveAssignments(db, resource),
    () => loadRoster(db),
  ]);
  const objectives = (
    await db
      .select({ o: objectiveTags.objective })
      .from(objectiveTags)
      .where(
        and(eq(objectiveTags.entityType, hubResourceEntityType), eq(objectiveTags.entityId, resource.id)),
      )
  ).map((r) => r.o);
  const names = new Map(roster.map((r) => [r.userId, r.name]));
  const missing = assignments.filter((a) => !names.has(a.reviewerId)).map((a) => a.reviewerId);
  if (missing.length) {
    for (const u of await db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, missing))) {
      names.set(u.id, u.name);
    }
  }
  const target = {
    objectives,
    languages: resource.documentLanguages,
    submitterOrganisationId: resource.submitterOrganisationId,
  };
  const onPanel = new Set(assignments.map((a) => a.reviewerId));
  const candidates = proposePanel(roster, target);
  return {
    resource: { ...resource, extractedText: undefined },
    outcome: panelOutcome(panelReviews(assignments)),
    assignments: assignments.map((a) => ({ ...a, reviewerName: names.get(a.reviewerId) ?? '' })),
    proposal: candidates.map((c) => c.userId),
    ranked: rankRoster(roster, target)
      .filter((r) => !onPanel.has(r.userId))
      .map((r) => ({ ...r, name: names.get(r.userId) ?? '' })),
  };
}
