import { asc, eq, inArray, sql } from 'drizzle-orm';
import { countries, organisations } from '#db/schema/index';
import { pledgeIndicators, pledgePartners, pledges } from '#db/schema/pledges';
import { listCitations, replaceCitations } from '~/modules/content/paragraph-citations.server';
import { resolveParagraphLinks } from '~/modules/documents/resolve-paragraph-links.server';
import { getTags } from '~/modules/tagging/get-tags.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import type { PledgeInput } from './pledge-schema';
import type { QualityInput } from './quality-check';

/** Shared by the pledge operations: loading with a row lock, reference checks, child rows, snapshots. */

export const pledgeEntityType = 'pledge';

export type PledgeRow = typeof pledges.$inferSelect;

/** The pledge, locked for the rest of the transaction; notFound for an unknown or malformed id. */
export async function lockPledge(tx: DbOrTx, pledgeId: string): Promise<PledgeRow> {
  if (!isUuid(pledgeId)) throw notFound();
  const [row] = await tx.select().from(pledges).where(eq(pledges.id, pledgeId)).for('update').limit(1);
  if (!row) throw notFound();
  return row;
}

export interface Pledger {
  organisationId: string | null;
  countryIso3: string | null;
}

/** Organisations and states named (pledger, partners) exist; the matched pledge is public and not this one. */
export async function checkPledgeReferences(
  tx: DbOrTx,
  options: { input: PledgeInput; pledger: Pledger; pledgeId?: string },
): Promise<void> {
  const { input, pledger, pledgeId } = options;
  const orgIds = [
    ...new Set([pledger.organisationId, ...input.partners.map((p) => p.organisationId)].filter(isString)),
  ];
  const isoCodes = [
    ...new Set([pledger.countryIso3, ...input.partners.map((p) => p.countryIso3)].filter(isString)),
  ];
  if (orgIds.length) {
    const found = new Set(
      (
        await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))
      ).map((r) => r.id),
    );
    for (const id of orgIds) {
      if (!found.has(id)) {
        throw new AppError('invalidChoice', 400, {
          field: id === pledger.organisationId ? 'organisationId' : 'partners',
        });
      }
    }
  }
  if (isoCodes.length) {
    const found = new Set(
      (
        await tx.select({ iso3: countries.iso3 }).from(countries).where(inArray(countries.iso3, isoCodes))
      ).map((r) => r.iso3),
    );
    for (const iso3 of isoCodes) {
      if (!found.has(iso3)) {
        throw new AppError('invalidChoice', 400, {
          field: iso3 === pledger.countryIso3 ? 'countryIso3' : 'partners',
        });
      }
    }
  }
  for (const partner of input.partners) {
    if (
      (partner.organisationId && partner.organisationId === pledger.organisationId) ||
      (partner.countryIso3 && partner.countryIso3 === pledger.countryIso3)
    ) {
      throw new AppError('partnerIsPledger', 400, { field: 'partners' });
    }
  }
  if (input.matchesPledgeId) {
    const [matched] = await tx
      .select({ id: pledges.id, status: pledges.status })
      .from(pledges)
      .where(eq(pledges.id, input.matchesPledgeId))
      .limit(1);
    if (
      !matched ||
      matched.id === pledgeId ||
      (matched.status !== 'published' && matched.status !== 'closed')
    ) {
      throw new AppError('pledgeMatchNotFound', 400, { field: 'matchesPledgeId' });
    }
  }
}

const isString = (v: string | null | undefined): v is string => typeof v === 'string' && v.length > 0;

/** The pledge's own columns from the input (a state pledger's category is implied, not stored). */
export function pledgeColumns(input: PledgeInput, pledger?: Pledger) {
  return {
    pledgerCategory: pledger?.countryIso3 ? null : (input.pledgerCategory ?? null),
    sdgTargets: input.sdgTargets,
    title: input.title,
    description: input.description,
    originalLanguage: input.originalLanguage,
    kind: input.kind,
    matchesPledgeId: input.matchesPledgeId ?? null,
    forms: input.forms,
    // Kept even before the form 'financial' is ticked: a draft keeps what was typed (submission checks).
    financialAmount: input.financialAmount ?? null,
    financialCurrency: input.financialCurrency ?? null,
    level: input.level,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    refugeeOnly: input.refugeeOnly,
  };
}

