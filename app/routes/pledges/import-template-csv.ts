import { importTemplateCsv } from '~/modules/pledges/import/import-columns';
import { guard } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import type { Route } from './+types/import-template-csv';

/** The import template: the header row of every column (docs/pledges-import.md). */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'pledges.review');
  return new Response(importTemplateCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition('pledges-import-template.csv'),
      'Cache-Control': 'private, max-age=300',
    },
  });
}
