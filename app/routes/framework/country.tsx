import { data } from 'react-router';
import { taggedHubItems } from '~/modules/hub/tagged-hub-items.server';
import { presentSummaries } from '~/modules/indicators/indicator-presenter';
import { summariseIndicators } from '~/modules/indicators/indicator-records.server';
import { getCountry } from '~/modules/reference/get-country.server';
import { guardPublic } from '~/permissions/guard.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { ContentCounts } from '~/ui/content-counts';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { CountryCoverage } from '../coverage/country-coverage';
import { TaggedHubItems } from '../hub/tagged-hub-items';
import { CountryIndicators } from '../indicators/indicator-summaries';
import type { Route } from './+types/country';
import { countryProfile } from './country-profile.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const country = await getCountry({ iso3: params.iso3 });
  if (!country) throw data({ code: 'notFound' }, { status: 404 });
  const [{ hasPlan, ...profile }, indicators, hub] = await Promise.all([
    countryProfile(country.iso3),
    summariseIndicators({ countryIso3: country.iso3 }),
    taggedHubItems({ scope: { country: country.iso3 } }),
  ]);
  return {
    hub,
    indicators: presentSummaries(indicators),
    // The link's text is translated here: country pages do not load the plans message namespace.
    planLink: hasPlan ? serverI18n(isLocale(params.lang) ? params.lang : 'ar').t('plans.countryLink') : null,
    // The profile: pledges, coverage by objective and the newest public items about the country.
    ...profile,
    country: {
      iso3: country.iso3,
      iso2: country.iso2,
      m49: country.m49,
      name: country.name,
      officialName: country.officialName,
      unStatus: country.unStatus,
      memberships: country.memberships,
    },
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.country.name).text,
          description: i18n.t('reference.country.metaDescription', {
            name: i18n.pick(loaderData.country.officialName).text,
          }),
        })
      : null,
  );

export default function Country({ loaderData }: Route.ComponentProps) {
  const { t, locale, number, date } = useI18n();
  const href = useHref();
  const { country: c } = loaderData;
  const other = locale === 'ar' ? 'en' : 'ar';
  const m49 = c.memberships.filter((m) => m.kind === 'm49_region' || m.kind === 'm49_subregion');
  const groupings = c.memberships.filter((m) => !(m.kind === 'm49_region' || m.kind === 'm49_subregion'));
  return (
    <article aria-labelledby="country-title">
      <Breadcrumbs
        items={[
          { to: href('/countries'), label: t('reference.countries.title') },
          { label: c.name[locale] ?? c.iso3 },
        ]}
      />
      <h1 id="country-title" className="text-3xl font-bold">
        <TranslatedText value={c.name} />
      </h1>
      {c.name[other] ? (
        <p className="mt-1 text-slate-600">
          <bdi lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
            {c.name[other]}
          </bdi>
        </p>
      ) : null}

      <dl className="mt-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4">
        {/* Only protocol names differ from the common name (CLDR has no official names). */}
        {c.officialName.ar !== c.name.ar || c.officialName.en !== c.name.en ? (
          <>
            <dt className="font-medium">{t('reference.country.officialName')}</dt>
            <dd>
              <TranslatedText value={c.officialName} />
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t('reference.countries.unStatus')}</dt>
        <dd>{t(`reference.unStatus.${c.unStatus}`)}</dd>
        <dt className="font-medium">{t('reference.country.iso3')}</dt>
        <dd>
          <bdi dir="ltr">{c.iso3}</bdi>
        </dd>
        <dt className="font-medium">{t('reference.country.iso2')}</dt>
        <dd>
          <bdi dir="ltr">{c.iso2}</bdi>
        </dd>
        <dt className="font-medium">{t('reference.country.m49')}</dt>
        <dd>
          <bdi dir="ltr">{c.m49}</bdi>
        </dd>
        {m49.map((m) => (
          <div key={m.id} className="contents">
            <dt className="font-medium">
              {t(m.kind === 'm49_region' ? 'reference.country.region' : 'reference.country.subregion')}
            </dt>
            <dd>
              <Link to={href(`/regions/${m.id}`)}>
                <TranslatedText value={m.name} />
              </Link>
            </dd>
          </div>
        ))}
      </dl>

      {loaderData.planLink ? (
        <p className="mt-6">
          <Link to={href(`/plans/${c.iso3}`)} className="font-medium">
            {loaderData.planLink}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="country-instruments" className="mt-8">
        <h2 id="country-instruments" className="text-xl font-bold">
          {t('instruments.country.title')}
        </h2>
        <ul className="mt-2 space-y-2">
          <li data-testid="champion-status">
            {loaderData.champion ? (
              <Link to={href(`/champions/${c.iso3}`)} className="font-medium">
                {loaderData.champion.joinedOn
                  ? t('instruments.country.championSince', { date: date(loaderData.champion.joinedOn) })
                  : t('instruments.country.champion')}
              </Link>
            ) : (
              t('instruments.country.notChampion')
            )}
          </li>
          <li>
            {loaderData.network ? (
              <Link to={`${href('/networks')}#network-${loaderData.network.slug}`}>
                <TranslatedText value={loaderData.network.name} />
              </Link>
            ) : (
              t('instruments.country.noNetwork')
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="country-groupings" className="mt-8">
        <h2 id="country-groupings" className="text-xl font-bold">
          {t('reference.country.groupings')}
        </h2>
        {groupings.length ? (
          <ul className="mt-2 space-y-2">
            {groupings.map((m) => (
              <li key={m.id}>
                <Link to={href(`/regions/${m.id}`)}>
                  <TranslatedText value={m.name} />
                </Link>
                <span className="ms-2 text-sm text-slate-600">{t(`reference.regionKind.${m.kind}`)}</span>
                {m.note ? (
                  <p className="text-sm text-slate-600">
                    {t('reference.country.membershipNote')}{' '}
                    <bdi dir="ltr" lang="en">
                      {m.note}
                    </bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('reference.country.noGroupings')}</p>
        )}
      </section>

      <section aria-labelledby="country-pledges" className="mt-8">
        <h2 id="country-pledges" className="text-xl font-bold">
          {t('pledges.summary.countryTitle')}
        </h2>
        <dl className="mt-2 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt>{t('pledges.summary.byState')}</dt>
          <dd className="font-bold">{number(loaderData.pledges.byState)}</dd>
          <dt>{t('pledges.summary.tagged')}</dt>
          <dd className="font-bold">{number(loaderData.pledges.tagged)}</dd>
        </dl>
        <p className="mt-2">
          <Link to={`${href('/pledges')}?country=${c.iso3}`}>
            {t('pledges.summary.country', { count: loaderData.pledges.total })}
          </Link>
        </p>
      </section>

      <div className="mt-8">
        <ContentCounts counts={loaderData.counts} headingId="country-content" />
      </div>

      <div className="mt-8">
        <TaggedHubItems
          items={loaderData.hub}
          counts={loaderData.counts.byType}
          filter={{ name: 'country', value: c.iso3 }}
          headingId="country-hub"
        />
      </div>

      <CountryIndicators summaries={loaderData.indicators} />

      <CountryCoverage iso3={c.iso3} byObjective={loaderData.byObjective} latest={loaderData.latest} />

      <p className="mt-8 text-sm">
        <a href={`/api/v1/countries/${c.iso3}`}>{t('reference.openData')}</a>
      </p>
    </article>
  );
}