/**
 * Replaces indicators (only while editable: no progress values point at them yet), keeps the
 * confirmations of partners still named, adds new partners unconfirmed, and replaces all tags.
 */
export async function writePledgeChildren(
  tx: DbOrTx,
  options: { pledgeId: string; input: PledgeInput },
): Promise<void> {
  const { pledgeId, input } = options;
  // Cited paragraphs first: an address that names no published paragraph refuses the whole save.
  await replaceCitations(
    tx,
    { type: 'pledge', id: pledgeId },
    await resolveParagraphLinks(tx, input.citations),
  );
  await tx.delete(pledgeIndicators).where(eq(pledgeIndicators.pledgeId, pledgeId));
  if (input.indicators.length) {
    await tx.insert(pledgeIndicators).values(
      input.indicators.map((indicator, position) => ({
        pledgeId,
        position,
        name: indicator.name,
        unit: indicator.unit,
        baseline: indicator.baseline ?? null,
        target: indicator.target,
        dueDate: indicator.dueDate ?? null,
      })),
    );
  }

  const existing = await tx.select().from(pledgePartners).where(eq(pledgePartners.pledgeId, pledgeId));
  const keyOf = (p: { organisationId?: string | null; countryIso3?: string | null }) =>
    p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`;
  const wanted = new Set(input.partners.map(keyOf));
  const kept = new Set<string>();
  for (const partner of existing) {
    if (wanted.has(keyOf(partner))) kept.add(keyOf(partner));
    else await tx.delete(pledgePartners).where(eq(pledgePartners.id, partner.id));
  }
  const added = input.partners.filter((p) => !kept.has(keyOf(p)));
  if (added.length) {
    await tx.insert(pledgePartners).values(
      added.map((p) => ({
        pledgeId,
        organisationId: p.organisationId ?? null,
        countryIso3: p.countryIso3 ?? null,
      })),
    );
  }

  await setTags({
    db: tx,
    entityType: pledgeEntityType,
    entityId: pledgeId,
    tags: {
      objectives: input.objectives,
      principles: input.principles,
      countries: input.countries,
      regions: input.regions,
    },
  });
}

export async function loadIndicators(db: DbOrTx, pledgeId: string) {
  return db
    .select()
    .from(pledgeIndicators)
    .where(eq(pledgeIndicators.pledgeId, pledgeId))
    .orderBy(asc(pledgeIndicators.position));
}

export async function loadPartners(db: DbOrTx, pledgeId: string) {
  return db
    .select()
    .from(pledgePartners)
    .where(eq(pledgePartners.pledgeId, pledgeId))
    .orderBy(
      asc(pledgePartners.createdAt),
      sql`${pledgePartners.organisationId} nulls last`,
      asc(pledgePartners.countryIso3),
    );
}

/** The pledge with indicators, partners and tags, as the audit trail records it. */
export async function pledgeSnapshot(db: DbOrTx, pledge: PledgeRow) {
  const [indicators, partners, tags, citations] = await readTogether(db, [
    () => loadIndicators(db, pledge.id),
    () => loadPartners(db, pledge.id),
    () => getTags({ db, entityType: pledgeEntityType, entityIds: [pledge.id] }),
    () => listCitations(db, { type: 'pledge', id: pledge.id }),
  ]);
  return { ...pledge, indicators, partners, tags: tags.get(pledge.id), citations };
}

/** The quality check's view of a stored pledge. */
export function qualityInputOf(
  pledge: PledgeRow,
  indicators: (typeof pledgeIndicators.$inferSelect)[],
  partners: (typeof pledgePartners.$inferSelect)[],
): QualityInput {
  return {
    title: pledge.title,
    description: pledge.description,
    endDate: pledge.endDate,
    indicators: indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
    })),
    partners: partners.map((p) => ({ confirmed: Boolean(p.confirmedAt) })),
  };
}

/** Unconfirmed partners block approval and publication. */
export async function checkPartnersConfirmed(db: DbOrTx, pledgeId: string): Promise<void> {
  const partners = await loadPartners(db, pledgeId);
  const unconfirmed = partners.filter((p) => !p.confirmedAt).length;
  if (unconfirmed) throw new AppError('pledgePartnersUnconfirmed', 409, { count: unconfirmed });
}
