import { coverageFromUrl } from '~/modules/coverage/coverage-request.server';
import { guardPublic } from '~/permissions/guard.server';
import { readersDigits } from '~/platform/cookies.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import type { Route } from './+types/radar-csv';

/**
 * The radar's matrix as CSV in the reader's language and digits: one row per objective, one column
 * per region or country, the total, then the public pledges of the whole scope by status (the
 * page's second table).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const i18n = serverI18n(locale, readersDigits(request, viewer.user?.digits));
  const matrix = await coverageFromUrl(new URL(request.url)).catch(() => null);
  if (!matrix) return new Response(i18n.t('coverage.notFound'), { status: 404 });
  const header = [
    i18n.t('coverage.col.objective'),
    ...matrix.columns.map((c) => i18n.pick(c.name).text),
    i18n.t('coverage.col.total'),
    i18n.t('coverage.csv.pledgesPublished'),
    i18n.t('coverage.csv.pledgesClosed'),
    i18n.t('coverage.csv.pledgesTotal'),
  ];
  const pledges = new Map(matrix.pledgeStatus.map((p) => [p.objective, p]));
  const rows = matrix.rows.map((r) => {
    const p = pledges.get(r.objective);
    return [
      i18n.t('coverage.objectiveShort', { number: i18n.number(r.objective) }),
      ...r.cells.map((c) => i18n.number(c.total)),
      i18n.number(r.total),
      i18n.number(p?.byStatus.published ?? 0),
      i18n.number(p?.byStatus.closed ?? 0),
      i18n.number(p?.total ?? 0),
    ];
  });
  const name =
    matrix.by === 'country' ? `coverage-${matrix.region?.id ?? 'region'}.csv` : 'coverage-regions.csv';
  return new Response(csvDocument([header, ...rows]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(name),
    },
  });
}
