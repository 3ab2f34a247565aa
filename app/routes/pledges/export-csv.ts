import { pledgeExportCells, pledgeExportHeadings } from '~/modules/pledges/pledge-export';
import { pledgeExportChunks } from '~/modules/pledges/pledge-export.server';
import { csvBom, csvLine } from '~/platform/csv';
import type { Route } from './+types/export-csv';
import { readPledgeExportRequest } from './export-request.server';

/**
 * The registry as the reader downloads it (`/{lang}/pledges/export.csv`, with the registry's
 * filters): headings, coded values and texts in the reader's language, with each pledge's
 * description, indicators and partners; ISO days and plain amounts beside their currency, so
 * spreadsheets read them. UTF-8 with a BOM; written chunk by chunk, never held whole.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { filters, ctx, today, disposition } = await readPledgeExportRequest(request, params.lang);
  const chunks = pledgeExportChunks({ filters, today });
  const encoder = new TextEncoder();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${csvBom}${csvLine(pledgeExportHeadings(ctx.i18n))}`));
        return;
      }
      const { value, done } = await chunks.next();
      if (done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(value.map((row) => csvLine(pledgeExportCells(row, ctx))).join('')));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': disposition('csv'),
      'Cache-Control': 'no-store',
    },
  });
}
