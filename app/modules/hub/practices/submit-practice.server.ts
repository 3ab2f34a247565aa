import { hubPractices } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal, forbidden } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { hit, minutes, type RateLimitWindow, retryMinutes } from '~/platform/rate-limit.server';
import { syncPractices } from './practice-content.server';
import { canSubmitPractice, hubPracticeEntityType } from './practice-policy';
import { loadCall } from './practice-records.server';
import { callIsOpen } from './practice-rules';
import { type PracticeInput, practiceCallChoiceSchema, practiceInputSchema } from './practice-schema';

/** A person may submit this many practices an hour. */
export const practiceSubmissionLimit: RateLimitWindow = { limit: 20, windowMs: minutes(60) };

export const practiceTags = (input: PracticeInput) => ({
  objectives: input.objectives,
  principles: input.principles,
  countries: input.countries,
  regions: input.regions,
});

/** The columns a practice's form writes (submission and revision alike). */
export const practiceColumns = (input: PracticeInput) => ({
  title: input.title,
  summary: input.summary,
  originalLanguage: input.originalLanguage,
  isGlobal: input.isGlobal,
  implementers: input.implementers,
  partners: input.partners,
  startDate: input.startDate,
  endDate: input.endDate,
  stage: input.stage,
  results: input.results,
  replicability: input.replicability,
  contactName: input.contactName,
  contactEmail: input.contactEmail,
  criteria: input.criteria,
});

/**
 * Anyone signed in submits a practice against the Network's criteria, to the repository or to a call
 * that is still open (at its deadline instant a call takes nothing more, whether or not the closing
 * job has run: practiceCallClosed 409 beside the call). The practice waits for a Hub editor.
 */
export async function submitPractice(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId || !canSubmitPractice(subject)) throw forbidden();
  const input = parseInput(practiceInputSchema, options.input);
  const { callId } = parseInput(practiceCallChoiceSchema, options.input);
  const limited = await hit(`hub-practice:user:${subject.userId}`, { ...practiceSubmissionLimit, now });
  if (!limited.allowed) {
    throw new AppError('hubTooManyRequests', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
  }
  const userId = subject.userId;
  return db.transaction(async (tx) => {
    if (callId) {
      const call = await loadCall(tx, callId, { lock: true }).catch(() => {
        throw fieldRefusal('callId', 'invalidChoice');
      });
      if (!callIsOpen(call, now)) throw fieldRefusal('callId', 'practiceCallClosed', { status: 409 });
    }
    const [row] = await tx
      .insert(hubPractices)
      .values({
        ...practiceColumns(input),
        callId: callId ?? null,
        submittedBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const practice = row!;
    await setTags({
      db: tx,
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      tags: practiceTags(input),
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'hub.practice.submit',
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      after: { ...practice, contactName: undefined, contactEmail: undefined },
      requestId: options.requestId,
    });
    await syncPractices(tx, [practice.id]);
    return practice;
  });
}
