import { eq, sql } from 'drizzle-orm';
import type { PledgeStatus } from '#db/schema/pledge-values';
import { pledgePartners, pledges } from '#db/schema/pledges';
import { mailContactOf } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { lockPartnerFor } from './lock-partner.server';
import { pledgeContent } from './pledge-content.server';
import { pledgeEntityType } from './pledge-records.server';

/** Before approval a named partner may still say no (approval needs every partner confirmed). */
export const declinableStatuses: readonly PledgeStatus[] = ['draft', 'submitted', 'changes_requested'];

/**
 * A partner declines to take part in a pledge: a member of the partner organisation, or a focal
 * point of the partner state, before confirming and before approval. The partner is taken off the
 * pledge (the audit trail keeps who declined and when; the pledge's version moves on, so a form
 * opened before cannot name it again unnoticed) and the pledge's author is told by mail,
 * in their language, so they can name another partner or change the kind of pledge.
 */
export async function declinePartnership(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  partnerId: string;
  /** The site's address for the link in the mail. */
  baseUrl: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { pledge, partner } = await lockPartnerFor(tx, subject, options.pledgeId, options.partnerId);
    if (partner.confirmedAt) throw new AppError('partnershipAlreadyConfirmed', 409);
    if (!declinableStatuses.includes(pledge.status)) {
      throw new AppError('partnershipNotDeclinable', 409, { status: pledge.status });
    }
    await tx.delete(pledgePartners).where(eq(pledgePartners.id, partner.id));
    // A pledger's form opened before the decline must not name the partner again unnoticed.
    await tx
      .update(pledges)
      .set({ version: sql`${pledges.version} + 1`, updatedAt: new Date() })
      .where(eq(pledges.id, pledge.id));
    await syncContent(tx, pledgeContent, [pledge.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'pledge.partner.decline',
      entityType: pledgeEntityType,
      entityId: pledge.id,
      before: partner,
      requestId: options.requestId,
    });
    if (pledge.createdBy) {
      const author = await mailContactOf(tx, pledge.createdBy);
      if (author) {
        const i18n = serverI18n(author.locale, author.digits);
        const title = i18n.pick(pledge.title).text;
        const link = `${options.baseUrl.replace(/\/+$/, '')}/${author.locale}/pledges/${pledge.id}`;
        await enqueueMail({
          db: tx,
          to: author.email,
          subject: i18n.t('pledges-support.mail.declined.subject', { title }),
          text: `${i18n.t('pledges-support.mail.declined.body', { title })}\n\n${i18n.t('pledges-support.mail.link')} ${link}`,
          dedupeKey: `pledge-partner-decline:${partner.id}`,
        });
      }
    }
    return partner;
  });
}
