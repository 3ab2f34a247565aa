import { Form, Link } from 'react-router';
import { getCountryPlans } from '~/modules/plans/get-country-plans.server';
import { listPlans, parsePlanFilters } from '~/modules/plans/list-plans.server';
import { loadPlanContents } from '~/modules/plans/plan-contents.server';
import { planFilterChoices } from '~/modules/plans/plan-filter-choices.server';
import { keptCountries } from '~/modules/plans/plan-policy';
import { guardPublic } from '~/permissions/guard.server';
import { sortByName } from '~/platform/i18n/collation';
import { getDb } from '~/platform/platform.server';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/index';
import { PlanStatusBadge, ProgressMeter } from './plan-badges';
import { planReference } from './plan-reference.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The countries with a published national implementation plan (each country's current plan),
 * filtered by region, with how far each has come. Focal points also see their own country's plan,
 * draft or not, with the way to keep it.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const [reference, choices] = await Promise.all([planReference(), planFilterChoices()]);
  const parsed = parsePlanFilters(
    new URLSearchParams({ region: url.searchParams.get('region') ?? '' }),
    choices,
  );
  const region = parsed.filters.region;
  const { items } = await listPlans({ filters: { region, currentOnly: true } });
  const contents = await loadPlanContents(
    getDb(),
    items.map((p) => p.id),
  );
  const own = (
    await Promise.all(
      keptCountries(viewer.subject).map(async (iso3) => {
        // A scope naming no known country shows nothing rather than failing the page.
        const found = await getCountryPlans({ subject: viewer.subject, iso3 }).catch(() => null);
        if (!found) return null;
        const newest = found.plans[0];
        return {
          iso3: found.country.iso3,
          name: found.country.name,
          plan: newest ? { title: newest.title, status: newest.status } : null,
        };
      }),
    )
  ).filter((c) => c !== null);
  return {
    region: region ?? '',
    invalidRegion: !parsed.ok,
    regions: reference.regions,
    own,
    plans: items.map((p) => {
      const summary = contents.get(p.id)!.summary;
      return {
        id: p.id,
        iso3: p.countryIso3,
        countryName: p.countryName,
        title: p.title,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        actions: summary.actions,
        completed: summary.byStatus.completed,
        progress: summary.averageProgress,
        isSample: p.isSample,
      };
    }),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('plans.index.title'),
    description: i18n.t('plans.index.intro'),
  }));

export default function PlansIndex({ loaderData }: Route.ComponentProps) {
  const { t, date, pick, locale } = useI18n();
  const href = useHref();
  const { plans, regions, region, own, invalidRegion } = loaderData;
  const day = (d: string) => date(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const sorted = sortByName(plans, locale, (p) => p.countryName);
  return (
    <article aria-labelledby="plans-title">
      <h1 id="plans-title" className="text-3xl font-bold">
        {t('plans.index.title')}
      </h1>
      <p className="mt-3 max-w-3xl">{t('plans.index.intro')}</p>

      {own.length ? (
        <section aria-labelledby="own-title" className="mt-6 rounded border border-brand-100 bg-brand-50 p-4">
          <h2 id="own-title" className="text-lg font-semibold">
            {t('plans.index.ownTitle')}
          </h2>
          <ul className="mt-2 space-y-2">
            {own.map((c) => (
              <li key={c.iso3} className="flex flex-wrap items-center gap-2">
                <TranslatedText value={c.name} className="font-medium" />
                {c.plan ? (
                  <>
                    <TranslatedText value={c.plan.title} />
                    <PlanStatusBadge status={c.plan.status} />
                    <Link to={href(`/plans/${c.iso3}`)}>{t('plans.index.view')}</Link>
                  </>
                ) : (
                  <span className="text-sm">{t('plans.index.noPlanYet')}</span>
                )}
                <Link to={href(`/plans/${c.iso3}/edit`)}>
                  {c.plan ? t('plans.index.manage') : t('plans.index.start')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Form
        method="get"
        action={href('/plans')}
        className="mt-6 flex flex-wrap items-end gap-3"
        aria-label={t('plans.index.filters')}
      >
        <div className="max-w-full">
          <label htmlFor="plans-region" className="block font-medium">
            {t('plans.index.region')}
          </label>
          <select
            id="plans-region"
            name="region"
            defaultValue={region}
            className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('plans.index.allRegions')}</option>
            {regions.map((r) => (
              <option key={r.key} value={r.key}>
                {pick(r.name).text}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton>{t('plans.index.apply')}</SubmitButton>
        {region ? <Link to={href('/plans')}>{t('plans.index.clear')}</Link> : null}
      </Form>
      {invalidRegion ? <FormAlert tone="info">{t('plans.index.invalidRegion')}</FormAlert> : null}

      <p role="status" className="mt-4">
        {t('plans.index.count', { count: sorted.length })}
      </p>
      {sorted.length ? (
        <div className="mt-3 relative overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm">
            <caption className="sr-only">{t('plans.index.tableCaption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2 text-start">
                  {t('plans.index.col.country')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('plans.index.col.plan')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('plans.index.col.period')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('plans.index.col.actions')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('plans.index.col.progress')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start font-medium">
                    <Link to={href(`/plans/${p.iso3}`)}>
                      <TranslatedText value={p.countryName} />
                    </Link>
                  </th>
                  <td className="p-2">
                    <TranslatedText value={p.title} />
                    {p.isSample ? (
                      <span className="ms-2">
                        <SampleBadge />
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2">
                    {t('plans.periodRange', { start: day(p.periodStart), end: day(p.periodEnd) })}
                  </td>
                  <td className="p-2">
                    {t('plans.index.actionsCompleted', { count: p.actions, completed: p.completed })}
                  </td>
                  <td className="p-2">
                    <ProgressMeter progress={p.progress} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3">{t('plans.index.none')}</p>
      )}
      <p className="mt-6 text-sm">
        <a href={`/api/v1/implementation-plans${region ? `?region=${encodeURIComponent(region)}` : ''}`}>
          {t('plans.index.openData')}
        </a>
      </p>
    </article>
  );
}
