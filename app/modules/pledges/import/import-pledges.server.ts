import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  type PledgeImportOutcome,
  type PledgeImportReportEntry,
  pledgeImports,
} from '#db/schema/pledge-imports';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { can, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { scheduleMaintenance } from '~/platform/db-maintenance.server';
import { AppError, forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkHeader } from './check-header';
import { MAX_IMPORT_BYTES } from './import-columns';
import { type ImportPlan, planImport } from './plan-import.server';
import { type ImportTable, readImportTable } from './read-import-table.server';
import { writeImport } from './write-import.server';

/** Reasons kept in one import's report; a file with more says so. */
export const MAX_REPORT_ENTRIES = 5000;
export const pledgeImportEntityType = 'pledge_import';

export interface ImportFile {
  /** The name the browser sent. */
  name: string;
  kind: 'csv' | 'xlsx';
  bytes: Buffer;
}

export type PledgeImportRecord = typeof pledgeImports.$inferSelect;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Imports pledges from a CSV or XLSX file, all or nothing (docs/pledges-import.md): with any refused
 * row nothing is written but the import record with its report; a check only (`checkOnly`) validates
 * the same way and writes nothing either. A row whose external id is already imported and unchanged
 * is left alone; a changed one updates its pledge. Network secretariat and administrators only
 * (pledges.review). Returns the stored import record (outcome, counts, report).
 */
export async function importPledges(options: {
  db?: DbOrTx;
  subject: Subject;
  file: ImportFile;
  checkOnly?: boolean;
  now?: Date;
  requestId?: string;
}): Promise<PledgeImportRecord> {
  const { db = getDb(), subject, file, checkOnly = false, now = new Date() } = options;
  if (!subject.userId || !can(subject, 'pledges.review')) throw forbidden();
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('fileTooLarge', 413, { max: MAX_IMPORT_BYTES / (1024 * 1024) });
  }
  const started = performance.now();
  const actorId = subject.userId;

  // Reading the file needs no database: done before the transaction.
  const fileProblems: PledgeImportReportEntry[] = [];
  const read = await readImportTable(file.bytes, file.kind);
  let header: { table: ImportTable; columns: string[] } | null = null;
  if (!read.ok) fileProblems.push(read.entry);
  else {
    const checked = checkHeader(read.table.header);
    if (!checked.ok) fileProblems.push(...checked.problems);
    else if (!read.table.rows.length) {
      fileProblems.push({ row: 1, externalId: null, column: null, key: 'errors.pledgeImportEmpty' });
    } else header = { table: read.table, columns: checked.columns };
  }

  try {
    return await db.transaction(async (tx) => {
      const plan: ImportPlan | null = header
        ? await planImport(tx, { table: header.table, columns: header.columns, today: now })
        : null;
      const problems = plan ? plan.problems : fileProblems;
      const outcome: PledgeImportOutcome = problems.length ? 'refused' : checkOnly ? 'checked' : 'imported';
      const count = (action: string) => plan?.rows.filter((r) => r.action === action).length ?? 0;
      const [record] = await tx
        .insert(pledgeImports)
        .values({
          id: crypto.randomUUID(),
          createdBy: actorId,
          createdAt: now,
          fileName: file.name.slice(0, 255),
          fileKind: file.kind,
          fileSha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
          fileBytes: file.bytes.length,
          checkOnly,
          outcome,
          rowCount: plan?.rowCount ?? 0,
          createdCount: count('create'),
          updatedCount: count('update'),
          unchangedCount: count('unchanged'),
          refusedCount: plan?.refusedRows ?? 0,
          report: problems.slice(0, MAX_REPORT_ENTRIES),
          reportTruncated: problems.length > MAX_REPORT_ENTRIES,
        })
        .returning();
      if (outcome === 'imported' && plan) {
        await writeImport(tx, {
          rows: plan.rows,
          importId: record!.id,
          actorId,
          now,
          requestId: options.requestId,
        });
        // Thousands of new rows and tag entries: vacuum and analyse soon after (the embedded store has no autovacuum).
        await scheduleMaintenance(tx);
      }
      await recordAudit(tx, {
        actorId,
        action: 'pledge.import',
        entityType: pledgeImportEntityType,
        entityId: record!.id,
        after: {
          fileName: record!.fileName,
          fileSha256: record!.fileSha256,
          checkOnly,
          outcome,
          rows: record!.rowCount,
          created: record!.createdCount,
          updated: record!.updatedCount,
          unchanged: record!.unchangedCount,
          refused: record!.refusedCount,
        },
        requestId: options.requestId,
      });
      const durationMs = Math.round(performance.now() - started);
      const [done] = await tx
        .update(pledgeImports)
        .set({ durationMs })
        .where(eq(pledgeImports.id, record!.id))
        .returning();
      return done!;
    });
  } catch (error) {
    // Another import wrote a pledge with one of these external ids meanwhile.
    if (isUniqueViolation(error)) throw new AppError('pledgeImportConflict', 409);
    throw error;
  }
}
