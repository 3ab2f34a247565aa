import { Link } from 'react-router';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import { countDatasetRows, findDataset } from '~/modules/open-data/datasets.server';
import { describeDataset } from '~/modules/open-data/describe-datasets.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/dataset';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const dataset = findDataset(params.key);
  if (!dataset) throw new Response('Not found', { status: 404 });
  const db = getDb();
  const [rows, stamp] = await Promise.all([countDatasetRows(db), readContentStamp(db)]);
  return {
    description: describeDataset(dataset, {
      origin: siteOrigin(request),
      rows: rows[dataset.key] ?? 0,
      updatedAt: stamp.changedAt,
    }),
    fields: dataset.fields,
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('open-data.dictionaryLabel', { dataset: loaderData.description.title[i18n.locale] }),
          description: loaderData.description.description[i18n.locale],
        })
      : null,
  );

export default function DatasetDictionary({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const href = useHref();
  const { description: d, fields } = loaderData;
  const title = d.title[locale];
  return (
    <>
      <p className="text-sm">
        <Link to={href('/open-data')}>{t('open-data.title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('open-data.dictionaryLabel', { dataset: title })}</h1>
      <p className="mt-3 max-w-3xl">{d.description[locale]}</p>
      <p className="mt-2">{t('open-data.rows', { count: d.rows })}</p>
      <p className="mt-3 flex flex-wrap gap-4">
        <a href={d.downloads.csv} aria-label={t('open-data.download.csvLabel', { dataset: title })}>
          {t('open-data.download.csv')}
        </a>
        <a href={d.downloads.jsonl} aria-label={t('open-data.download.jsonlLabel', { dataset: title })}>
          {t('open-data.download.jsonl')}
        </a>
        <a href={d.schema[locale]}>{t('open-data.schema')}</a>
      </p>
      <p className="mt-2 max-w-3xl text-sm text-slate-600">{t('open-data.schemaIntro')}</p>
      <h2 className="mt-8 text-xl font-bold">{t('open-data.dictionary')}</h2>
      <div className="mt-3 relative overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.field')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.type')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.required')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.description')}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.name} id={`field-${f.name}`} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 text-start font-mono text-sm">
                  <bdi dir="ltr">{f.name}</bdi>
                </th>
                <td className="p-2 text-sm">
                  {f.type === 'list'
                    ? t('open-data.fieldType.list', {
                        itemType: t(`open-data.fieldType.itemType.${f.itemType ?? 'string'}`),
                      })
                    : t(`open-data.fieldType.${f.type}`)}
                </td>
                <td className="p-2 text-sm">{f.required ? t('open-data.yes') : t('open-data.no')}</td>
                <td className="p-2 text-sm">{t(`open-data.field.${f.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
