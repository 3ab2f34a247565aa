import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import { csvDocument } from '~/platform/csv';
import type { I18n } from '~/platform/i18n/translator';

/** A report entry's reason in the reader's language. */
export const reasonOf = (entry: PledgeImportReportEntry, i18n: Pick<I18n, 't'>) =>
  i18n.t(entry.key, entry.params);

/** The column of an entry, or what it is about when it names none (the whole file or the whole row). */
export const columnLabel = (entry: PledgeImportReportEntry, i18n: Pick<I18n, 't'>) =>
  entry.column ??
  i18n.t(
    entry.row === 1 && !entry.externalId
      ? 'pledges-import.report.wholeFile'
      : 'pledges-import.report.wholeRow',
  );

/**
 * An import's report as CSV (UTF-8 with a byte order mark, so spreadsheets read Arabic): row number,
 * external id, column and reason, headings and reasons in the reader's language.
 */
export function importReportCsv(report: PledgeImportReportEntry[], i18n: I18n): string {
  return csvDocument([
    [
      i18n.t('pledges-import.report.row'),
      i18n.t('pledges-import.report.externalId'),
      i18n.t('pledges-import.report.column'),
      i18n.t('pledges-import.report.reason'),
    ],
    ...report.map((e) => [e.row, e.externalId ?? '', columnLabel(e, i18n), reasonOf(e, i18n)]),
  ]);
}
