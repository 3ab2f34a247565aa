import { Form, Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { reviewKinds } from '#db/schema/review-values';
import { canOpenCycles } from '~/modules/reviews/cycles/cycle-policy';
import { listCycles } from '~/modules/reviews/listing/list-cycles.server';
import {
  listPublishedReviews,
  loadReviewFilterChoices,
  publishedReviewCountries,
} from '~/modules/reviews/listing/list-published-reviews.server';
import {
  parseReviewFilters,
  type ReviewFilters,
  reviewFilterQuery,
} from '~/modules/reviews/listing/review-filters';
import { guardPublic } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import { sortByName } from '~/platform/i18n/collation';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/index';
import { CycleStatusBadge, DateRange, FilterSelect } from './cycle-ui';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const pageSize = 20;

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reviews-cycles.index.title'),
    description: i18n.t('reviews-cycles.index.intro'),
  }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const [cycles, choices, countries] = await Promise.all([
    listCycles({ subject: viewer.subject, limit: 500, offset: 0 }),
    loadReviewFilterChoices(),
    publishedReviewCountries(),
  ]);
  const parsed = parseReviewFilters(url.searchParams, choices);
  const rawPage = Number(url.searchParams.get('page') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 10_000 ? rawPage : 1;
  const reviews = await listPublishedReviews({
    filters: parsed.filters,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  // Regions in the order of their newest cycle; each region's cycles newest first.
  const regions: { id: string; name: Translated; cycles: typeof cycles.items }[] = [];
  for (const cycle of cycles.items) {
    let region = regions.find((r) => r.id === cycle.regionId);
    if (!region) {
      region = { id: cycle.regionId, name: cycle.regionName, cycles: [] };
      regions.push(region);
    }
    region.cycles.push(cycle);
  }
  return {
    regions: regions.map((r) => ({
      ...r,
      cycles: r.cycles.map(({ createdAt: _c, ...c }) => c),
    })),
    cycleChoices: cycles.items.filter((c) => c.status !== 'draft').map((c) => ({ id: c.id, title: c.title })),
    countryChoices: countries,
    filters: parsed.filters,
    invalidField: parsed.ok ? null : parsed.field,
    reviews: reviews.items.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null })),
    total: reviews.total,
    page,
    pages: Math.max(1, Math.ceil(reviews.total / pageSize)),
    canOpen: canOpenCycles(viewer.subject),
    canWrite: can(viewer.subject, 'reviews.edit', undefined, { somewhere: true }),
  };
}

