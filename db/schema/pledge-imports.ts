import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { pledges } from './pledges';

/**
 * Imports of pledges from a CSV or XLSX file by the Network secretariat (issue 4). Every attempt that
 * got past the upload checks is kept with its outcome and its report, so the report can be read and
 * downloaded later; an import is all or nothing (docs/pledges-import.md).
 */
export const pledgeImportOutcomes = ['imported', 'refused', 'checked'] as const;
export type PledgeImportOutcome = (typeof pledgeImportOutcomes)[number];

/**
 * One reason a row (or the whole file, row 1 = the header) was refused. `key` is the full message key
 * ('errors.datesOutOfOrder', 'pledges.quality.noEndDate'), translated when shown: the report is read
 * in the reader's language.
 */
export interface PledgeImportReportEntry {
  row: number;
  externalId: string | null;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

export const pledgeImports = pgTable(
  'pledge_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The name the browser sent (show it inside <bdi>). */
    fileName: text('file_name').notNull(),
    fileKind: text('file_kind').$type<'csv' | 'xlsx'>().notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileBytes: integer('file_bytes').notNull(),
    /** A check only: validated like an import, nothing written. */
    checkOnly: boolean('check_only').notNull().default(false),
    outcome: text('outcome').$type<PledgeImportOutcome>().notNull(),
    rowCount: integer('row_count').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    refusedCount: integer('refused_count').notNull().default(0),
    report: jsonb('report').$type<PledgeImportReportEntry[]>().notNull().default([]),
    /** More reasons were found than the report keeps. */
    reportTruncated: boolean('report_truncated').notNull().default(false),
    durationMs: integer('duration_ms').notNull().default(0),
  },
  (t) => [index('pledge_imports_created_idx').on(t.createdAt)],
);

/**
 * The pledges an import created or changed, one row per pledge (the latest import that wrote it):
 * marks the pledge as imported (with pledges.external_id, its source), and makes re-imports
 * idempotent — the row's hash says whether the source changed, the version whether Marsad did.
 */
export const pledgeImportItems = pgTable(
  'pledge_import_items',
  {
    pledgeId: uuid('pledge_id')
      .primaryKey()
      .references(() => pledges.id, { onDelete: 'cascade' }),
    importId: uuid('import_id')
      .notNull()
      .references(() => pledgeImports.id, { onDelete: 'cascade' }),
    /** SHA-256 of the row as validated (pledge, pledger, status, dates): equal means unchanged. */
    rowHash: text('row_hash').notNull(),
    /** pledges.version as the import left it: a different version means the pledge changed in Marsad since. */
    pledgeVersion: integer('pledge_version').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pledge_import_items_import_idx').on(t.importId)],
);
