import { asc, eq, inArray } from 'drizzle-orm';
import { type ExpertStatus, hubExperts } from '#db/schema/hub-experts';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { canMessageExpert, canReadExpert, canVetExpert, isExpertSelf } from './expert-policy';
import { expertOfUser } from './expert-records.server';
import { publicExpertColumns } from './list-experts.server';

const pageColumns = {
  ...publicExpertColumns,
  userId: hubExperts.userId,
  status: hubExperts.status,
  declineReason: hubExperts.declineReason,
  version: hubExperts.version,
};

/**
 * One expert for their page: what anyone reads once approved (never the contact details), the state
 * of vetting for the expert and the Hub editors. notFound for anyone who may not read it.
 */
export async function getExpert(options: { db?: DbOrTx; subject: Subject; expertId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.expertId)) throw notFound();
  const [row] = await db
    .select(pageColumns)
    .from(hubExperts)
    .where(eq(hubExperts.id, options.expertId))
    .limit(1);
  if (!row || !canReadExpert(subject, row)) throw notFound();
  const { userId: _userId, declineReason, ...expert } = row;
  const self = isExpertSelf(subject, row);
  const vetter = canVetExpert(subject);
  return {
    expert,
    isSelf: self,
    canVet: vetter,
    canMessage: canMessageExpert(subject, row),
    declineReason: self || vetter ? declineReason : null,
  };
}

/** The signed-in person's own profile with its contact details (for their form), or null. */
export async function getOwnExpertProfile(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  if (!subject.userId) throw forbidden();
  return expertOfUser(db, subject.userId);
}

/** The Hub editors' vetting queue: pending profiles first (oldest first), then declined ones. */
export async function listExpertsToVet(options: {
  db?: DbOrTx;
  subject: Subject;
  statuses?: ExpertStatus[];
}) {
  const { db = getDb(), subject, statuses = ['pending'] } = options;
  if (!canVetExpert(subject)) throw forbidden();
  return db
    .select({
      ...publicExpertColumns,
      status: hubExperts.status,
      version: hubExperts.version,
      updatedAt: hubExperts.updatedAt,
    })
    .from(hubExperts)
    .where(inArray(hubExperts.status, statuses))
    .orderBy(asc(hubExperts.updatedAt))
    .limit(200);
}
