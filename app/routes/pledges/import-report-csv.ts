import { getPledgeImport } from '~/modules/pledges/import/get-pledge-import.server';
import { importReportCsv } from '~/modules/pledges/import/import-report-csv';
import { guard } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { orErrorPage } from '~/platform/http/error-page';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/import-report-csv';

/** An import's report of refused rows as CSV, in the reader's language (same permission as the page). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'pledges.review');
  const record = await orErrorPage(() =>
    getPledgeImport({ subject: viewer.subject, importId: params.importId }),
  );
  const day = record.createdAt.toISOString().slice(0, 10);
  return new Response(importReportCsv(record.report, serverI18n(langOf(params), 'latn')), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(`pledge-import-${day}-report.csv`),
      'Cache-Control': 'private, no-store',
    },
  });
}
