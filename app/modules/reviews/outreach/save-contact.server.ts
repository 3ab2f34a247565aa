import { and, eq, sql } from 'drizzle-orm';
import { stateContacts } from '#db/schema/review-outreach';
import { findUserByEmail } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, forbidden, notFound, staleVersion } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { canManageOutreach } from '../cycles/cycle-policy';
import { regionExists, regionMemberIsos } from '../cycles/cycle-records.server';
import { syncContactContent } from './contact-content.server';
import {
  type ContactRow,
  contactAudit,
  isUniqueViolation,
  loadManagedContact,
  stateContactEntityType,
} from './contact-records.server';
import { type ContactInput, contactSchema } from './outreach-schema';

async function checkEntry(tx: DbOrTx, regionId: string, input: ContactInput, exceptId?: string) {
  if (!(await regionMemberIsos(tx, regionId)).has(input.countryIso3)) {
    throw fieldRefusal('countryIso3', 'contactStateOutsideRegion', { status: 422 });
  }
  const [same] = await tx
    .select({ id: stateContacts.id })
    .from(stateContacts)
    .where(
      and(
        eq(stateContacts.regionId, regionId),
        eq(stateContacts.countryIso3, input.countryIso3),
        sql`lower(${stateContacts.email}) = ${input.email}`,
      ),
    );
  if (same && same.id !== exceptId) throw fieldRefusal('email', 'contactAlreadyRecorded', { status: 409 });
}

const columns = (input: ContactInput) => ({
  countryIso3: input.countryIso3,
  kind: input.kind,
  name: input.name,
  ministry: input.ministry ?? '',
  email: input.email,
  locale: input.locale,
});

const duplicate = (error: unknown) => {
  if (isUniqueViolation(error)) throw fieldRefusal('email', 'contactAlreadyRecorded', { status: 409 });
  throw error;
};

/**
 * The region's secretariat records a state's focal point or delegation contact (a state of its
 * region; one entry per address and state). An address that already has an account is linked to it.
 * Audited; indexed (privately).
 */
export async function createContact(options: {
  db?: DbOrTx;
  subject: Subject;
  regionId: string;
  input: unknown;
  requestId?: string;
}): Promise<ContactRow> {
  const { db = getDb(), subject, regionId } = options;
  const input = parseInput(contactSchema, options.input);
  return db
    .transaction(async (tx) => {
      if (!(await regionExists(tx, regionId))) throw notFound();
      if (!canManageOutreach(subject, regionId)) throw forbidden();
      await checkEntry(tx, regionId, input);
      const user = await findUserByEmail(tx, input.email);
      const [row] = await tx
        .insert(stateContacts)
        .values({ regionId, ...columns(input), userId: user?.id ?? null, createdBy: subject.userId })
        .returning();
      await syncContactContent(tx, [row!.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'state_contact.create',
        entityType: stateContactEntityType,
        entityId: row!.id,
        after: contactAudit(row!),
        requestId: options.requestId,
      });
      return row!;
    })
    .catch(duplicate);
}

/** Corrects an entry (versioned: a stale save is refused with the entry as it is now). */
export async function updateContact(options: {
  db?: DbOrTx;
  subject: Subject;
  contactId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}): Promise<ContactRow> {
  const { db = getDb(), subject } = options;
  const input = parseInput(contactSchema, options.input);
  return db
    .transaction(async (tx) => {
      const current = await loadManagedContact(tx, subject, options.contactId, { forUpdate: true });
      await checkEntry(tx, current.regionId, input, current.id);
      const emailChanged = current.email.toLowerCase() !== input.email;
      const user = emailChanged ? await findUserByEmail(tx, input.email) : null;
      const { before, after } = await updateVersioned({
        db: tx,
        table: stateContacts,
        where: eq(stateContacts.id, current.id),
        expectedVersion: options.expectedVersion,
        set: {
          ...columns(input),
          ...(emailChanged ? { userId: user?.id ?? null, accountInvitedAt: null } : {}),
        },
      });
      await syncContactContent(tx, [current.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'state_contact.update',
        entityType: stateContactEntityType,
        entityId: current.id,
        before: contactAudit(before),
        after: contactAudit(after),
        requestId: options.requestId,
      });
      return after;
    })
    .catch(duplicate);
}

/** Removes an entry (the account, if any, stays; past invitations keep their address). */
export async function removeContact(options: {
  db?: DbOrTx;
  subject: Subject;
  contactId: string;
  expectedVersion: number;
  requestId?: string;
}): Promise<void> {
  const { db = getDb(), subject } = options;
  await db.transaction(async (tx) => {
    const current = await loadManagedContact(tx, subject, options.contactId, { forUpdate: true });
    if (current.version !== options.expectedVersion) {
      throw staleVersion(current);
    }
    await tx.delete(stateContacts).where(eq(stateContacts.id, current.id));
    await syncContactContent(tx, [current.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'state_contact.remove',
      entityType: stateContactEntityType,
      entityId: current.id,
      before: contactAudit(current),
      requestId: options.requestId,
    });
  });
}