export default function ReviewsIndex({ loaderData }: Route.ComponentProps) {
  const { t, pick, locale, date } = useI18n();
  const href = useHref();
  const { regions, filters, reviews, total, page, pages } = loaderData;
  const query = (f: ReviewFilters, n = 1) => {
    const q = reviewFilterQuery(f);
    const params = new URLSearchParams(q);
    if (n > 1) params.set('page', String(n));
    const s = params.toString();
    return `${href('/reviews')}${s ? `?${s}` : ''}#reviews-title`;
  };
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <h1 className="text-3xl font-bold">{t('reviews-cycles.index.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reviews-cycles.index.intro')}</p>
      <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <Link to={href('/plans')}>{t('reviews-cycles.index.plans')}</Link>
        </li>
        {loaderData.canWrite ? (
          <li>
            <Link to={href('/reviews/mine')}>{t('reviews-cycles.index.mine')}</Link>
          </li>
        ) : null}
        {loaderData.canOpen ? (
          <>
            <li>
              <Link
                to={href('/reviews/cycles/new')}
                className="rounded bg-brand-700 px-3 py-1 text-white no-underline"
              >
                {t('reviews-cycles.index.newCycle')}
              </Link>
            </li>
            <li>
              <Link to={href('/reviews/templates')}>{t('reviews-cycles.templates.title')}</Link>
            </li>
          </>
        ) : null}
      </ul>

      <section aria-labelledby="cycles-title" className="mt-8">
        <h2 id="cycles-title" className="text-2xl font-semibold">
          {t('reviews-cycles.index.cycles')}
        </h2>
        {regions.length ? (
          regions.map((region) => (
            <section key={region.id} aria-labelledby={`region-${region.id}`} className="mt-4">
              <h3 id={`region-${region.id}`} className="text-lg font-semibold">
                <TranslatedText value={region.name} />
              </h3>
              <ul className="mt-2 space-y-3">
                {region.cycles.map((c) => (
                  <li key={c.id} className="rounded border border-slate-200 bg-white p-4">
                    <h4 className="text-lg font-semibold">
                      <Link to={href(`/reviews/cycles/${c.id}`)}>
                        <TranslatedText value={c.title} />
                      </Link>
                    </h4>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <CycleStatusBadge status={c.status} />
                      {c.startsOn ? (
                        <span>
                          <DateRange from={c.startsOn} to={c.endsOn} />
                        </span>
                      ) : null}
                      <span>
                        {t('reviews-cycles.index.cycleCounts', {
                          published: c.publishedNational,
                          states: c.stateCount,
                          parallel: c.publishedParallel,
                        })}
                      </span>
                      {c.isSample ? <SampleBadge /> : null}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p className="mt-2">{t('reviews-cycles.index.noCycles')}</p>
        )}
      </section>

      <section aria-labelledby="reviews-title" className="mt-10">
        <h2 id="reviews-title" className="text-2xl font-semibold">
          {t('reviews-cycles.index.reviews')}
        </h2>
        <Form
          method="get"
          action={href('/reviews')}
          className="mt-3 grid gap-x-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
          aria-label={t('reviews-cycles.index.filters')}
        >
          <FilterSelect
            label={t('reviews-cycles.index.filter.cycle')}
            name="cycle"
            value={filters.cycle}
            options={loaderData.cycleChoices.map((c) => ({ value: c.id, label: pick(c.title).text }))}
          />
          <FilterSelect
            label={t('reviews-cycles.index.filter.country')}
            name="country"
            value={filters.country}
            options={sortByName(loaderData.countryChoices, locale, (c) => c.name).map((c) => ({
              value: c.iso3,
              label: pick(c.name).text || c.iso3,
            }))}
          />
          <FilterSelect
            label={t('reviews-cycles.index.filter.kind')}
            name="kind"
            value={filters.kind}
            options={reviewKinds.map((k) => ({ value: k, label: t(`reviews.kind.${k}`) }))}
          />
          <FilterSelect
            label={t('reviews-cycles.index.filter.objective')}
            name="objective"
            value={filters.objective}
            options={Array.from({ length: 23 }, (_, i) => ({
              value: String(i + 1),
              label: t('reviews-cycles.objectiveOption', { number: i + 1 }),
            }))}
          />
          <div className="mb-4 flex items-end gap-3">
            <SubmitButton>{t('reviews-cycles.filter.apply')}</SubmitButton>
            {filtered ? <Link to={href('/reviews')}>{t('reviews-cycles.filter.clear')}</Link> : null}
          </div>
        </Form>
        {loaderData.invalidField ? (
          <FormAlert tone="info">
            {t('reviews-cycles.index.invalidFilter', {
              field: t(`reviews-cycles.index.filter.${loaderData.invalidField}`),
            })}
          </FormAlert>
        ) : null}
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <p role="status">{t('reviews-cycles.index.count', { count: total })}</p>
          <a href={`/api/v1/reviews${reviewFilterQuery(filters) ? `?${reviewFilterQuery(filters)}` : ''}`}>
            {t('reviews-cycles.index.json')}
          </a>
        </div>
        {reviews.length ? (
          <ul className="mt-3 space-y-3">
            {reviews.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 bg-white p-4">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-medium ${r.kind === 'parallel' ? 'bg-amber-100 text-amber-900' : 'bg-sky-100 text-sky-900'}`}
                  >
                    {t(`reviews.kind.${r.kind}`)}
                  </span>
                  {r.country ? <TranslatedText value={r.country.name} /> : null}
                  {r.organisation ? <TranslatedText value={r.organisation.name} /> : null}
                  {r.isSample ? <SampleBadge /> : null}
                  {r.receivedOn ? (
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
                      {t('reviews-outreach.received.marker', {
                        date: date(r.receivedOn, { dateStyle: 'medium', timeZone: 'UTC' }),
                      })}
                    </span>
                  ) : null}
                </p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link to={href(`/reviews/${r.id}`)}>
                    <TranslatedText value={r.title} />
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-slate-700">
                  <Link to={href(`/reviews/cycles/${r.cycle.id}`)} className="underline">
                    <TranslatedText value={r.cycle.title} />
                  </Link>
                  {r.publishedAt ? (
                    <span className="ms-3">
                      {t('reviews-cycles.index.publishedOn')} <DateRange from={r.publishedAt.slice(0, 10)} />
                    </span>
                  ) : null}
                </p>
                {r.objectives.length ? (
                  <div className="mt-2 flex flex-wrap gap-1">
                    <span className="sr-only">{t('reviews-cycles.contributions.objectives')}</span>
                    {r.objectives.map((n) => (
                      <ObjectiveBadge key={n} number={n} size="sm" />
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3">{t('reviews-cycles.index.noReviews')}</p>
        )}
        {pages > 1 ? (
          <nav aria-label={t('reviews-cycles.index.pager')} className="mt-6 flex items-center gap-4">
            {page > 1 ? (
              <Link to={query(filters, page - 1)} rel="prev">
                {t('common.previous')}
              </Link>
            ) : null}
            <span>{t('reviews-cycles.index.pageStatus', { page, pages })}</span>
            {page < pages ? (
              <Link to={query(filters, page + 1)} rel="next">
                {t('common.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
