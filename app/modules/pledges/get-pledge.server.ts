import { asc, desc, eq, inArray } from 'drizzle-orm';
import { organisations } from '#db/schema/index';
import { pledges, pledgeTransitions, pledgeUpdates, pledgeUpdateValues } from '#db/schema/pledges';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { pledgeFreshness } from './freshness';
import { allowedActions, canEditPledge, canViewPledge, isPledgeInsider, isPledger } from './pledge-policy';
import { loadIndicators, loadPartners, pledgeEntityType, qualityInputOf } from './pledge-records.server';
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
  const [pledge] = await db.select().from(pledges).where(eq(pledges.id, options.pledgeId)).limit(1);
  if (!pledge) throw notFound();
  const partners = await loadPartners(db, pledge.id);
  if (!canViewPledge({ subject, pledge, partners })) throw notFound();

  const [indicators, tags, transitions, updates] = await Promise.all([
    loadIndicators(db, pledge.id),
    getTags({ db, entityType: pledgeEntityType, entityIds: [pledge.id] }),
    db
      .select()
      .from(pledgeTransitions)
      .where(eq(pledgeTransitions.pledgeId, pledge.id))
      .orderBy(asc(pledgeTransitions.at), asc(pledgeTransitions.id)),
    db
      .select()
      .from(pledgeUpdates)
      .where(eq(pledgeUpdates.pledgeId, pledge.id))
      .orderBy(desc(pledgeUpdates.reportedOn), desc(pledgeUpdates.createdAt)),
  ]);
  const values = updates.length
    ? await db
        .select()
        .from(pledgeUpdateValues)
        .where(
          inArray(
            pledgeUpdateValues.updateId,
            updates.map((u) => u.id),
          ),
        )
    : [];
  const orgIds = [pledge.organisationId, ...partners.map((p) => p.organisationId)].filter(
    (id): id is string => Boolean(id),
  );
  const names = new Map(
    orgIds.length
      ? (
          await db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(inArray(organisations.id, orgIds))
        ).map((o) => [o.id, o.name])
      : [],
  );

  return {
    pledge,
    organisationName: pledge.organisationId ? (names.get(pledge.organisationId) ?? null) : null,
    indicators,
    partners: partners.map((p) => ({
      ...p,
      organisationName: p.organisationId ? (names.get(p.organisationId) ?? null) : null,
      /** May the viewer confirm this partnership now? */
      canConfirm:
        !p.confirmedAt && pledge.status !== 'closed' && Boolean(subject.userId) && isPledger(subject, p),
    })),
    tags: tags.get(pledge.id)!,
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
