import { eq } from 'drizzle-orm';
import { reviewCycles } from '#db/schema/reviews';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncCycleContent } from '../cycle-content.server';
import { sendCycleInvitations } from '../outreach/send-invitations.server';
import { canManageCycle, canSeeCycle } from './cycle-policy';
import {
  cycleEntityType,
  cycleMilestonesOf,
  cycleStatesOf,
  loadCycle,
  regionMemberIsos,
  templateFacts,
} from './cycle-records.server';
import { type CycleAction, cycleIssues, cycleTransitions } from './cycle-rules';
import { refuseIssues } from './input-fields';

/**
 * Opens a cycle (focal points may then start their reviews) or closes it (no more submissions).
 * Opening checks the cycle again — a deadline that has passed by now is refused too — so a cycle
 * reopened after its deadline needs a new one first. Opening writes the invitation (the letter and
 * the guidance template) to every state contact not yet invited to the cycle, in the same transaction.
 */
export async function setCycleStatus(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  action: CycleAction;
  expectedVersion: number;
  now?: Date;
  /** Where the invitations' links point (default: the site's public address). */
  baseUrl?: string;
  requestId?: string;
}) {
  const { db = getDb(), subject, action } = options;
  const now = options.now ?? new Date();
  const rule = cycleTransitions[action];
  if (!rule) throw new AppError('invalidChoice', 400);
  return db.transaction(async (tx) => {
    const current = await loadCycle(tx, options.cycleId);
    if (!canSeeCycle(subject, current)) throw notFound();
    if (!canManageCycle(subject, current)) throw forbidden();
    if (!(rule.from as readonly string[]).includes(current.status)) {
      throw new AppError('cycleTransitionNotAllowed', 409, { action, status: current.status });
    }
    if (action === 'open') {
      refuseIssues(
        cycleIssues({
          now,
          submissionDeadline: current.submissionDeadline ?? '',
          states: await cycleStatesOf(tx, current.id),
          regionMembers: await regionMemberIsos(tx, current.regionId),
          template: current.templateId ? await templateFacts(tx, current.templateId) : null,
          milestones: await cycleMilestonesOf(tx, current.id),
        }),
      );
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: reviewCycles,
      where: eq(reviewCycles.id, current.id),
      expectedVersion: options.expectedVersion,
      set:
        action === 'open'
          ? { status: 'open', openedAt: now, closedAt: null }
          : { status: 'closed', closedAt: now },
    });
    await syncCycleContent(tx, current.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `review_cycle.${action}`,
      entityType: cycleEntityType,
      entityId: current.id,
      before: { status: before.status },
      after: { status: after.status },
      requestId: options.requestId,
    });
    if (action === 'open') {
      await sendCycleInvitations({
        db: tx,
        cycle: after,
        actorId: subject.userId,
        baseUrl: options.baseUrl ?? publicBaseUrl(),
        now,
        requestId: options.requestId,
      });
    }
    return after;
  });
}
