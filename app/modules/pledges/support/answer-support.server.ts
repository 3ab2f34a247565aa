import { eq } from 'drizzle-orm';
import { supportRequests } from '#db/schema/pledge-support';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { recordSupportEvent } from '~/modules/hub/support/support-events.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { notifyRequester } from './notify-requester.server';
import { checkAnswerSupport, supportEntityType } from './support-policy';
import { lockSupportRequest } from './support-records.server';
import { parseSupportAnswer } from './support-schema';

/**
 * The Network secretariat answers a request or moves it along (open → in progress → answered or
 * closed; closed is final). Saved only if nobody changed the request since the form was opened
 * (staleVersion 409). When the status or the reply changes, the requester is mailed in the same
 * transaction, in their language, with a link to the pledge page where the answer is shown.
 */
export async function answerSupport(options: {
  db?: DbOrTx;
  subject: Subject;
  requestId: string;
  expectedVersion: number;
  input: unknown;
  baseUrl: string;
  now?: Date;
  auditRequestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const current = await lockSupportRequest(tx, options.requestId);
    checkAnswerSupport({ subject, request: current });
    const input = parseSupportAnswer(options.input);
    const reply = input.reply ?? null;
    const replyChanged = reply !== current.reply;
    const { before, after } = await updateVersioned({
      db: tx,
      table: supportRequests,
      where: eq(supportRequests.id, current.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: input.status,
        reply,
        replyLanguage: reply ? input.replyLanguage : null,
        ...(replyChanged ? { repliedBy: reply ? subject.userId : null, repliedAt: reply ? now : null } : {}),
        closedAt: input.status === 'closed' ? now : null,
      },
    });
    if (replyChanged || before.status !== after.status) {
      await recordSupportEvent(tx, {
        requestId: current.id,
        kind: after.status === 'closed' ? 'closed' : replyChanged && reply ? 'replied' : 'status',
        status: after.status,
        note: replyChanged ? reply : null,
        actorId: subject.userId,
        at: now,
      });
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'support.answer',
      entityType: supportEntityType,
      entityId: current.id,
      before: { status: before.status, reply: before.reply, version: before.version },
      after: { status: after.status, reply: after.reply, version: after.version },
      requestId: options.auditRequestId,
    });
    if (replyChanged || before.status !== after.status) {
      await notifyRequester({ db: tx, request: after, baseUrl: options.baseUrl });
    }
    return after;
  });
}
