import crypto from 'node:crypto';
import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import type { pledgeIndicators } from '#db/schema/pledges';
import type { DbOrTx } from '~/platform/db.server';
import type { PledgeRow, Pledger } from '../pledge-records.server';
import type { PledgeInput } from '../pledge-schema';
import { hasQualityErrors, qualityCheck } from '../quality-check';
import type { ImportStatus } from './import-columns';
import { loadExistingPledges, loadImportReferences, matchResolver } from './import-references.server';
import { cellsByColumn, checkImportInput, type ImportRow, readImportRow } from './import-row';
import type { ImportTable } from './read-import-table.server';

/** What the import will do with one row. */
export interface PlannedRow {
  row: number;
  externalId: string;
  action: 'create' | 'update' | 'unchanged';
  /** The pledge's id: a new one for a row that creates a pledge. */
  pledgeId: string;
  pledger: Pledger;
  status: ImportStatus;
  publishedDate: string | null;
  input: PledgeInput;
  /** SHA-256 of what the row says, compared with the last import of the same pledge. */
  hash: string;
  /** Set on updates: the pledge as it is, and whether its indicators change. */
  existing?: PledgeRow;
  indicatorsChanged?: boolean;
}

export interface ImportPlan {
  rows: PlannedRow[];
  problems: PledgeImportReportEntry[];
  /** Rows with at least one problem. */
  refusedRows: number;
  rowCount: number;
}

const statusOrder: Record<string, number> = {
  draft: 0,
  submitted: 1,
  changes_requested: 1,
  approved: 2,
  published: 3,
  closed: 4,
};

/**
 * Reads every row of a file whose header passed, resolves its references in a few bulk queries
 * (import-references.server.ts: organisations, states, reference lists, existing and matched
 * pledges), runs the pledge rules of the form and, for pledges past draft, the quality check of submission,
 * and decides per row: create, update, unchanged — or the problems that refuse it. Existing pledges
 * are locked (`for update`) so the decision still holds when the caller writes in the same transaction.
 */
