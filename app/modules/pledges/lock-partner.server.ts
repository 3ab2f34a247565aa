import { eq } from 'drizzle-orm';
import { pledgePartners } from '#db/schema/pledges';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { isPledger } from './pledge-policy';
import { lockPledge } from './pledge-records.server';

/**
 * Locks the pledge and loads one of its partners, for the subject to answer for it (confirm or
 * decline): unknown partner or pledge → not found; the subject not acting for the partner
 * (organisation member or focal point of the state) → forbidden.
 */
export async function lockPartnerFor(tx: DbOrTx, subject: Subject, pledgeId: string, partnerId: string) {
  if (!isUuid(partnerId)) throw notFound();
  const pledge = await lockPledge(tx, pledgeId);
  const [partner] = await tx.select().from(pledgePartners).where(eq(pledgePartners.id, partnerId)).limit(1);
  if (!partner || partner.pledgeId !== pledge.id) throw notFound();
  if (!subject.userId || !isPledger(subject, partner)) throw forbidden();
  return { pledge, partner };
}
