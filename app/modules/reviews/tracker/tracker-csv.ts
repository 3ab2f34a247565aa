import { csvDocument } from '~/platform/csv';
import type { I18n } from '~/platform/i18n/translator';
import type { TrackerRow } from './get-tracker.server';

const isoDate = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

/**
 * The tracker table as CSV: a UTF-8 byte order mark (so spreadsheet programs show Arabic),
 * headings and statuses in the reader's language, dates as YYYY-MM-DD, links absolute.
 */
export function trackerCsv(options: {
  rows: readonly TrackerRow[];
  i18n: I18n;
  reviewLink: (id: string) => string;
}) {
  const { i18n } = options;
  const header = [
    i18n.t('reviews-cycles.tracker.col.iso3'),
    i18n.t('reviews-cycles.tracker.col.state'),
    i18n.t('reviews-cycles.tracker.col.status'),
    i18n.t('reviews-cycles.tracker.col.statusCode'),
    i18n.t('reviews-cycles.tracker.col.submittedAt'),
    i18n.t('reviews-cycles.tracker.col.updatedAt'),
    i18n.t('reviews-cycles.tracker.col.link'),
  ];
  const lines = options.rows.map((r) => [
    r.iso3,
    i18n.pick(r.name).text,
    i18n.t(`reviews.status.${r.status}`),
    r.status,
    isoDate(r.submittedAt),
    isoDate(r.updatedAt),
    r.reviewId ? options.reviewLink(r.reviewId) : null,
  ]);
  return csvDocument([header, ...lines]);
}
