import { eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubPractices, type PracticeDecision, type PracticeStatus } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { canCurateHub } from '../hub-policy';
import { syncPractices } from './practice-content.server';
import { checkDecidePractice, hubPracticeEntityType } from './practice-policy';
import { loadPractice } from './practice-records.server';
import { practiceDecisionSchema } from './practice-schema';

const statusOf: Record<PracticeDecision, PracticeStatus> = {
  clarify: 'clarification_requested',
  approve: 'approved',
  decline: 'declined',
};

/**
 * A Hub editor decides on a submitted practice: asks the submitter for clarification (with the
 * question), approves it (it is published) or declines it (with the reason). The submitter is mailed
 * and sees the message on the practice's page.
 */
export async function decidePractice(options: {
  db?: DbOrTx;
  subject: Subject;
  practiceId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!canCurateHub(subject)) throw forbidden();
  const input = parseInput(practiceDecisionSchema, options.input);
  return db.transaction(async (tx) => {
    const practice = await loadPractice(tx, options.practiceId, { lock: true });
    checkDecidePractice(subject, practice);
    const status = statusOf[input.decision];
    const { after } = await updateVersioned({
      db: tx,
      table: hubPractices,
      where: eq(hubPractices.id, practice.id),
      expectedVersion: options.expectedVersion,
      set: {
        status,
        editorMessage: input.message ?? null,
        decidedBy: subject.userId,
        decidedAt: now,
        publishedAt: status === 'approved' ? (practice.publishedAt ?? now) : practice.publishedAt,
      },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `hub.practice.${input.decision}`,
      entityType: hubPracticeEntityType,
      entityId: practice.id,
      before: { status: practice.status },
      after: { status, message: input.message ?? null },
      requestId: options.requestId,
    });
    if (practice.submittedBy) {
      const [user] = await tx
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(eq(users.id, practice.submittedBy));
      if (user) {
        const { t } = serverI18n(user.locale);
        await enqueueMail({
          db: tx,
          to: user.email,
          subject: t('hub-practices.mail.decided.subject'),
          text: t('hub-practices.mail.decided.body', {
            title: practice.title[user.locale] ?? practice.title[practice.originalLanguage] ?? '',
            status: t(`hub-practices.status.${status}`),
            message: input.message ?? '',
            path: `/${user.locale}/hub/practices/${practice.id}`,
          }),
        });
      }
    }
    await syncPractices(tx, [practice.id]);
    return after;
  });
}
