import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { findProgrammeForResults, readProgressReports, readResults } from './results-records.server';

/** A programme's results framework and progress reports, with who may keep them (throws notFound). */
export async function getProgrammeResults(options: { db?: DbOrTx; programmeId: string }) {
  const { db = getDb() } = options;
  const programme = await findProgrammeForResults(db, options.programmeId);
  const [results, reports] = await Promise.all([
    readResults(db, [programme.id]),
    readProgressReports(db, [programme.id]),
  ]);
  return { programme, results: results.get(programme.id) ?? [], reports };
}
