import { eq } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/accounts';
import { stateContacts } from '#db/schema/review-outreach';
import { mailTemplates } from '~/modules/accounts/mail-templates.server';
import { issueToken } from '~/modules/accounts/tokens.server';
import { findUserByEmail } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, staleVersion } from '~/platform/errors';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncContactContent } from './contact-content.server';
import { loadManagedContact, stateContactEntityType } from './contact-records.server';

/**
 * The secretariat invites a registry contact to open an account, through the platform's one
 * invitation mechanism (an account without a password, an `invite` token, the /accept-invite page),
 * the mail queued in the contact's language. A national focal point's account gets the focal-point
 * role for the state at once (decision 49): the secretariat that keeps the registry is who knows the
 * state's designated focal points; a delegation contact's account gets no role. An address that
 * already has an active account is refused (contactHasAccount); one whose earlier invitation was not
 * accepted gets a fresh link. Audited.
 */
export async function inviteContact(options: {
  db?: DbOrTx;
  subject: Subject;
  /** Shown in the mail as who invited them. */
  inviterName: string;
  contactId: string;
  expectedVersion: number;
  baseUrl: string;
  now?: Date;
  requestId?: string;
}): Promise<{ userId: string; created: boolean }> {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const contact = await loadManagedContact(tx, subject, options.contactId, { forUpdate: true });
    if (contact.version !== options.expectedVersion) {
      throw staleVersion(contact);
    }
    let user = await findUserByEmail(tx, contact.email);
    if (user?.disabledAt) throw new AppError('contactAccountDisabled', 409);
    if (user?.passwordHash) throw new AppError('contactHasAccount', 409);
    const created = !user;
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({
          email: contact.email.toLowerCase(),
          name: contact.name,
          locale: contact.locale,
          passwordHash: null,
          emailVerifiedAt: null,
        })
        .returning();
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'user.invite',
        entityType: 'user',
        entityId: user!.id,
        after: { email: user!.email, name: user!.name, locale: user!.locale, reason: 'state_contact' },
        requestId: options.requestId,
      });
    }
    const invitee = user!;
    if (contact.kind === 'focal_point') {
      const [granted] = await tx
        .insert(roleAssignments)
        .values({
          userId: invitee.id,
          role: 'focal_point',
          scopeType: 'country',
          scopeId: contact.countryIso3,
          grantedBy: subject.userId,
        })
        .onConflictDoNothing()
        .returning({ id: roleAssignments.id });
      if (granted) {
        await recordAudit(tx, {
          actorId: subject.userId,
          action: 'role.assign',
          entityType: 'user',
          entityId: invitee.id,
          after: { role: 'focal_point', scopeType: 'country', scopeId: contact.countryIso3 },
          requestId: options.requestId,
        });
      }
    }
    const token = await issueToken(tx, { userId: invitee.id, purpose: 'invite' });
    const message = mailTemplates.invite(
      { email: invitee.email, name: contact.name, locale: contact.locale },
      { baseUrl: options.baseUrl.replace(/\/+$/, ''), token, inviterName: options.inviterName },
    );
    await enqueueMail({ db: tx, ...message });
    const { before, after } = await updateVersioned({
      db: tx,
      table: stateContacts,
      where: eq(stateContacts.id, contact.id),
      expectedVersion: options.expectedVersion,
      set: { userId: invitee.id, accountInvitedAt: now },
    });
    await syncContactContent(tx, [contact.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'state_contact.invite',
      entityType: stateContactEntityType,
      entityId: contact.id,
      before: { userId: before.userId, accountInvitedAt: before.accountInvitedAt },
      after: { userId: after.userId, accountInvitedAt: after.accountInvitedAt, newAccount: created },
      requestId: options.requestId,
    });
    return { userId: invitee.id, created };
  });
}
