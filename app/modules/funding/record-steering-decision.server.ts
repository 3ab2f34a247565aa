import { steeringDecisionEntityType, steeringDecisions } from '#db/schema/funding';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { checkManageFund } from './funding-policy';
import { parseSteeringDecision } from './funding-schema';

/** The fund's secretariat records a steering committee meeting's decisions (date, text, documents). */
export async function recordSteeringDecision(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageFund(subject);
  const input = parseSteeringDecision(options.input);
  return db.transaction(async (tx) => {
    const [decision] = await tx
      .insert(steeringDecisions)
      .values({ ...input, createdBy: subject.userId, isSample: options.isSample ?? false })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'steering_decision.create',
      entityType: steeringDecisionEntityType,
      entityId: decision!.id,
      after: decision,
      requestId: options.requestId,
    });
    return decision!;
  });
}
