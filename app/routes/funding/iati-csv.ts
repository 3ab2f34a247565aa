import { data } from 'react-router';
import { iatiTable, isIatiTable } from '~/modules/funding/iati/iati-activity';
import { readIatiProgrammes } from '~/modules/funding/iati/iati-export.server';
import { guardPublic } from '~/permissions/guard.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import { getPlatform } from '~/platform/platform.server';

/**
 * One table of the IATI export as CSV (`?table=activity|budget|transaction|result`, activity by
 * default): headers are IATI element paths, one row per activity, budget, transaction or indicator
 * period (docs/iati-export.md).
 */
export async function loader({ request }: { request: Request }) {
  await guardPublic(request);
  const table = new URL(request.url).searchParams.get('table') ?? 'activity';
  if (!isIatiTable(table)) throw data({ code: 'notFound' }, { status: 404 });
  const rows = iatiTable(table, await readIatiProgrammes(), getPlatform().config.IATI_ORG_REF);
  return new Response(csvDocument(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`marsad-mptf-iati-${table}.csv`),
      'cache-control': 'no-store',
    },
  });
}
