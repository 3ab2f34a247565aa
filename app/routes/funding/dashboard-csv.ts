import { data } from 'react-router';
import { fundDashboard } from '~/modules/funding/fund-dashboard.server';
import { guardPublic } from '~/permissions/guard.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import type { Route } from './+types/dashboard-csv';
import { chartCsvRows, fundChartTable, isFundChart } from './fund-charts';
import { fundingNames } from './funding-names.server';

/**
 * The data of one fund dashboard chart as CSV, headings in the reader's language, plain numbers;
 * the public numbers only (what an anonymous reader can open), whoever asks.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const chart = new URL(request.url).searchParams.get('chart');
  if (!isFundChart(chart)) throw data({ code: 'notFound' }, { status: 404 });
  const [board, names] = await Promise.all([fundDashboard({ scope: 'public' }), fundingNames()]);
  const i18n = serverI18n(locale, 'latn');
  const table = fundChartTable(chart, board, i18n, { areas: names.areaNames, places: names.places });
  return new Response(csvDocument(chartCsvRows(table)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`fund-dashboard-${chart}-${locale}.csv`),
      'cache-control': 'no-store',
    },
  });
}
