import { eq } from 'drizzle-orm';
import { reviewCycles } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncCycleContent } from '../cycle-content.server';
import { canManageCycle, canSeeCycle } from './cycle-policy';
import {
  cycleColumns,
  cycleEntityType,
  cycleHasReviews,
  cycleSnapshot,
  loadCycle,
  regionMemberIsos,
  statesWithReviews,
  templateFacts,
  writeCycleChildren,
} from './cycle-records.server';
import { cycleIssues } from './cycle-rules';
import { parseCycleInput } from './cycle-schema';
import { type InputIssue, refuseIssues } from './input-fields';

/**
 * Saves the secretariat's changes to a cycle (any status), including the consultation summaries
 * of its milestones, if nobody changed it since the form was opened (staleVersion 409). Besides
 * the rules of a new cycle: the region never changes; once states have started reviews the pinned
 * template stays and those states stay in scope; a deadline that has passed may be kept but not set.
 */
export async function updateCycle(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseCycleInput(options.input);
  return db.transaction(async (tx) => {
    const current = await loadCycle(tx, options.cycleId);
    if (!canSeeCycle(subject, current)) throw notFound();
    if (!canManageCycle(subject, current)) throw forbidden();
    const issues: InputIssue[] = [];
    if (input.regionId !== current.regionId) issues.push({ field: 'regionId', code: 'cycleRegionFixed' });
    issues.push(
      ...cycleIssues({
        now: options.now ?? new Date(),
        submissionDeadline: input.submissionDeadline,
        previousDeadline: current.submissionDeadline,
        states: input.states,
        regionMembers: await regionMemberIsos(tx, current.regionId),
        template: await templateFacts(tx, input.templateId),
        milestones: input.milestones,
      }),
    );
    if (input.templateId !== current.templateId && (await cycleHasReviews(tx, current.id))) {
      issues.push({ field: 'templateId', code: 'cycleTemplateLocked' });
    }
    const kept = new Set(input.states);
    const leaving = [...(await statesWithReviews(tx, current.id))].filter((s) => !kept.has(s)).sort();
    if (leaving.length) {
      issues.push({
        field: 'states',
        code: 'cycleStateHasReview',
        params: { states: leaving.join(', '), count: leaving.length },
      });
    }
    refuseIssues(issues);
    const before = await cycleSnapshot(tx, current);
    const { after } = await updateVersioned({
      db: tx,
      table: reviewCycles,
      where: eq(reviewCycles.id, current.id),
      expectedVersion: options.expectedVersion,
      set: cycleColumns(input),
    });
    await writeCycleChildren(tx, current.id, input);
    await syncCycleContent(tx, current.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_cycle.update',
      entityType: cycleEntityType,
      entityId: current.id,
      before,
      after: await cycleSnapshot(tx, after),
      requestId: options.requestId,
    });
    return after;
  });
}
