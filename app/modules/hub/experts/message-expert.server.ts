import { eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubExpertMessages } from '#db/schema/hub-experts';
import { mailContactOf } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { hit, minutes, type RateLimitWindow, retryMinutes } from '~/platform/rate-limit.server';
import { checkMessageExpert, expertEntityType } from './expert-policy';
import { lockExpert } from './expert-records.server';
import { parseExpertMessage } from './expert-schema';

/** A person may write this many messages to experts an hour (all experts together). */
export const expertMessageLimit: RateLimitWindow = { limit: 5, windowMs: minutes(60) };

/**
 * A signed-in person writes to an approved expert. The platform keeps the message (the expert may
 * export it) and queues an e-mail to the expert's private address, in the expert's language, with the
 * sender's name and address so the expert may answer; the sender never learns the expert's address.
 * Limited per sender (hubExpertTooManyMessages 429 with the minutes to wait).
 */
export async function messageExpert(options: {
  db?: DbOrTx;
  subject: Subject;
  expertId: string;
  input: unknown;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId) throw forbidden();
  const senderId = subject.userId;
  const input = parseExpertMessage(options.input);
  return db.transaction(async (tx) => {
    const expert = await lockExpert(tx, options.expertId);
    checkMessageExpert(subject, expert);
    const limited = await hit(`expert-message:user:${senderId}`, { ...expertMessageLimit, now, db: tx });
    if (!limited.allowed) {
      throw new AppError('hubExpertTooManyMessages', 429, {
        minutes: retryMinutes(limited.retryAfterSeconds),
      });
    }
    const [sender] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, senderId))
      .limit(1);
    if (!sender) throw forbidden();
    const [message] = await tx
      .insert(hubExpertMessages)
      .values({ expertId: expert.id, senderId, subject: input.subject, body: input.body, createdAt: now })
      .returning({ id: hubExpertMessages.id });
    const contact = expert.userId ? await mailContactOf(tx, expert.userId) : null;
    const i18n = serverI18n(contact?.locale ?? expert.originalLanguage, contact?.digits);
    const link = `${options.baseUrl.replace(/\/+$/, '')}/${i18n.locale}/hub/experts/me`;
    await enqueueMail({
      db: tx,
      to: expert.contactEmail,
      subject: i18n.t('hub-experts.mail.message.subject', { subject: input.subject }),
      text: [
        i18n.t('hub-experts.mail.message.body', { sender: sender.name || sender.email }),
        input.body,
        i18n.t('hub-experts.mail.message.answer', { email: sender.email }),
        `${i18n.t('hub-experts.mail.message.profile')} ${link}`,
      ].join('\n\n'),
    });
    // The audit names the message, never its text or the people's addresses.
    await recordAudit(tx, {
      actorId: senderId,
      action: 'expert.message',
      entityType: expertEntityType,
      entityId: expert.id,
      after: { messageId: message!.id },
      requestId: options.requestId,
    });
    return { id: message!.id };
  });
}
