import { reviewCycles } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { syncCycleContent } from '../cycle-content.server';
import { canManageCycle } from './cycle-policy';
import {
  cycleColumns,
  cycleEntityType,
  cycleSnapshot,
  regionExists,
  regionMemberIsos,
  templateFacts,
  writeCycleChildren,
} from './cycle-records.server';
import { cycleIssues } from './cycle-rules';
import { parseCycleInput } from './cycle-schema';
import { refuseIssues } from './input-fields';

/**
 * Opens a draft review cycle for a region the subject's secretariat holds (administrators: any),
 * with its states in scope, milestones, pinned template version and submission deadline. Refused
 * with every reason (422): deadline in the past, no states, states outside the region, template not
 * published or without objective sections, milestone dates out of order.
 */
export async function createCycle(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseCycleInput(options.input);
  if (!canManageCycle(subject, input)) throw forbidden();
  return db.transaction(async (tx) => {
    if (!(await regionExists(tx, input.regionId))) {
      throw fieldRefusal('regionId', 'invalidChoice');
    }
    refuseIssues(
      cycleIssues({
        now: options.now ?? new Date(),
        submissionDeadline: input.submissionDeadline,
        states: input.states,
        regionMembers: await regionMemberIsos(tx, input.regionId),
        template: await templateFacts(tx, input.templateId),
        milestones: input.milestones,
      }),
    );
    const [cycle] = await tx
      .insert(reviewCycles)
      .values({ ...cycleColumns(input), status: 'draft', createdBy: subject.userId })
      .returning();
    await writeCycleChildren(tx, cycle!.id, input);
    await syncCycleContent(tx, cycle!.id);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_cycle.create',
      entityType: cycleEntityType,
      entityId: cycle!.id,
      after: await cycleSnapshot(tx, cycle!),
      requestId: options.requestId,
    });
    return cycle!;
  });
}
