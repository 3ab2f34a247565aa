import { filterError } from '~/modules/api/filter-error';
import { enforceApiRateLimit } from '~/modules/api/rate-limit-response.server';
import { apiNotFound } from '~/modules/api/responses';
import { findDataset } from '~/modules/open-data/datasets.server';
import { type DatasetFormat, datasetFormats, streamDataset } from '~/modules/open-data/stream-dataset.server';
import { guardPublic } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/dataset-file';

const contentTypes: Record<DatasetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};
/** Whole-dataset downloads are the API's heaviest answers: 30 a minute per address. */
const downloadLimit = { limit: 30, windowMs: 60_000 };

/** `/api/v1/datasets/<key>.csv|jsonl`: one public dataset whole, streamed. `?bom=0` drops the CSV byte order mark. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  await guardPublic(request);
  const match = /^([a-z_]+)\.(csv|jsonl)$/.exec(params.file);
  const dataset = match ? findDataset(match[1]!) : undefined;
  if (!match || !dataset) return apiNotFound();
  const format = match[2] as DatasetFormat;
  if (!datasetFormats.includes(format)) return apiNotFound();
  const bom = new URL(request.url).searchParams.get('bom');
  if (bom !== null && bom !== '0' && bom !== '1') throw filterError('bom', ['0', '1']);
  await enforceApiRateLimit(`api-dataset:${context.clientIp}`, downloadLimit);
  const origin = siteOrigin(request);
  return new Response(streamDataset(dataset, { db: getDb(), origin, format, bom: bom !== '0' }), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': contentDisposition(`marsad-${dataset.key}.${format}`),
      Link: `<${origin}/api/v1/datasets/${dataset.key}/schema.json>; rel="describedby"; type="application/json"`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
