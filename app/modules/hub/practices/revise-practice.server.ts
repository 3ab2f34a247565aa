import { eq } from 'drizzle-orm';
import { hubPractices } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncPractices } from './practice-content.server';
import { checkEditPractice, hubPracticeEntityType } from './practice-policy';
import { loadPractice } from './practice-records.server';
import { practiceInputSchema } from './practice-schema';
import { practiceColumns, practiceTags } from './submit-practice.server';

/**
 * The submitter (or an editor) changes a practice while it waits for a decision or after an editor
 * asked for clarification; an answer to a clarification resubmits it (back to "submitted"). A save
 * based on an old version is refused (staleVersion 409 with the current row).
 */
export async function revisePractice(options: {
  db?: DbOrTx;
  subject: Subject;
  practiceId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseInput(practiceInputSchema, options.input);
  return db.transaction(async (tx) => {
    const practice = await loadPractice(tx, options.practiceId, { lock: true });
    checkEditPractice(subject, practice);
    const resubmitted = practice.status === 'clarification_requested';
    const { before, after } = await updateVersioned({
      db: tx,
      table: hubPractices,
      where: eq(hubPractices.id, practice.id),
      expectedVersion: options.expectedVersion,
      set: {
        ...practiceColumns(input),
        ...(resubmitted ? { status: 'submitted' as const } : {}),
        updatedAt: now,
      },
    });
    await setTags({
      db: tx,
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      tags: practiceTags(input),
    });
    const hide = { contactName: undefined, contactEmail: undefined };
    await recordAudit(tx, {
      actorId: subject.userId,
      action: resubmitted ? 'hub.practice.resubmit' : 'hub.practice.revise',
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      before: { ...before, ...hide },
      after: { ...after, ...hide },
      requestId: options.requestId,
    });
    await syncPractices(tx, [practice.id]);
    return after;
  });
}
