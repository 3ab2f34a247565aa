import { Form, Link } from 'react-router';
import type { UnStatus } from '#db/schema/reference';
import { regionKinds, unStatuses } from '~/modules/reference/constants';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import { isLocale } from '~/platform/i18n/locales';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/countries';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const rawRegion = (url.searchParams.get('region') ?? '').trim();
  const rawStatus = url.searchParams.get('unStatus') ?? '';
  const unStatus = (unStatuses as readonly string[]).includes(rawStatus)
    ? (rawStatus as UnStatus)
    : undefined;
  const regions = await listRegions();
  const region = rawRegion ? regions.find((r) => r.id.toUpperCase() === rawRegion.toUpperCase()) : undefined;
  const { items } = await listCountries({ region: region?.id, unStatus, q: q || undefined, locale });
  return {
    filters: {
      q,
      region: region?.id ?? '',
      unStatus: unStatus ?? '',
      unknownRegion: Boolean(rawRegion && !region),
    },
    regions: regions.filter((r) => r.memberCount > 0).map((r) => ({ id: r.id, kind: r.kind, name: r.name })),
    countries: items.map((c) => ({
      iso3: c.iso3,
      name: c.name,
      unStatus: c.unStatus,
      regionId: c.regionId,
      subregionId: c.subregionId,
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.countries.title'),
    description: i18n.t('reference.countries.intro'),
  }));

export default function Countries({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const href = useHref();
  const { filters, regions, countries } = loaderData;
  const regionNames = new Map(regions.map((r) => [r.id, r.name]));
  const other = locale === 'ar' ? 'en' : 'ar';
  const filtered = Boolean(filters.q || filters.region || filters.unStatus);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.countries.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.countries.intro')}</p>

      <Form
        method="get"
        action={href('/countries')}
        className="mt-6 grid gap-x-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="mb-4">
          <label htmlFor="countries-q" className="block font-medium">
            {t('reference.countries.search')}
          </label>
          <input
            id="countries-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            dir="auto"
            maxLength={100}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <div className="mb-4">
          <label htmlFor="countries-region" className="block font-medium">
            {t('reference.countries.region')}
          </label>
          <select
            id="countries-region"
            name="region"
            defaultValue={filters.region}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('reference.countries.allRegions')}</option>
            {regionKinds.map((kind) => (
              <optgroup key={kind} label={t(`reference.regions.kind.${kind}`)}>
                {regions
                  .filter((r) => r.kind === kind)
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name[locale] ?? r.name[other] ?? r.id}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="mb-4">
          <label htmlFor="countries-status" className="block font-medium">
            {t('reference.countries.unStatus')}
          </label>
          <select
            id="countries-status"
            name="unStatus"
            defaultValue={filters.unStatus}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('reference.countries.allStatuses')}</option>
            {unStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`reference.unStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-4 flex items-end gap-3">
          <SubmitButton>{t('reference.countries.apply')}</SubmitButton>
          {filtered ? <Link to={href('/countries')}>{t('reference.countries.clear')}</Link> : null}
        </div>
      </Form>

      {filters.unknownRegion ? (
        <FormAlert tone="info">{t('reference.countries.unknownRegion')}</FormAlert>
      ) : null}
      <p className="mt-4" role="status">
        {t('reference.countries.count', { count: countries.length })}
      </p>

      {countries.length ? (
        <div className="mt-2 relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start">
            <caption className="sr-only">{t('reference.countries.title')}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-start">
                <th scope="col" className="p-2 text-start">
                  {t('reference.countries.name')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reference.country.iso3')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reference.countries.unStatus')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reference.country.region')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reference.country.subregion')}
                </th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.iso3} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link to={href(`/countries/${c.iso3}`)} className="font-medium">
                      <TranslatedText value={c.name} />
                    </Link>
                    {c.name[other] ? (
                      <span className="ms-2 text-sm text-slate-600">
                        <bdi lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                          {c.name[other]}
                        </bdi>
                      </span>
                    ) : null}
                  </th>
                  <td className="p-2">
                    <bdi dir="ltr">{c.iso3}</bdi>
                  </td>
                  <td className="p-2">{t(`reference.unStatus.${c.unStatus}`)}</td>
                  <td className="p-2">
                    {c.regionId ? <TranslatedText value={regionNames.get(c.regionId)} /> : null}
                  </td>
                  <td className="p-2">
                    {c.subregionId ? <TranslatedText value={regionNames.get(c.subregionId)} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2">{t('reference.countries.none')}</p>
      )}
    </>
  );
}
