import { trendCsvTemplate } from '~/modules/reviews/synthesis/trends/import-trend-figures.server';
import { csvDocument } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import type { Route } from './+types/synthesis-figures-template-csv';
import { figuresCycle } from './synthesis-figures.server';

/** /{lang}/reviews/cycles/:cycleId/synthesis/figures/template.csv — the import template: the stable English column codes and an example line. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await figuresCycle(request, params.cycleId);
  return new Response(csvDocument(trendCsvTemplate()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition('synthesis-figures-template.csv'),
      'Cache-Control': 'private, max-age=300',
    },
  });
}
