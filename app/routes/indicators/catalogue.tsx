import { Link } from 'react-router';
import { canManageIndicators, reportingCountries } from '~/modules/indicators/indicator-policy';
import { countryNames, listIndicators } from '~/modules/indicators/indicator-records.server';
import { dimensionsOf } from '~/modules/indicators/indicator-rules';
import { dimensionLabel, unitLabel } from '~/modules/indicators/indicator-tables';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/catalogue';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The catalogue of GCM indicators: code, name, objectives, linked SDG indicator, unit and breakdowns.
 * Provisional entries say so (the proposed list was not available; codes are Marsad's own).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const notice = new URL(request.url).searchParams.get('notice') === 'deleted';
  const viewer = await guardPublic(request);
  const catalogue = await listIndicators({ withRetired: true });
  const reports = reportingCountries(viewer.subject);
  return {
    indicators: catalogue.map((i) => ({
      code: i.code,
      name: i.name,
      objectives: i.objectives,
      sdgIndicator: i.sdgIndicator,
      unit: i.unit,
      dimensions: dimensionsOf(i),
      provisional: i.provisional,
      retired: i.retiredAt !== null,
    })),
    anyProvisional: catalogue.some((i) => i.provisional),
    // The states whose values the viewer reports (an administrator opens any state's page by its code).
    reportFor: reports?.length ? await countryNames(reports) : [],
    mayBuildBundle: canManageIndicators(viewer.subject),
    deleted: notice,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('indicators.title'),
    description: i18n.t('indicators.intro'),
  }));

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, number, list } = i18n;
  const href = useHref();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('indicators.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('indicators.intro')}</p>
      {loaderData.deleted ? (
        <p role="status" className="mt-4 max-w-3xl rounded border border-green-300 bg-green-50 p-3">
          {t('indicators.notice.deleted')}
        </p>
      ) : null}
      {loaderData.anyProvisional ? (
        <p role="note" className="mt-4 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3">
          {t('indicators.provisionalNote', { declarationYear: 2022 })}
        </p>
      ) : null}
      <ul className="mt-4 flex flex-wrap gap-4">
        {loaderData.reportFor.map((c) => (
          <li key={c.iso3}>
            <Link to={href(`/indicators/report/${c.iso3}`)} className="font-bold">
              {t('indicators.reportLink', { country: i18n.pick(c.name).text })}
            </Link>
          </li>
        ))}
        {loaderData.mayBuildBundle ? (
          <>
            <li>
              <Link to={href('/indicators/new')} className="font-bold">
                {t('indicators.addLink')}
              </Link>
            </li>
            <li>
              <Link to={href('/indicators/report-bundles')} className="font-bold">
                {t('indicators.bundle.link')}
              </Link>
            </li>
          </>
        ) : null}
      </ul>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="sr-only">{t('indicators.title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {t('indicators.code')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('indicators.name')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('indicators.objectives')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('indicators.sdg')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('indicators.unitHeading')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('indicators.breakdowns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {loaderData.indicators.map((i) => (
              <tr key={i.code} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  <bdi dir="ltr">{i.code}</bdi>
                  {i.provisional ? (
                    <span className="ms-2 rounded bg-amber-100 px-1 text-sm">
                      {t('indicators.provisional')}
                    </span>
                  ) : null}
                  {i.retired ? (
                    <span className="ms-2 rounded bg-slate-200 px-1 text-sm">{t('indicators.retired')}</span>
                  ) : null}
                </td>
                <td className="p-2">
                  <Link to={href(`/indicators/${encodeURIComponent(i.code)}`)}>
                    <TranslatedText value={i.name} />
                  </Link>
                </td>
                <td className="p-2">
                  {list(
                    i.objectives.map((o) => number(o)),
                    { type: 'unit' },
                  )}
                </td>
                <td className="p-2">{i.sdgIndicator ? <bdi dir="ltr">{i.sdgIndicator}</bdi> : '—'}</td>
                <td className="p-2">{unitLabel(i18n, i.unit)}</td>
                <td className="p-2">
                  {i.dimensions.length
                    ? list(i.dimensions.map((d) => dimensionLabel(i18n, d)))
                    : t('indicators.noBreakdown')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
