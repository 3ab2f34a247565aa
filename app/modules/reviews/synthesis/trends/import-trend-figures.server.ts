import { and, eq, inArray } from 'drizzle-orm';
import { reviewSynthesisFigures } from '#db/schema/review-synthesis-figures';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import { readCsvFile } from '~/platform/csv-read';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { fieldErrorsOf } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { loadSynthesisCycle } from '../load-synthesis-input.server';
import { canEditSynthesis } from '../synthesis-policy';
import { figureValues, updateFigure } from './trend-figures.server';
import { loadCycleStates, trendFigureEntityType } from './trend-records.server';
import {
  requiredTrendCsvColumns,
  type TrendFigureInput,
  trendCsvColumns,
  trendFigureSchema,
  trendLimits,
} from './trend-schema';

/** One refused line of an import: its number in the file (header = 1), the column and the reason (an errors.* code). */
export interface TrendImportRefusal {
  line: number;
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export type TrendImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; refused: TrendImportRefusal[] };

const fileRefusal = (code: string, params?: TrendImportRefusal['params'], line = 1): TrendImportResult => ({
  ok: false,
  refused: [{ line, column: null, code, ...(params ? { params } : {}) }],
});

/** The CSV's lines as records of text cells with their line numbers, or the file's refusal. */
function readCsv(
  bytes: Uint8Array,
):
  | { ok: true; header: string[]; lines: { line: number; cells: string[] }[] }
  | { ok: false; result: TrendImportResult } {
  const read = readCsvFile(bytes, { maxRecordSize: 64 * 1024 });
  if (!read.ok)
    return {
      ok: false,
      result:
        read.problem === 'notUtf8'
          ? fileRefusal('trendImportNotUtf8')
          : fileRefusal('trendImportBadCsv', { line: read.line }, read.line),
    };
  const [head, ...body] = read.records;
  if (!head || !body.length) return { ok: false, result: fileRefusal('trendImportEmpty') };
  if (body.length > trendLimits.maxImportRows) {
    return { ok: false, result: fileRefusal('trendImportTooManyRows', { max: trendLimits.maxImportRows }) };
  }
  return { ok: true, header: head.cells.map((h) => h.trim().toLowerCase()), lines: body };
}

const keyOf = (f: { country: string; indicator: string; year: number }) =>
  `${f.country}|${f.indicator}|${f.year}`;

/**
 * Imports figures from a CSV (columns country, indicator, year, value, source, source_url, note;
 * UTF-8 with or without a byte order mark; Arabic-Indic digits accepted) all or nothing: every
 * line is checked first and any refusal (line number, column, reason) leaves the figures as they
 * were. A line whose state, indicator and year match a figure of the cycle corrects it; the others
 * are added. One transaction, each change audited.
 */
export async function importTrendFigures(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  bytes: Uint8Array;
  requestId?: string;
}): Promise<TrendImportResult> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadSynthesisCycle(tx, options.cycleId);
    if (!canEditSynthesis(subject, cycle)) throw forbidden();
    const read = readCsv(options.bytes);
    if (!read.ok) return read.result;
    const missing = requiredTrendCsvColumns.filter((c) => !read.header.includes(c));
    if (missing.length) return fileRefusal('trendImportMissingColumns', { columns: missing.join(', ') });

    const states = new Set((await loadCycleStates(tx, cycle.id)).map((s) => s.iso3));
    const refused: TrendImportRefusal[] = [];
    const figures: { line: number; input: TrendFigureInput }[] = [];
    const seen = new Map<string, number>();
    for (const { line, cells } of read.lines) {
      const raw: Record<string, string> = {};
      for (const [column, field] of trendCsvColumns) {
        const at = read.header.indexOf(column);
        if (at >= 0) raw[field] = cells[at] ?? '';
      }
      const parsed = trendFigureSchema.safeParse(raw);
      if (!parsed.success) {
        const columnOf = new Map(trendCsvColumns.map(([column, field]) => [field as string, column]));
        for (const [path, errors] of Object.entries(fieldErrorsOf(parsed.error.issues))) {
          for (const error of errors) refused.push({ line, column: columnOf.get(path) ?? null, ...error });
        }
        continue;
      }
      const input = parsed.data;
      if (!states.has(input.country)) {
        refused.push({ line, column: 'country', code: 'trendStateNotInCycle' });
        continue;
      }
      const earlier = seen.get(keyOf(input));
      if (earlier !== undefined) {
        refused.push({ line, column: 'year', code: 'trendImportDuplicateLine', params: { line: earlier } });
        continue;
      }
      seen.set(keyOf(input), line);
      figures.push({ line, input });
    }
    if (refused.length) return { ok: false, refused };

    const existing = await tx
      .select()
      .from(reviewSynthesisFigures)
      .where(
        and(
          eq(reviewSynthesisFigures.cycleId, cycle.id),
          inArray(reviewSynthesisFigures.countryIso3, [...new Set(figures.map((f) => f.input.country))]),
        ),
      );
    const byKey = new Map(
      existing.map((row) => [
        keyOf({ country: row.countryIso3, indicator: row.indicator, year: row.year }),
        row,
      ]),
    );
    let created = 0;
    let updated = 0;
    for (const { input } of figures) {
      const current = byKey.get(keyOf(input));
      if (current) {
        const { before, after } = await updateFigure(tx, current.id, current.version, {
          ...figureValues(input),
          updatedBy: subject.userId,
        });
        await recordAudit(tx, {
          actorId: subject.userId,
          action: 'review_synthesis_figure.import',
          entityType: trendFigureEntityType,
          entityId: current.id,
          before,
          after,
          requestId: options.requestId,
        });
        updated += 1;
      } else {
        const [row] = await tx
          .insert(reviewSynthesisFigures)
          .values({
            cycleId: cycle.id,
            ...figureValues(input),
            createdBy: subject.userId,
            updatedBy: subject.userId,
          })
          .returning();
        await recordAudit(tx, {
          actorId: subject.userId,
          action: 'review_synthesis_figure.import',
          entityType: trendFigureEntityType,
          entityId: row!.id,
          after: row,
          requestId: options.requestId,
        });
        created += 1;
      }
    }
    return { ok: true, created, updated };
  });
}

/** The template offered on the figures page: the header of stable column codes and one example line. */
export const trendCsvTemplate = (): (string | number)[][] => [
  trendCsvColumns.map(([column]) => column),
  [
    'JOR',
    'migrant_stock',
    2024,
    3500000,
    'UN DESA International Migrant Stock 2024',
    'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    '',
  ],
];
