import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { countries, organisations, users } from '#db/schema/index';
import { supportRequests } from '#db/schema/pledge-support';
import { pledges } from '#db/schema/pledges';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { pledgeEntityType } from '../pledge-records.server';
import { canHandleSupport, canReadSupportRequest } from './support-policy';
import { type SupportQueueFilter, statusesOfFilter } from './support-queue-filters';

export const QUEUE_LIMIT = 200;

const columns = {
  id: supportRequests.id,
  subjectId: supportRequests.subjectId,
  kind: supportRequests.kind,
  status: supportRequests.status,
  description: supportRequests.description,
  originalLanguage: supportRequests.originalLanguage,
  objectives: supportRequests.objectives,
  reply: supportRequests.reply,
  replyLanguage: supportRequests.replyLanguage,
  repliedAt: supportRequests.repliedAt,
  version: supportRequests.version,
  createdAt: supportRequests.createdAt,
  updatedAt: supportRequests.updatedAt,
  requesterOrganisationId: supportRequests.requesterOrganisationId,
  requesterCountryIso3: supportRequests.requesterCountryIso3,
  requesterName: users.name,
  pledgeTitle: pledges.title,
  organisationName: organisations.name,
  countryName: countries.name,
};

function selectRequests(db: DbOrTx) {
  return db
    .select(columns)
    .from(supportRequests)
    .leftJoin(users, eq(users.id, supportRequests.requesterId))
    .leftJoin(
      pledges,
      sql`${supportRequests.subjectType} = ${pledgeEntityType} and ${pledges.id}::text = ${supportRequests.subjectId}`,
    )
    .leftJoin(organisations, eq(organisations.id, supportRequests.requesterOrganisationId))
    .leftJoin(countries, eq(countries.iso3, supportRequests.requesterCountryIso3));
}

export type SupportRequestListItem = Awaited<ReturnType<typeof listSupportQueue>>[number];

/**
 * The secretariat's queue: requests about pledges in one filter, the longest waiting first
 * (answered and closed ones: the latest first). Anyone else: forbidden.
 */
export async function listSupportQueue(options: {
  db?: DbOrTx;
  subject: Subject;
  filter?: SupportQueueFilter;
}) {
  const { db = getDb(), subject, filter = 'open' } = options;
  if (!canHandleSupport(subject)) throw forbidden();
  const conditions: SQL[] = [
    eq(supportRequests.subjectType, pledgeEntityType),
    inArray(supportRequests.status, statusesOfFilter[filter]),
  ];
  return selectRequests(db)
    .where(and(...conditions))
    .orderBy(filter === 'open' ? asc(supportRequests.createdAt) : desc(supportRequests.updatedAt))
    .limit(QUEUE_LIMIT);
}

/** The requests about one pledge that the subject may read (the pledger's side and the secretariat), newest first. */
export async function listSupportForPledge(options: { db?: DbOrTx; subject: Subject; pledgeId: string }) {
  const { db = getDb(), subject } = options;
  if (!subject.userId) return [];
  const rows = await selectRequests(db)
    .where(
      and(eq(supportRequests.subjectType, pledgeEntityType), eq(supportRequests.subjectId, options.pledgeId)),
    )
    .orderBy(desc(supportRequests.createdAt))
    .limit(100);
  return rows.filter((r) => canReadSupportRequest(subject, r));
}

/** One request for its page; notFound for anyone who may not read it, so ids reveal nothing. */
export async function getSupportRequest(options: { db?: DbOrTx; subject: Subject; requestId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.requestId)) throw notFound();
  const [row] = await selectRequests(db).where(eq(supportRequests.id, options.requestId)).limit(1);
  if (!row || !canReadSupportRequest(subject, row)) throw notFound();
  return row;
}
