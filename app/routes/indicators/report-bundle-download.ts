import { openReportBundle } from '~/modules/report-bundle/list-report-bundles.server';
import { guard } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { orErrorPage } from '~/platform/http/error-page';
import type { Route } from './+types/report-bundle-download';

/** A ready bundle's ZIP, for the Network secretariat. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'indicators.manage');
  const { bundle, object } = await orErrorPage(() =>
    openReportBundle({ subject: viewer.subject, bundleId: params.id }),
  );
  return new Response(object.body, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(object.size),
      'content-disposition': contentDisposition(
        `marsad-sg-report-${bundle.periodStart}-${bundle.periodEnd}.zip`,
      ),
      'cache-control': 'no-store',
    },
  });
}
