import { asc, eq, inArray } from 'drizzle-orm';
import { conceptNotes, programmes } from '#db/schema/funding';
import {
  indicatorPeriods,
  programmeResults,
  progressReports,
  resultIndicators,
} from '#db/schema/funding-results';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import type { ProgrammeRef } from './results-policy';

export type ResultRow = typeof programmeResults.$inferSelect;
export type IndicatorRow = typeof resultIndicators.$inferSelect;
export type PeriodRow = typeof indicatorPeriods.$inferSelect;
export type ProgressReportRow = typeof progressReports.$inferSelect;

export interface ProgrammeForResults extends ProgrammeRef {
  id: string;
  startDate: string;
  endDate: string;
}

/** The programme with who may keep its results; locked with `lock` (saves of one programme queue). */
export async function findProgrammeForResults(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ProgrammeForResults> {
  if (!isUuid(id)) throw notFound();
  const query = db
    .select({
      id: programmes.id,
      countryIso3: programmes.countryIso3,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      submittedBy: conceptNotes.submittedBy,
    })
    .from(programmes)
    .leftJoin(conceptNotes, eq(conceptNotes.id, programmes.conceptNoteId))
    .where(eq(programmes.id, id))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: programmes }) : await query;
  if (!row) throw notFound();
  return row;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface IndicatorWithPeriods extends IndicatorRow {
  periods: PeriodRow[];
}
export interface ResultWithIndicators extends ResultRow {
  indicators: IndicatorWithPeriods[];
}

/** The results frameworks of these programmes, in the order they were written. */
export async function readResults(
  db: DbOrTx,
  programmeIds: string[],
): Promise<Map<string, ResultWithIndicators[]>> {
  const out = new Map<string, ResultWithIndicators[]>(programmeIds.map((id) => [id, []]));
  if (!programmeIds.length) return out;
  const results = await db
    .select()
    .from(programmeResults)
    .where(inArray(programmeResults.programmeId, programmeIds))
    .orderBy(asc(programmeResults.createdAt), asc(programmeResults.id));
  const resultIds = results.map((r) => r.id);
  const indicators = resultIds.length
    ? await db
        .select()
        .from(resultIndicators)
        .where(inArray(resultIndicators.resultId, resultIds))
        .orderBy(asc(resultIndicators.createdAt), asc(resultIndicators.id))
    : [];
  const indicatorIds = indicators.map((i) => i.id);
  const periods = indicatorIds.length
    ? await db
        .select()
        .from(indicatorPeriods)
        .where(inArray(indicatorPeriods.indicatorId, indicatorIds))
        .orderBy(asc(indicatorPeriods.periodStart))
    : [];
  const periodsOf = groupBy(periods, (p) => p.indicatorId);
  const indicatorsOf = groupBy(indicators, (i) => i.resultId);
  for (const result of results)
    out.get(result.programmeId)!.push({
      ...result,
      indicators: (indicatorsOf.get(result.id) ?? []).map((i) => ({
        ...i,
        periods: periodsOf.get(i.id) ?? [],
      })),
    });
  return out;
}

export async function readProgressReports(db: DbOrTx, programmeIds: string[]): Promise<ProgressReportRow[]> {
  if (!programmeIds.length) return [];
  return db
    .select()
    .from(progressReports)
    .where(inArray(progressReports.programmeId, programmeIds))
    .orderBy(asc(progressReports.periodStart), asc(progressReports.periodEnd));
}
