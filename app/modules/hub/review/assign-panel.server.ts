import { eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubResources, hubReviewAssignments } from '#db/schema/hub';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { checkCurateHub, hubResourceEntityType } from '../hub-policy';
import { syncResources } from '../resources/resource-content.server';
import {
  type AssignmentRow,
  checkVersion,
  loadActiveAssignments,
  loadAssignment,
  loadResource,
  type ResourceRow,
} from '../resources/resource-records.server';
import { panelOutcome, panelProblems } from './panel-rules';
import { panelReviews } from './review-state';
import { rosterEntries } from './roster.server';

async function mailReviewer(tx: DbOrTx, reviewerId: string, resource: ResourceRow) {
  const [user] = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, reviewerId));
  if (!user) return;
  const { t } = serverI18n(user.locale);
  const title = resource.title[user.locale] ?? resource.title[resource.originalLanguage] ?? '';
  await enqueueMail({
    db: tx,
    to: user.email,
    subject: t('hub.mail.assigned.subject'),
    text: t('hub.mail.assigned.body', { title, path: `/${user.locale}/hub/reviews` }),
  });
}

/** Roster entries of the reviewers, refusing anyone not on the active roster. */
async function onRoster(tx: DbOrTx, reviewerIds: readonly string[]) {
  const entries = await rosterEntries(tx, reviewerIds);
  const byId = new Map(entries.filter((e) => e.active).map((e) => [e.userId, e]));
  for (const id of reviewerIds)
    if (!byId.has(id)) throw new AppError('hubNotOnRoster', 400, { field: 'reviewers' });
  return reviewerIds.map((id) => byId.get(id)!);
}

async function insertAssignments(
  tx: DbOrTx,
  resource: ResourceRow,
  reviewerIds: readonly string[],
  assignedBy: string | null,
  tieBreak: boolean,
): Promise<AssignmentRow[]> {
  const rows = await tx
    .insert(hubReviewAssignments)
    .values(
      reviewerIds.map((reviewerId) => ({
        resourceId: resource.id,
        round: resource.round,
        reviewerId,
        assignedBy,
        tieBreak,
      })),
    )
    .returning();
  for (const id of reviewerIds) await mailReviewer(tx, id, resource);
  return rows;
}

/**
 * A Hub editor assigns the first panel of a submitted resource: at least one internal and two
 * external reviewers from two regions, none from the submitting organisation (hubPanelRules 400 with
 * the problems). The resource goes into review and each reviewer is mailed.
 */
export async function assignPanel(options: {
  db?: DbOrTx;
  subject: Subject;
  resourceId: string;
  reviewerIds: string[];
  expectedVersion?: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  return db.transaction(async (tx) => {
    const resource = await loadResource(tx, options.resourceId, { lock: true });
    checkVersion(resource, options.expectedVersion);
    if (resource.status !== 'submitted')
      throw new AppError('hubPanelNotOpen', 409, { status: resource.status });
    const reviewerIds = [...new Set(options.reviewerIds)];
    const panel = await onRoster(tx, reviewerIds);
    const problems = panelProblems(panel, resource.submitterOrganisationId);
    if (problems.length) throw new AppError('hubPanelRules', 400, { field: 'reviewers' }, { problems });
    const assignments = await insertAssignments(tx, resource, reviewerIds, subject.userId, false);
    const [after] = await tx
      .update(hubResources)
      .set({ status: 'in_review', version: resource.version + 1, updatedAt: new Date() })
      .where(eq(hubResources.id, resource.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.panel.assign',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      after: { reviewerIds, round: resource.round },
      requestId: options.requestId,
    });
    await syncResources(tx, [resource.id]);
    return { resource: after!, assignments };
  });
}

/**
 * When the panel disagrees, the editor adds a tie-break reviewer (hubTieBreakNotNeeded 409 otherwise).
 * The reviewer must be on the roster, not on the panel already and not from the submitting organisation.
 */
export async function addTieBreakReviewer(options: {
  db?: DbOrTx;
  subject: Subject;
  resourceId: string;
  reviewerId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  return db.transaction(async (tx) => {
    const resource = await loadResource(tx, options.resourceId, { lock: true });
    if (resource.status !== 'in_review') throw new AppError('hubReviewClosed', 409);
    const active = await loadActiveAssignments(tx, resource);
    if (panelOutcome(panelReviews(active)).state !== 'needs_tie_break')
      throw new AppError('hubTieBreakNotNeeded', 409);
    const [entry] = await onRoster(tx, [options.reviewerId]);
    if (active.some((a) => a.reviewerId === options.reviewerId)) throw new AppError('hubAlreadyOnPanel', 409);
    if (resource.submitterOrganisationId && entry!.organisationId === resource.submitterOrganisationId) {
      throw new AppError('hubPanelRules', 400, { field: 'reviewers' }, { problems: ['sameOrganisation'] });
    }
    const [assignment] = await insertAssignments(tx, resource, [options.reviewerId], subject.userId, true);
    await tx
      .update(hubResources)
      .set({ updatedAt: new Date(), version: resource.version + 1 })
      .where(eq(hubResources.id, resource.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.panel.tie_break',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      after: { reviewerId: options.reviewerId, round: resource.round },
      requestId: options.requestId,
    });
    await syncResources(tx, [resource.id]);
    return assignment!;
  });
}

/**
 * The editor replaces a reviewer who has not submitted (typically after a declared conflict). The
 * first panel must still meet the rules with the new reviewer in place.
 */
export async function replaceReviewer(options: {
  db?: DbOrTx;
  subject: Subject;
  assignmentId: string;
  reviewerId: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  checkCurateHub(subject);
  return db.transaction(async (tx) => {
    const { assignment, resource } = await loadAssignment(tx, options.assignmentId, { lock: true });
    if (resource.status !== 'in_review') throw new AppError('hubReviewClosed', 409);
    if (assignment.replacedAt || assignment.submittedAt) throw new AppError('hubReviewerNotReplaceable', 409);
    const active = await loadActiveAssignments(tx, resource);
    if (active.some((a) => a.reviewerId === options.reviewerId)) throw new AppError('hubAlreadyOnPanel', 409);
    const remaining = active.filter((a) => a.id !== assignment.id);
    const entries = await onRoster(tx, [
      ...remaining.filter((a) => !a.tieBreak).map((a) => a.reviewerId),
      options.reviewerId,
    ]);
    const newcomer = entries.at(-1)!;
    const problems = assignment.tieBreak
      ? resource.submitterOrganisationId && newcomer.organisationId === resource.submitterOrganisationId
        ? (['sameOrganisation'] as const)
        : []
      : panelProblems(entries, resource.submitterOrganisationId);
    if (problems.length) throw new AppError('hubPanelRules', 400, { field: 'reviewers' }, { problems });
    await tx
      .update(hubReviewAssignments)
      .set({ replacedAt: now, updatedAt: now })
      .where(eq(hubReviewAssignments.id, assignment.id));
    const [replacement] = await insertAssignments(
      tx,
      resource,
      [options.reviewerId],
      subject.userId,
      assignment.tieBreak,
    );
    await tx
      .update(hubResources)
      .set({ updatedAt: now, version: resource.version + 1 })
      .where(eq(hubResources.id, resource.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.panel.replace',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      before: { reviewerId: assignment.reviewerId, conflict: assignment.conflict },
      after: { reviewerId: options.reviewerId },
      requestId: options.requestId,
    });
    await syncResources(tx, [resource.id]);
    return replacement!;
  });
}
