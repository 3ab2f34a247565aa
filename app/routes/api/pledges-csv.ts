import { filterError } from '~/modules/api/filter-error';
import {
  listPledges,
  loadPledgeFilterChoices,
  parsePledgeFilters,
} from '~/modules/pledges/list-pledges.server';
import { csvHeader, csvRowOf } from '~/modules/pledges/pledge-presenter';
import { guardPublic } from '~/permissions/guard.server';
import { csvBom, csvLine } from '~/platform/csv';
import { contentDisposition } from '~/platform/http/content-disposition';
import type { Route } from './+types/pledges-csv';

const chunkSize = 500;
/** A hard cap on one export; the registry is far smaller for years to come. */
const maxRows = 50_000;

/**
 * The registry as CSV (UTF-8 with a BOM so spreadsheets read Arabic), same filters as the JSON list,
 * one row per pledge. Rows are read and written in chunks so a large export is never held whole.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const parsed = parsePledgeFilters(url.searchParams, await loadPledgeFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const filters = { sort: 'oldest' as const, ...parsed.filters };
  const today = new Date();
  const encoder = new TextEncoder();
  let offset = 0;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${csvBom}${csvLine(csvHeader)}`));
        return;
      }
      const { items } = await listPledges({ filters, limit: chunkSize, offset, today, count: false });
      if (items.length) controller.enqueue(encoder.encode(items.map((i) => csvLine(csvRowOf(i))).join('')));
      offset += items.length;
      if (items.length < chunkSize || offset >= maxRows) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition('pledges.csv'),
      'Cache-Control': 'public, max-age=60',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
