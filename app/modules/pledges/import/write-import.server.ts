import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditLog } from '#db/schema/accounts';
import { pledgeImportItems } from '#db/schema/pledge-imports';
import { pledgeIndicators, pledgePartners, pledges } from '#db/schema/pledges';
import { countryTags, objectiveTags, principleTags, regionTags } from '#db/schema/tagging';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { insertJsonRows } from '~/platform/insert-json-rows.server';
import { pledgeContent } from '../pledge-content.server';
import { loadPartners, pledgeColumns, pledgeEntityType } from '../pledge-records.server';
import type { PledgeInput } from '../pledge-schema';
import type { ImportStatus } from './import-columns';
import type { PlannedRow } from './plan-import.server';

/** Rows per UPDATE … FROM (VALUES …) of matched pledges. */
const batchSize = 500;
const chunk = <T>(items: T[], size = batchSize): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
/** The tag tables' triggers run once per statement: all of an import's tags of a kind in one. */
const tagStatement = { rowsPerStatement: 100_000 };

const partnerKey = (p: { organisationId?: string | null; countryIso3?: string | null }) =>
  p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`;

/** Partners of pledges that passed review are taken as confirmed by the source platform. */
const partnersConfirmed = (status: ImportStatus) =>
  status === 'approved' || status === 'published' || status === 'closed';

/** The workflow stamps of a status reached by import (now, or the file's publication date). */
function stamps(
  row: PlannedRow,
  now: Date,
  before?: { status: string; submittedAt: Date | null; publishedAt: Date | null; closedAt: Date | null },
) {
  const reached = (s: ImportStatus[]) => s.includes(row.status);
  const published = row.publishedDate ? new Date(`${row.publishedDate}T00:00:00Z`) : null;
  return {
    submittedAt: reached(['submitted', 'approved', 'published', 'closed'])
      ? (before?.submittedAt ?? now)
      : null,
    publishedAt: reached(['published', 'closed']) ? (published ?? before?.publishedAt ?? now) : null,
    closedAt: reached(['closed']) ? (before?.closedAt ?? now) : null,
  };
}

function indicatorRows(pledgeId: string, input: PledgeInput) {
  return input.indicators.map((indicator, position) => ({
    pledgeId,
    position,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline ?? null,
    target: indicator.target,
    dueDate: indicator.dueDate ?? null,
  }));
}

/**
 * The copies of a pledge's tags on its row, as the tag tables' triggers would compute them (sorted,
 * text in code-point order like their COLLATE "C"): the import writes them with the row and tells
 * the triggers to skip (migration 0026), which saves re-reading thousands of pledges' tags.
 */
const tagCopies = (input: PledgeInput) => ({
  taggedObjectives: [...new Set(input.objectives)].sort((a, b) => a - b),
  taggedPrinciples: [...new Set(input.principles)].sort(),
  taggedCountries: [...new Set(input.countries)].sort(),
  taggedRegions: [...new Set(input.regions)].sort(),
});

/** One row per tag, for the shared tagging tables (entity_type 'pledge'). */
function tagRows(rows: PlannedRow[]) {
  const entityType = pledgeEntityType;
  return {
    objectives: rows.flatMap((r) =>
      r.input.objectives.map((objective) => ({ entityType, entityId: r.pledgeId, objective })),
    ),
    principles: rows.flatMap((r) =>
      r.input.principles.map((principle) => ({ entityType, entityId: r.pledgeId, principle })),
    ),
    countries: rows.flatMap((r) =>
      r.input.countries.map((country) => ({ entityType, entityId: r.pledgeId, country })),
    ),
    regions: rows.flatMap((r) =>
      r.input.regions.map((region) => ({ entityType, entityId: r.pledgeId, region })),
    ),
  };
}

/**
 * Writes a plan with no refused row, inside the caller's transaction, in batches: new pledges with
 * their indicators, partners and tags (the shared tagging tables, values checked by the plan the way
 * setTags checks them), changed pledges one by one (version bumped; indicators replaced only when
 * they change), the matched pledges, one import item per pledge, and an audit entry per pledge.
 */
export async function writeImport(
  tx: DbOrTx,
  options: { rows: PlannedRow[]; importId: string; actorId: string; now: Date; requestId?: string },
): Promise<void> {
  const { importId, actorId, now } = options;
  const created = options.rows.filter((r) => r.action === 'create');
  const updated = options.rows.filter((r) => r.action === 'update');

  await insertJsonRows(
    tx,
    pledges,
    created.map((r) => ({
      ...pledgeColumns(r.input, r.pledger),
      id: r.pledgeId,
      externalId: r.externalId,
      ...r.pledger,
      matchesPledgeId: null,
      createdBy: actorId,
      status: r.status,
      ...stamps(r, now),
      ...tagCopies(r.input),
    })),
  );

  const versions = new Map<string, number>();
  for (const r of updated) {
    const before = r.existing!;
    const [after] = await tx
      .update(pledges)
      .set({
        ...pledgeColumns(r.input, r.pledger),
        ...r.pledger,
        matchesPledgeId: null,
        status: r.status,
        ...stamps(r, now, before),
        ...tagCopies(r.input),
        version: sql`${pledges.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(pledges.id, r.pledgeId), eq(pledges.version, before.version)))
      .returning({ version: pledges.version });
    if (!after) throw new AppError('pledgeImportConflict', 409);
    versions.set(r.pledgeId, after.version);
  }
  // Every pledge this import tags has its copies written above: the copy triggers may skip.
  await tx.execute(sql`select set_config('marsad.pledge_tag_copies_written', 'on', true)`);
  if (updated.length) {
    const ids = updated.map((r) => r.pledgeId);
    for (const table of [objectiveTags, principleTags, countryTags, regionTags]) {
      await tx.delete(table).where(and(eq(table.entityType, pledgeEntityType), inArray(table.entityId, ids)));
    }
    const replaced = updated.filter((r) => r.indicatorsChanged).map((r) => r.pledgeId);
    if (replaced.length)
      await tx.delete(pledgeIndicators).where(inArray(pledgeIndicators.pledgeId, replaced));
  }

  const withIndicators = [...created, ...updated.filter((r) => r.indicatorsChanged)];
  await insertJsonRows(
    tx,
    pledgeIndicators,
    withIndicators.flatMap((r) => indicatorRows(r.pledgeId, r.input)),
  );

  // Partners: a changed pledge keeps the confirmations of partners it still names.
  const partnerRows: (typeof pledgePartners.$inferInsert)[] = [];
  for (const r of [...created, ...updated]) {
    const keep = new Set<string>();
    if (r.action === 'update') {
      const wanted = new Set(r.input.partners.map(partnerKey));
      for (const p of await loadPartners(tx, r.pledgeId)) {
        const key = partnerKey(p);
        if (wanted.has(key)) keep.add(key);
        else await tx.delete(pledgePartners).where(eq(pledgePartners.id, p.id));
      }
    }
    const confirmed = partnersConfirmed(r.status);
    for (const p of r.input.partners) {
      if (keep.has(partnerKey(p))) continue;
      partnerRows.push({
        pledgeId: r.pledgeId,
        organisationId: p.organisationId ?? null,
        countryIso3: p.countryIso3 ?? null,
        confirmedAt: confirmed ? now : null,
        confirmedBy: confirmed ? actorId : null,
      });
    }
  }
  await insertJsonRows(tx, pledgePartners, partnerRows);

  const tags = tagRows([...created, ...updated]);
  await insertJsonRows(tx, objectiveTags, tags.objectives, tagStatement);
  await insertJsonRows(tx, principleTags, tags.principles, tagStatement);
  await insertJsonRows(tx, countryTags, tags.countries, tagStatement);
  await insertJsonRows(tx, regionTags, tags.regions, tagStatement);
  await tx.execute(sql`select set_config('marsad.pledge_tag_copies_written', 'off', true)`);

  // Matched pledges last: the pledge matched may be one this file creates.
  const matching = [...created, ...updated].filter((r) => r.input.matchesPledgeId);
  for (const batch of chunk(matching)) {
    await tx.execute(sql`
      update pledges set matches_pledge_id = m.target::uuid
      from (values ${sql.join(
        batch.map((r) => sql`(${r.pledgeId}::uuid, ${r.input.matchesPledgeId!})`),
        sql`, `,
      )}) as m(id, target)
      where pledges.id = m.id`);
  }

  const written = [...created, ...updated];
  await insertJsonRows(
    tx,
    pledgeImportItems,
    written.map((r) => ({
      pledgeId: r.pledgeId,
      importId,
      rowHash: r.hash,
      pledgeVersion: versions.get(r.pledgeId) ?? 1,
      importedAt: now,
    })),
    {
      suffix: sql`on conflict (pledge_id) do update set import_id = excluded.import_id,
        row_hash = excluded.row_hash, pledge_version = excluded.pledge_version, imported_at = excluded.imported_at`,
    },
  );
  await syncContent(
    tx,
    pledgeContent,
    written.map((r) => r.pledgeId),
  );

  // One entry per pledge, written in batches (recordAudit writes one row per call). Small records:
  // the import's own entry has the file and the counts; the pledge's state is in the tables.
  await insertJsonRows(
    tx,
    auditLog,
    written.map((r) => ({
      actorId,
      action: r.action === 'create' ? 'pledge.import_create' : 'pledge.import_update',
      entityType: pledgeEntityType,
      entityId: r.pledgeId,
      before:
        r.action === 'update'
          ? { status: r.existing!.status, version: r.existing!.version, title: r.existing!.title }
          : null,
      after: {
        importId,
        externalId: r.externalId,
        row: r.row,
        status: r.status,
        version: versions.get(r.pledgeId) ?? 1,
        title: r.input.title,
      },
      requestId: options.requestId ?? null,
    })),
  );
}
