import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { countries, organisations } from '#db/schema/index';
import { type PledgeStatus, pledges } from '#db/schema/pledges';
import { pledgerScopes } from '~/modules/pledges/pledge-policy';
import type { Subject } from '~/permissions/resolver';
import { getDb } from '~/platform/platform.server';

const listColumns = {
  id: pledges.id,
  title: pledges.title,
  status: pledges.status,
  updatedAt: pledges.updatedAt,
  submittedAt: pledges.submittedAt,
  organisationName: organisations.name,
  countryName: countries.name,
};

function selectList() {
  return getDb()
    .select(listColumns)
    .from(pledges)
    .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
    .leftJoin(countries, eq(countries.iso3, pledges.countryIso3));
}

/** The pledges of the subject's organisations and states, in every status, last changed first. */
export async function myPledges(subject: Subject) {
  const { organisationIds, countryCodes } = pledgerScopes(subject);
  const conditions: SQL[] = [];
  if (organisationIds.length) conditions.push(inArray(pledges.organisationId, organisationIds));
  if (countryCodes.length) conditions.push(inArray(pledges.countryIso3, countryCodes));
  if (!conditions.length) return [];
  return selectList()
    .where(or(...conditions))
    .orderBy(desc(pledges.updatedAt))
    .limit(500);
}

/** Pledges in one status, the longest waiting first. */
export async function pledgesWaiting(status: PledgeStatus) {
  return selectList()
    .where(and(eq(pledges.status, status)))
    .orderBy(asc(pledges.submittedAt), asc(pledges.updatedAt))
    .limit(500);
}

export type PledgeListRow = Awaited<ReturnType<typeof pledgesWaiting>>[number];
