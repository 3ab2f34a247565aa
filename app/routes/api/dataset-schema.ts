import { parseEnumParam } from '~/modules/api/filter-error';
import { apiJson, apiNotFound } from '~/modules/api/responses';
import { findDataset } from '~/modules/open-data/datasets.server';
import { tableSchema } from '~/modules/open-data/table-schema';
import { guardPublic } from '~/permissions/guard.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { locales } from '~/platform/i18n/locales';
import type { Route } from './+types/dataset-schema';

/** A dataset's Frictionless Table Schema, described in Arabic or English (`?lang=`, English by default). */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const dataset = findDataset(params.key);
  if (!dataset) return apiNotFound();
  const lang = parseEnumParam(new URL(request.url), 'lang', locales) ?? 'en';
  const schema = tableSchema({
    fields: dataset.fields,
    primaryKey: dataset.primaryKey,
    i18n: serverI18n(lang),
  });
  return apiJson(schema, { headers: { 'Content-Language': lang } });
}
