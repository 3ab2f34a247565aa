import { data } from 'react-router';
import { getIndicatorByCode, listIndicatorValues } from '~/modules/indicators/indicator-records.server';
import { tidyIndicatorRows } from '~/modules/indicators/indicator-tables';
import { guardPublic } from '~/permissions/guard.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import type { Route } from './+types/indicator-csv';

/** One indicator's values as a tidy CSV (one row per value), headings and labels in the reader's language. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const indicator = await getIndicatorByCode({ code: params.code });
  if (!indicator) throw data({ code: 'notFound' }, { status: 404 });
  const values = await listIndicatorValues({ indicatorIds: [indicator.id] });
  const rows = tidyIndicatorRows(serverI18n(locale, 'latn'), indicator, values);
  return new Response(csvDocument(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`indicator-${indicator.code}-${locale}.csv`),
      'cache-control': 'no-store',
    },
  });
}
