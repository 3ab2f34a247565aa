import { listEnvelope } from '~/modules/api/list-envelope';
import { apiJson } from '~/modules/api/responses';
import { describeDatasets } from '~/modules/open-data/describe-datasets.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/datasets';

/** Every public dataset with its size, bulk files, Table Schemas and dictionary pages. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const data = await describeDatasets({ db: getDb(), origin: siteOrigin(request) });
  return apiJson(listEnvelope(data, { limit: data.length, offset: 0, total: data.length }));
}
