import { eq } from 'drizzle-orm';
import { hubPractices } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncPractices } from './practice-content.server';
import { checkMarkPromising, hubPracticeEntityType } from './practice-policy';
import { loadPractice } from './practice-records.server';
import { promisingSchema } from './practice-schema';

/** A curator (Hub editor) marks an approved practice "promising", or takes the mark away. */
export async function markPromising(options: {
  db?: DbOrTx;
  subject: Subject;
  practiceId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const { promising } = parseInput(promisingSchema, options.input);
  return db.transaction(async (tx) => {
    const practice = await loadPractice(tx, options.practiceId, { lock: true });
    checkMarkPromising(subject, practice);
    const { after } = await updateVersioned({
      db: tx,
      table: hubPractices,
      where: eq(hubPractices.id, practice.id),
      expectedVersion: options.expectedVersion,
      set: { promising, promisingAt: promising ? now : null },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: promising ? 'hub.practice.promising' : 'hub.practice.not_promising',
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      before: { promising: practice.promising },
      after: { promising },
      requestId: options.requestId,
    });
    await syncPractices(tx, [practice.id]);
    return after;
  });
}
