import { data } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { getPledgeDashboard, type PledgeDashboard } from '~/modules/pledges/pledge-dashboard.server';
import { guardPublic } from '~/permissions/guard.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import type { I18n } from '~/platform/i18n/translator';
import type { Route } from './+types/dashboard-csv';
import { type DashboardChart, freshnessTones, isDashboardChart } from './dashboard-charts';
import { pledgeMapTable } from './dashboard-map-csv.server';

/**
 * The data of one dashboard chart as CSV (`/:lang/pledges/dashboard.csv?chart=objectives`):
 * headings in the reader's language, plain numbers (Latin digits, dot decimals) for spreadsheets.
 */
function tableOf(chart: DashboardChart, d: PledgeDashboard, i18n: I18n): (string | number)[][] {
  const name = (value: Translated) => i18n.pick(value).text;
  switch (chart) {
    case 'objectives':
      return [
        [
          i18n.t('pledges-dashboard.col.number'),
          i18n.t('pledges-dashboard.col.objective'),
          i18n.t('pledges-dashboard.col.pledges'),
        ],
        ...d.objectives.map((o) => [o.number, name(o.shortLabel), o.count]),
      ];
    case 'statuses':
      return [
        [i18n.t('pledges-dashboard.col.status'), i18n.t('pledges-dashboard.col.pledges')],
        ...d.statuses.map((s) => [i18n.t(`pledges-dashboard.status.${s.status}`), s.count]),
      ];
    case 'countries':
      return [
        [
          i18n.t('pledges-dashboard.col.iso3'),
          i18n.t('pledges-dashboard.col.country'),
          i18n.t('pledges-dashboard.col.pledges'),
        ],
        ...d.countries.map((c) => [c.iso3, name(c.name), c.count]),
      ];
    case 'financial':
      return [
        [
          i18n.t('pledges-dashboard.col.currency'),
          i18n.t('pledges-dashboard.col.total'),
          i18n.t('pledges-dashboard.col.pledges'),
        ],
        ...d.financial.map((f) => [f.currency, f.total, f.pledges]),
      ];
    case 'freshness':
      return [
        [i18n.t('pledges-dashboard.col.freshness'), i18n.t('pledges-dashboard.col.pledges')],
        ...freshnessTones.map((f) => [i18n.t(`pledges-dashboard.freshness.${f}`), d.freshness[f]]),
      ];
  }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const chart = new URL(request.url).searchParams.get('chart');
  if (chart !== 'map' && !isDashboardChart(chart)) throw data({ code: 'notFound' }, { status: 404 });
  const i18n = serverI18n(locale, 'latn');
  const rows =
    chart === 'map' ? await pledgeMapTable(i18n) : tableOf(chart, await getPledgeDashboard(), i18n);
  return new Response(csvDocument(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`pledges-dashboard-${chart}-${locale}.csv`),
      'cache-control': 'no-store',
    },
  });
}
