import { desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { countries, organisations } from '#db/schema/index';
import { pledgePartners, pledges } from '#db/schema/pledges';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { declinableStatuses } from './decline-partnership.server';
import { pledgerScopes } from './pledge-policy';

/**
 * The pledges that name one of the subject's organisations (membership) or states (focal point)
 * as a partner, unconfirmed first, with what the subject may do about each.
 */
export async function listPartnerships(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  const { organisationIds, countryCodes } = pledgerScopes(subject);
  const conditions: SQL[] = [];
  if (organisationIds.length) conditions.push(inArray(pledgePartners.organisationId, organisationIds));
  if (countryCodes.length) conditions.push(inArray(pledgePartners.countryIso3, countryCodes));
  if (!subject.userId || !conditions.length) return [];
  const partnerOrg = alias(organisations, 'partner_org');
  const partnerCountry = alias(countries, 'partner_country');
  const rows = await db
    .select({
      partnerId: pledgePartners.id,
      confirmedAt: pledgePartners.confirmedAt,
      partnerName: partnerOrg.name,
      partnerCountryName: partnerCountry.name,
      pledgeId: pledges.id,
      title: pledges.title,
      status: pledges.status,
      pledgerOrganisation: organisations.name,
      pledgerCountry: countries.name,
    })
    .from(pledgePartners)
    .innerJoin(pledges, eq(pledges.id, pledgePartners.pledgeId))
    .leftJoin(partnerOrg, eq(partnerOrg.id, pledgePartners.organisationId))
    .leftJoin(partnerCountry, eq(partnerCountry.iso3, pledgePartners.countryIso3))
    .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
    .leftJoin(countries, eq(countries.iso3, pledges.countryIso3))
    .where(or(...conditions))
    .orderBy(desc(pledges.updatedAt))
    .limit(500);
  return rows
    .map((r) => ({
      partnerId: r.partnerId,
      pledgeId: r.pledgeId,
      title: r.title,
      status: r.status,
      pledger: r.pledgerOrganisation ?? r.pledgerCountry ?? {},
      partner: r.partnerName ?? r.partnerCountryName ?? {},
      confirmedAt: r.confirmedAt,
      canConfirm: !r.confirmedAt && r.status !== 'closed',
      canDecline: !r.confirmedAt && declinableStatuses.includes(r.status),
    }))
    .sort((a, b) => Number(Boolean(a.confirmedAt)) - Number(Boolean(b.confirmedAt)));
}
