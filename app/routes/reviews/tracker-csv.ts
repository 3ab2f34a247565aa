import { publicBaseUrl, siteLink } from '~/modules/accounts/links.server';
import { getTracker } from '~/modules/reviews/tracker/get-tracker.server';
import { trackerCsv } from '~/modules/reviews/tracker/tracker-csv';
import { guard } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { orErrorPage } from '~/platform/http/error-page';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/tracker-csv';

/** The submission tracker's table as CSV, for the same people as the tracker page. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.moderate');
  const tracker = await orErrorPage(() => getTracker({ subject: viewer.subject, cycleId: params.cycleId }));
  const lang = langOf(params);
  const base = publicBaseUrl();
  const body = trackerCsv({
    rows: tracker.rows,
    i18n: serverI18n(lang, 'latn'),
    reviewLink: (id) => siteLink(base, lang, `/reviews/${id}/moderate`),
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`review-tracker-${tracker.cycle.id.slice(0, 8)}-${lang}.csv`),
      'cache-control': 'no-store',
    },
  });
}
