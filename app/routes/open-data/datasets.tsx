import { Link } from 'react-router';
import { describeDatasets } from '~/modules/open-data/describe-datasets.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/datasets';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const datasets = await describeDatasets({ db: getDb(), origin: siteOrigin(request) });
  return { datasets, updatedAt: datasets[0]?.updatedAt ?? null };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('open-data.title'), description: i18n.t('open-data.intro') }));

export default function OpenData({ loaderData }: Route.ComponentProps) {
  const { t, locale, date } = useI18n();
  const href = useHref();
  const { datasets, updatedAt } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('open-data.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('open-data.intro')}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-600">{t('open-data.bomNote')}</p>
      {updatedAt && (
        <p className="mt-2 text-sm text-slate-600">
          {t('open-data.updatedAt', { date: date(updatedAt, { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
      )}
      <div className="mt-6 relative overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.dataset')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.rows')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('open-data.col.downloads')}
              </th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((d) => (
              <tr key={d.key} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  <Link
                    to={href(`/open-data/${d.key}`)}
                    className="font-medium"
                    aria-label={t('open-data.dictionaryLabel', { dataset: d.title[locale] })}
                  >
                    {d.title[locale]}
                  </Link>
                  <p className="text-sm text-slate-600">{d.description[locale]}</p>
                </td>
                <td className="p-2 whitespace-nowrap">{t('open-data.rows', { count: d.rows })}</td>
                <td className="p-2">
                  <span className="flex flex-wrap gap-3">
                    <a
                      href={d.downloads.csv}
                      aria-label={t('open-data.download.csvLabel', { dataset: d.title[locale] })}
                    >
                      {t('open-data.download.csv')}
                    </a>
                    <a
                      href={d.downloads.jsonl}
                      aria-label={t('open-data.download.jsonlLabel', { dataset: d.title[locale] })}
                    >
                      {t('open-data.download.jsonl')}
                    </a>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-6">
        <a href="/api/v1/openapi.json">{t('open-data.api')}</a>
      </p>
    </>
  );
}
