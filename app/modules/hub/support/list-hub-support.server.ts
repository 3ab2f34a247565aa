import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubExperts } from '#db/schema/hub-experts';
import { supportRequests } from '#db/schema/pledge-support';
import { pledges } from '#db/schema/pledges';
import { countries } from '#db/schema/reference';
import { reviews } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { canAddSupportDetail, canReadHubSupport, canTriageSupport } from './hub-support-policy';
import { listSupportEvents } from './support-events.server';
import { type SupportQueueGroup, statusesOfGroup, triageActionsFor } from './support-workflow';

export const SUPPORT_QUEUE_LIMIT = 200;

const columns = {
  id: supportRequests.id,
  subjectType: supportRequests.subjectType,
  subjectId: supportRequests.subjectId,
  kind: supportRequests.kind,
  status: supportRequests.status,
  topic: supportRequests.topic,
  description: supportRequests.description,
  originalLanguage: supportRequests.originalLanguage,
  objectives: supportRequests.objectives,
  countryIso3: supportRequests.countryIso3,
  languages: supportRequests.languages,
  deadline: supportRequests.deadline,
  target: supportRequests.target,
  reviewId: supportRequests.reviewId,
  assignedEntity: supportRequests.assignedEntity,
  assignedExpertId: supportRequests.assignedExpertId,
  declineReason: supportRequests.declineReason,
  reply: supportRequests.reply,
  replyLanguage: supportRequests.replyLanguage,
  version: supportRequests.version,
  isSample: supportRequests.isSample,
  createdAt: supportRequests.createdAt,
  updatedAt: supportRequests.updatedAt,
  requesterId: supportRequests.requesterId,
  requesterOrganisationId: supportRequests.requesterOrganisationId,
  requesterCountryIso3: supportRequests.requesterCountryIso3,
  requesterName: users.name,
  pledgeTitle: pledges.title,
  reviewTitle: reviews.title,
  countryName: countries.name,
  assignedExpertName: hubExperts.name,
};

function selectRequests(db: DbOrTx) {
  return db
    .select(columns)
    .from(supportRequests)
    .leftJoin(users, eq(users.id, supportRequests.requesterId))
    .leftJoin(
      pledges,
      sql`${supportRequests.subjectType} = 'pledge' and ${pledges.id}::text = ${supportRequests.subjectId}`,
    )
    .leftJoin(reviews, eq(reviews.id, supportRequests.reviewId))
    .leftJoin(countries, eq(countries.iso3, supportRequests.countryIso3))
    .leftJoin(hubExperts, eq(hubExperts.id, supportRequests.assignedExpertId));
}

export type HubSupportListItem = Awaited<ReturnType<typeof listHubSupportQueue>>[number];

/**
 * The Network secretariat's one queue: every request for support, the Hub's and the pledges', in one
 * group; waiting ones the longest waiting first, the others the latest first. Anyone else: forbidden.
 */
export async function listHubSupportQueue(options: {
  db?: DbOrTx;
  subject: Subject;
  group?: SupportQueueGroup;
}) {
  const { db = getDb(), subject, group = 'waiting' } = options;
  if (!canTriageSupport(subject)) throw forbidden();
  return selectRequests(db)
    .where(inArray(supportRequests.status, statusesOfGroup[group]))
    .orderBy(group === 'waiting' ? asc(supportRequests.createdAt) : desc(supportRequests.updatedAt))
    .limit(SUPPORT_QUEUE_LIMIT);
}

/** The requests the signed-in person asked, newest first. */
export async function listMySupportRequests(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  if (!subject.userId) throw forbidden();
  return selectRequests(db)
    .where(or(eq(supportRequests.requesterId, subject.userId)))
    .orderBy(desc(supportRequests.createdAt))
    .limit(SUPPORT_QUEUE_LIMIT);
}

/**
 * One request with its timeline, for the requester's side and the secretariat; notFound for anyone
 * else, so ids reveal nothing. The secretariat sees who acted on the timeline; the requester does not.
 */
export async function getHubSupportRequest(options: { db?: DbOrTx; subject: Subject; requestId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.requestId)) throw notFound();
  const [row] = await selectRequests(db)
    .where(and(eq(supportRequests.id, options.requestId)))
    .limit(1);
  if (!row || !canReadHubSupport(subject, row)) throw notFound();
  const triage = canTriageSupport(subject);
  const events = await listSupportEvents(db, row.id, { withNames: triage });
  return {
    request: row,
    events,
    canTriage: triage,
    triageActions: triage ? triageActionsFor(row.status) : [],
    canAddDetail: canAddSupportDetail(subject, row),
  };
}
