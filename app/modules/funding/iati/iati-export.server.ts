import { asc, eq } from 'drizzle-orm';
import { programmeEntityType, programmes, programmeTransfers } from '#db/schema/funding';
import { countries, thematicAreas } from '#db/schema/reference';
import { getTags } from '~/modules/tagging/get-tags.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { readProgressReports, readResults } from '../results/results-records.server';
import type { IatiProgramme } from './iati-activity';

/**
 * Every joint programme with its budget, transfers, results framework and progress reports, ready for
 * iati-activity.ts. All programmes are public (programme-content.server.ts), so the export is too.
 */
export async function readIatiProgrammes(options: { db?: DbOrTx } = {}): Promise<IatiProgramme[]> {
  const { db = getDb() } = options;
  const rows = await db
    .select({
      programme: programmes,
      countryIso2: countries.iso2,
      areaName: thematicAreas.name,
    })
    .from(programmes)
    .leftJoin(countries, eq(countries.iso3, programmes.countryIso3))
    .innerJoin(thematicAreas, eq(thematicAreas.id, programmes.thematicAreaId))
    .orderBy(asc(programmes.startDate), asc(programmes.id));
  const ids = rows.map((r) => r.programme.id);
  if (!ids.length) return [];
  const [tags, transfers, results, reports] = await readTogether(db, [
    () => getTags({ db, entityType: programmeEntityType, entityIds: ids }),
    () =>
      db
        .select()
        .from(programmeTransfers)
        .orderBy(asc(programmeTransfers.transferredOn), asc(programmeTransfers.createdAt)),
    () => readResults(db, ids),
    () => readProgressReports(db, ids),
  ]);
  return rows.map(({ programme: p, countryIso2, areaName }) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    originalLanguage: p.originalLanguage,
    status: p.status,
    countryIso2: countryIso2 ?? null,
    regionId: p.regionId,
    thematicArea: { id: p.thematicAreaId, name: areaName },
    objectives: tags.get(p.id)?.objectives ?? [],
    budgetUsd: p.budgetUsd,
    startDate: p.startDate,
    endDate: p.endDate,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    transfers: transfers
      .filter((t) => t.programmeId === p.id)
      .map((t) => ({ organisation: t.organisation, amountUsd: t.amountUsd, transferredOn: t.transferredOn })),
    results: (results.get(p.id) ?? []).map((r) => ({
      type: r.type,
      title: r.title,
      description: r.description,
      indicators: r.indicators.map((i) => ({
        title: i.title,
        measure: i.measure,
        ascending: i.ascending,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        periods: i.periods.map((pe) => ({
          periodStart: pe.periodStart,
          periodEnd: pe.periodEnd,
          targetValue: pe.targetValue,
          actualValue: pe.actualValue,
          actualComment: pe.actualComment,
        })),
      })),
    })),
    reports: reports
      .filter((r) => r.programmeId === p.id)
      .map((r) => ({
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        summary: r.summary,
        documentUrl: r.documentUrl,
      })),
  }));
}