export async function planImport(
  tx: DbOrTx,
  options: { table: ImportTable; columns: string[]; today: Date },
): Promise<ImportPlan> {
  const { table, columns, today } = options;
  const problems: PledgeImportReportEntry[] = [];
  const refused = new Set<number>();
  const report = (entries: PledgeImportReportEntry[]) => {
    for (const e of entries) {
      problems.push(e);
      refused.add(e.row);
    }
  };

  // 1. The cells of each row.
  const rows: ImportRow[] = [];
  for (const { row, cells } of table.rows) {
    const read = readImportRow(row, cellsByColumn(columns, cells));
    if (cells.slice(columns.length).some((c) => c.trim() !== '')) {
      read.problems.push({
        row,
        externalId: read.externalId || null,
        column: null,
        key: 'errors.pledgeImportRowTooLong',
        params: { cells: cells.length, columns: columns.length },
      });
    }
    report(read.problems);
    rows.push(read);
  }

  // 2. An external id twice in the file: every later row is refused.
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (!r.externalId) continue;
    const first = firstRow.get(r.externalId);
    if (first === undefined) firstRow.set(r.externalId, r.row);
    else {
      report([
        {
          row: r.row,
          externalId: r.externalId,
          column: 'external_id',
          key: 'errors.pledgeImportDuplicateExternalId',
          params: { firstRow: first },
        },
      ]);
    }
  }

  // 3. Reference data, organisations, and the pledges already in Marsad with these external ids
  //    (locked, with their import records, indicators and whether progress was reported on them).
  const refs = await loadImportReferences(tx);
  const existing = await loadExistingPledges(tx, [...firstRow.keys()]);

  // 4. New pledges get their ids now, so a matching pledge can name one created by the same file.
  const plannedId = new Map<string, string>();
  const plannedStatus = new Map<string, ImportStatus | null>();
  for (const r of rows) {
    if (!r.externalId || plannedId.has(r.externalId)) continue;
    plannedId.set(r.externalId, existing.byExternalId.get(r.externalId)?.id ?? crypto.randomUUID());
    plannedStatus.set(r.externalId, r.status);
  }
  const resolveMatch = await matchResolver(tx, {
    values: rows.map((r) => r.matches).filter((m): m is string => Boolean(m)),
    plannedId,
    plannedStatus,
  });

  // 5. Each row against the rules.
  const planned: PlannedRow[] = [];
  for (const r of rows) {
    if (r.externalId && firstRow.get(r.externalId) !== r.row) continue; // reported as a duplicate
    const rowProblems: PledgeImportReportEntry[] = [];
    const problem = (column: string | null, key: string, params?: PledgeImportReportEntry['params']) =>
      rowProblems.push({ row: r.row, externalId: r.externalId, column, key, ...(params ? { params } : {}) });

    let pledger: Pledger | null = null;
    if (r.pledgerType && r.pledger) {
      const found =
        r.pledgerType === 'state' ? refs.resolveState(r.pledger) : refs.resolveOrganisation(r.pledger);
      if ('problem' in found) {
        problem(
          'pledger',
          found.problem === 'ambiguous'
            ? 'errors.pledgeImportPledgerAmbiguous'
            : 'errors.pledgeImportPledgerNotFound',
          { value: r.pledger },
        );
      } else {
        pledger = {
          organisationId: 'organisationId' in found ? found.organisationId : null,
          countryIso3: 'countryIso3' in found ? found.countryIso3 : null,
        };
      }
    }

    const skip = new Set<string>();
    const partners: { organisationId?: string; countryIso3?: string }[] = [];
    for (const value of r.partners) {
      const state = refs.resolveState(value);
      const found = 'countryIso3' in state ? state : refs.resolveOrganisation(value);
      if ('problem' in found) {
        skip.add('partners');
        problem(
          'partners',
          found.problem === 'ambiguous'
            ? 'errors.pledgeImportPledgerAmbiguous'
            : 'errors.pledgeImportPartnerNotFound',
          { value },
        );
      } else partners.push(found);
    }
    let matchesPledgeId: string | undefined;
    if (r.matches) {
      const id = resolveMatch(r.matches, r.externalId);
      if (id) matchesPledgeId = id;
      else {
        skip.add('matchesPledgeId');
        problem('matches', 'errors.pledgeImportMatchNotFound', { value: r.matches });
      }
    }

    const checked = checkImportInput(r, { ...r.input, partners, matchesPledgeId }, skip);
    if (!checked.ok) rowProblems.push(...checked.problems);
    const input = checked.ok ? checked.value : null;

    if (input) {
      for (const iso3 of input.countries) {
        if (!refs.countries.has(iso3))
          problem('countries', 'errors.pledgeImportUnknownValue', { value: iso3 });
      }
      for (const key of input.principles) {
        if (!refs.principles.has(key))
          problem('principles', 'errors.pledgeImportUnknownValue', { value: key });
      }
      input.regions = input.regions.map((id) => {
        const canonical = refs.regionByUpper.get(id.toUpperCase());
        if (!canonical) problem('regions', 'errors.pledgeImportUnknownValue', { value: id });
        return canonical ?? id;
      });
      if (pledger) {
        for (const p of input.partners) {
          if (
            (p.organisationId && p.organisationId === pledger.organisationId) ||
            (p.countryIso3 && p.countryIso3 === pledger.countryIso3)
          ) {
            problem('partners', 'errors.partnerIsPledger');
          }
        }
      }
      // A pledge past draft must be measurable and time-bound, as on submission. A published or
      // closed pledge brought from another platform may have run its course: a past end date stands.
      // Only the blocking findings matter here, and none reads the texts: they are left out, which
      // spares the vague-wording search (advice only) on every row.
      if (r.status && r.status !== 'draft') {
        const findings = qualityCheck({
          pledge: {
            endDate: input.endDate ?? null,
            indicators: input.indicators.map((i) => ({
              unit: i.unit,
              target: i.target,
              baseline: i.baseline ?? null,
            })),
          },
          today,
        }).filter(
          (f) =>
            f.severity === 'error' &&
            !(f.code === 'endDatePassed' && (r.status === 'published' || r.status === 'closed')),
        );
        if (hasQualityErrors(findings)) {
          for (const f of findings) {
            const column = f.code === 'noMeasurableTarget' ? 'indicator_1_target' : 'end_date';
            problem(column, `pledges.quality.${f.code}`, f.params);
          }
        }
      }
    }

    const current = r.externalId ? existing.byExternalId.get(r.externalId) : undefined;
    let action: PlannedRow['action'] = 'create';
    let indicatorsChanged = false;
    const hash = rowHash(r, pledger, input);
    if (current && input && pledger && !rowProblems.length) {
      const item = existing.items.get(current.id);
      if (!item) problem('external_id', 'errors.pledgeImportNotFromImport');
      else if (item.rowHash === hash) action = 'unchanged';
      else if (item.pledgeVersion !== current.version) {
        problem('external_id', 'errors.pledgeImportChangedInMarsad');
      } else {
        action = 'update';
        if ((statusOrder[r.status!] ?? 0) < (statusOrder[current.status] ?? 0)) {
          problem('status', 'errors.pledgeImportStatusBackwards', { status: current.status });
        }
        indicatorsChanged = !sameIndicators(existing.indicators.get(current.id) ?? [], input.indicators);
        if (indicatorsChanged && existing.withProgress.has(current.id)) {
          problem(null, 'errors.pledgeImportIndicatorsHaveProgress');
        }
      }
    }

    if (rowProblems.length || !input || !pledger || !r.status || !r.externalId) {
      report(rowProblems);
      continue;
    }
    planned.push({
      row: r.row,
      externalId: r.externalId,
      action,
      pledgeId: plannedId.get(r.externalId)!,
      pledger,
      status: r.status,
      publishedDate: r.publishedDate,
      input,
      hash,
      ...(current ? { existing: current, indicatorsChanged } : {}),
    });
  }

  problems.sort((a, b) => a.row - b.row);
  return { rows: planned, problems, refusedRows: refused.size, rowCount: rows.length };
}

/** What a row says, hashed: equal hashes mean the source did not change since the last import. */
function rowHash(r: ImportRow, pledger: Pledger | null, input: PledgeInput | null): string {
  const { matchesPledgeId: _resolved, ...rest } = input ?? ({} as Partial<PledgeInput>);
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([pledger, r.status, r.publishedDate, r.matches, rest]))
    .digest('hex');
}

function sameIndicators(
  current: (typeof pledgeIndicators.$inferSelect)[],
  wanted: PledgeInput['indicators'],
): boolean {
  if (current.length !== wanted.length) return false;
  return current.every((c, i) => {
    const w = wanted[i]!;
    return (
      (c.name.ar ?? '') === (w.name.ar ?? '') &&
      (c.name.en ?? '') === (w.name.en ?? '') &&
      c.unit === w.unit &&
      Number(c.target) === w.target &&
      (c.baseline === null ? w.baseline === undefined : Number(c.baseline) === w.baseline) &&
      (c.dueDate ?? null) === (w.dueDate ?? null)
    );
  });
}
