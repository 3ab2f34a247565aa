import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgTable } from 'drizzle-orm/pg-core';
import type { Translated } from '#db/schema/columns';
import { organisations } from '#db/schema/index';
import {
  pledgeIndicators,
  pledgePartners,
  pledgerCategoryOf,
  pledges,
  pledgeTransitions,
  pledgeUpdates,
  pledgeUpdateValues,
} from '#db/schema/pledges';
import type { TagSet } from '~/modules/tagging/tag-set';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { rowsFromJson } from '~/platform/json-rows';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { pledgeFreshness } from './freshness';
import { allowedActions, canEditPledge, canViewPledge, isPledgeInsider, isPledger } from './pledge-policy';
import { qualityInputOf } from './pledge-records.server';
import { qualityCheck } from './quality-check';

/**
 * One pledge with everything its page shows: indicators, partners (with organisation names),
 * tags, workflow history, progress updates with values, freshness, and for the pledger and the
 * reviewers the quality findings and the actions open to them. Unpublished pledges are
 * visible only to the pledger, its partners and reviewers; to anyone else they do not exist (404).
 */
export async function getPledge(options: { db?: DbOrTx; subject: Subject; pledgeId: string; now?: Date }) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!isUuid(options.pledgeId)) throw notFound();
  // One query: the pledge and, as JSON, its children and the names of its organisations (the public
  // item is read at the API's rate, and every query costs the embedded store a round of parsing and planning).
  // Drizzle leaves columns unqualified in a one-table select; inside subqueries they must not be.
  const pledgeId = sql`pledges.id`;
  const child = (table: AnyPgTable, alias: string, order: SQL) =>
    sql`(select coalesce(json_agg(${sql.identifier(alias)} order by ${order}), '[]') from ${table} ${sql.identifier(alias)} where ${sql.identifier(alias)}.pledge_id = ${pledgeId})`;
  const [row] = await db
    .select({
      pledge: pledges,
      partners: child(
        pledgePartners,
        'pp',
        sql`pp.created_at, pp.organisation_id nulls last, pp.country_iso3`,
      ),
      indicators: child(pledgeIndicators, 'pi', sql`pi.position`),
      transitions: child(pledgeTransitions, 'pt', sql`pt.at, pt.id`),
      updates: child(pledgeUpdates, 'pu', sql`pu.reported_on desc, pu.created_at desc`),
      values: sql`(select coalesce(json_agg(v), '[]') from ${pledgeUpdateValues} v
        join ${pledgeUpdates} u on u.id = v.update_id where u.pledge_id = ${pledgeId})`,
      names: sql<
        { id: string; name: Translated; category: string | null }[]
      >`(select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'category', o.category_key)), '[]')
        from ${organisations} o where o.id = pledges.organisation_id
          or o.id in (select pp.organisation_id from ${pledgePartners} pp where pp.pledge_id = ${pledgeId}))`,
    })
    .from(pledges)
    .where(eq(pledges.id, options.pledgeId))
    .limit(1);
  if (!row) throw notFound();
  const { pledge } = row;
  const partners = rowsFromJson(pledgePartners, row.partners);
  if (!canViewPledge({ subject, pledge, partners })) throw notFound();
  const indicators = rowsFromJson(pledgeIndicators, row.indicators);
  const transitions = rowsFromJson(pledgeTransitions, row.transitions);
  const updates = rowsFromJson(pledgeUpdates, row.updates);
  const values = rowsFromJson(pledgeUpdateValues, row.values);
  const names = new Map(row.names.map((o) => [o.id, o.name]));
  // The pledge's copies of its tags (kept by triggers from the tagging tables, decision 22).
  const tags: TagSet = {
    objectives: [...pledge.taggedObjectives].sort((a, b) => a - b),
    principles: [...pledge.taggedPrinciples].sort(),
    countries: [...pledge.taggedCountries].sort(),
    regions: [...pledge.taggedRegions].sort(),
  };

  return {
    pledge,
    organisationName: pledge.organisationId ? (names.get(pledge.organisationId) ?? null) : null,
    pledgerCategory: pledgerCategoryOf({
      ...pledge,
      organisationCategory: row.names.find((o) => o.id === pledge.organisationId)?.category,
    }),
    indicators,
    partners: partners.map((p) => ({
      ...p,
      organisationName: p.organisationId ? (names.get(p.organisationId) ?? null) : null,
      /** May the viewer confirm this partnership now? */
      canConfirm:
        !p.confirmedAt && pledge.status !== 'closed' && Boolean(subject.userId) && isPledger(subject, p),
    })),
    tags,
    transitions,
    updates: updates.map((u) => ({ ...u, values: values.filter((v) => v.updateId === u.id) })),
    freshness:
      pledge.status === 'published'
        ? pledgeFreshness({
            lastUpdateOn: pledge.lastProgressOn,
            publishedAt: pledge.publishedAt,
            today: now,
          })
        : null,
    findings: isPledgeInsider(subject, pledge)
      ? qualityCheck({ pledge: qualityInputOf(pledge, indicators, partners), today: now })
      : null,
    actions: allowedActions({ subject, pledge }),
    canEdit: canEditPledge({ subject, pledge }),
    canReportProgress: pledge.status === 'published' && isPledger(subject, pledge),
  };
}

export type PledgeDetail = Awaited<ReturnType<typeof getPledge>>;
