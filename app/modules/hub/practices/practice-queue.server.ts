import { desc, inArray } from 'drizzle-orm';
import { hubPractices } from '#db/schema/hub-practices';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { checkCurateHub } from '../hub-policy';

/**
 * The Hub editors' queue of practices: those waiting for a decision and those waiting for the
 * submitter's clarification, oldest change first.
 */
export async function listPracticeQueue(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  return db
    .select({
      id: hubPractices.id,
      title: hubPractices.title,
      status: hubPractices.status,
      callId: hubPractices.callId,
      updatedAt: hubPractices.updatedAt,
    })
    .from(hubPractices)
    .where(inArray(hubPractices.status, ['submitted', 'clarification_requested']))
    .orderBy(desc(hubPractices.status), hubPractices.updatedAt)
    .limit(200);
}
