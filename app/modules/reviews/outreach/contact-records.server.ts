import { eq } from 'drizzle-orm';
import { stateContactEntityType, stateContacts } from '#db/schema/review-outreach';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { canManageOutreach } from '../cycles/cycle-policy';

export type ContactRow = typeof stateContacts.$inferSelect;
export { stateContactEntityType };

/**
 * A registry entry the subject manages (its region's secretariat); anyone else gets notFound, so
 * ids reveal nothing about the registry.
 */
export async function loadManagedContact(
  db: DbOrTx,
  subject: Subject,
  contactId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ContactRow> {
  if (!isUuid(contactId)) throw notFound();
  const query = db.select().from(stateContacts).where(eq(stateContacts.id, contactId));
  const [contact] = options.forUpdate ? await query.for('update') : await query;
  if (!contact || !canManageOutreach(subject, contact.regionId)) throw notFound();
  return contact;
}

/** What the audit trail keeps of an entry. */
export const contactAudit = (c: ContactRow) => ({
  regionId: c.regionId,
  countryIso3: c.countryIso3,
  kind: c.kind,
  name: c.name,
  ministry: c.ministry,
  email: c.email,
  locale: c.locale,
  userId: c.userId,
  version: c.version,
});

export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
