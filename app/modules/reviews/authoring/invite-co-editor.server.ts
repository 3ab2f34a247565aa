import { count, eq } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { reviewEditors } from '#db/schema/reviews';
import { issueToken, tokenLifetimes } from '~/modules/accounts/tokens.server';
import { findUserByEmail, normaliseEmail } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { syncReviewContent } from '../review-content.server';
import { reviewEntityType } from '../review-records.server';
import { queueReviewMail, reviewLink } from '../workflow/review-mail.server';
import { coEditorSchema } from './review-forms';
import { loadForManagingEditors } from './review-guards.server';

/** More co-editors than this on one review is a mistake, not a team. */
export const maxCoEditors = 40;

/**
 * A focal point (or the organisation) invites a colleague to co-edit a review, by e-mail address.
 *
 * - An existing, active account is added at once and told by mail.
 * - An unknown address gets an account without a password and an invitation link — the same token
 *   and /accept-invite page as the administrators' invitations — and is added as co-editor at once.
 *   The new account can do nothing until the invitation is accepted (no password, no session), so
 *   the row is harmless meanwhile; removing the co-editor before that leaves an unused account.
 *   An address whose earlier invitation is still unaccepted gets a fresh link.
 *
 * Co-editors edit sections and comment; they cannot submit or invite (review-policy.ts). Audited;
 * the mail is queued in the same transaction.
 */
export async function inviteCoEditor(options: {
  db?: DbOrTx;
  subject: Subject;
  /** Shown in the mail as who invited them. */
  inviterName: string;
  reviewId: string;
  input: unknown;
  baseUrl: string;
  requestId?: string;
}): Promise<{ userId: string; created: boolean }> {
  const { db = getDb(), subject } = options;
  const input = parseInput(coEditorSchema, options.input);
  const email = normaliseEmail(input.email);
  return db.transaction(async (tx) => {
    const loaded = await loadForManagingEditors(tx, subject, options.reviewId, { forUpdate: true });
    const { review } = loaded;
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(reviewEditors)
      .where(eq(reviewEditors.reviewId, review.id));
    if (Number(n) >= maxCoEditors) throw new AppError('coEditorLimit', 409, { max: maxCoEditors });

    let user = await findUserByEmail(tx, email);
    const created = !user;
    if (user?.disabledAt) throw fieldRefusal('email', 'coEditorDisabled', { status: 409 });
    if (user && loaded.coEditorIds.includes(user.id)) {
      throw fieldRefusal('email', 'coEditorAlreadyAdded', { status: 409 });
    }
    if (user && user.id === subject.userId) throw fieldRefusal('email', 'coEditorIsSelf', { status: 409 });
    if (!user) {
      const name = input.name || email.split('@')[0]!;
      [user] = await tx
        .insert(users)
        .values({ email, name, locale: input.language, passwordHash: null, emailVerifiedAt: null })
        .returning();
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'user.invite',
        entityType: 'user',
        entityId: user!.id,
        after: { email, name, locale: input.language, reason: 'review.co-editor', reviewId: review.id },
        requestId: options.requestId,
      });
    }
    const invitee = user!;
    await tx
      .insert(reviewEditors)
      .values({ reviewId: review.id, userId: invitee.id, invitedBy: subject.userId });
    await syncReviewContent(tx, [review.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review.editor.add',
      entityType: reviewEntityType,
      entityId: review.id,
      after: { userId: invitee.id, newAccount: created },
      requestId: options.requestId,
    });

    const pending = !invitee.passwordHash;
    const to = { email: invitee.email, name: invitee.name, locale: invitee.locale, digits: invitee.digits };
    if (pending) {
      const token = await issueToken(tx, { userId: invitee.id, purpose: 'invite' });
      const link = `${reviewLink(options.baseUrl, invitee.locale, '/accept-invite')}?token=${encodeURIComponent(token)}`;
      await queueReviewMail({
        db: tx,
        to,
        key: 'coEditorInvited',
        title: review.title,
        values: {
          inviter: options.inviterName,
          link,
          days: Math.round(tokenLifetimes.invite / 86_400_000),
          editLink: reviewLink(options.baseUrl, invitee.locale, `/reviews/${review.id}/edit`),
        },
      });
    } else {
      await queueReviewMail({
        db: tx,
        to,
        key: 'coEditorAdded',
        title: review.title,
        values: {
          inviter: options.inviterName,
          link: reviewLink(options.baseUrl, invitee.locale, `/reviews/${review.id}/edit`),
        },
      });
    }
    return { userId: invitee.id, created };
  });
}
