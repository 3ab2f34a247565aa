import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { pledgeForms, pledgeKinds, pledgerCategories } from '#db/schema/pledge-values';
import { listPledges, parsePledgeFilters, pledgeListCountLimit } from '~/modules/pledges/list-pledges.server';
import {
  freshnessValues,
  type PledgeFilters,
  pledgeFilterFields,
  pledgeSorts,
  publicPledgeStatuses,
} from '~/modules/pledges/pledge-filters';
import { guardPublic } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import { sortByText } from '~/platform/i18n/collation';
import { isLocale } from '~/platform/i18n/locales';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/registry';
import { FreshnessBadge, ObjectiveNumber, PledgeStatusBadge } from './registry-badges';
import { choicesOf, registryReference } from './registry-reference.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const pageSize = 20;

/** The query string of a filter set (defaults left out), for pagination and export links. */
function queryOf(filters: PledgeFilters, extra: Record<string, string | number> = {}) {
  const params = new URLSearchParams();
  for (const field of pledgeFilterFields) {
    const value = filters[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  return params.toString();
}

/** Matches are counted up to this many; past it the page says "more than 1,000". */
const countLimit = pledgeListCountLimit;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const reference = await registryReference();
  const parsed = parsePledgeFilters(url.searchParams, choicesOf(reference));
  const filters = parsed.filters;
  const rawPage = Number(url.searchParams.get('page') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 10_000 ? rawPage : 1;
  // One query: the page, the capped count, whether another page follows, and the imported badges.
  const { items, total, totalCapped, hasMore } = await listPledges({
    filters,
    locale,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    countLimit,
    withImported: true,
  });
  return {
    filters,
    invalidField: parsed.ok ? null : parsed.field,
    reference,
    page,
    pages: totalCapped ? null : Math.max(1, Math.ceil(total / pageSize)),
    hasNext: hasMore,
    total,
    totalCapped,
    countLimit,
    query: queryOf(filters),
    canImport: can(viewer.subject, 'pledges.review'),
    items: items.map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status,
      kind: i.kind,
      pledgerName: i.pledger.name,
      pledgerCategory: i.pledgerCategory,
      objectives: i.objectives,
      freshness: i.freshness,
      isSample: i.isSample,
      imported: i.imported ?? false,
      publishedAt: i.publishedAt ? new Date(i.publishedAt).toISOString() : null,
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('pledges-registry.title'),
    description: i18n.t('pledges-registry.intro'),
  }));

const fieldClass = 'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2';

function Select({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        <option value="">{t('pledges-registry.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function Registry({ loaderData }: Route.ComponentProps) {
  const { t, locale, number, date } = useI18n();
  const href = useHref();
  const { filters, reference, items, total, totalCapped, page, pages, hasNext, query, invalidField } =
    loaderData;
  const other = locale === 'ar' ? 'en' : 'ar';
  const nameOf = (name: Translated, fallback: string) => name[locale] ?? name[other] ?? fallback;
  const byName = <T extends { key: string | number; name: Translated }>(list: T[]) =>
    sortByText(
      list.map((x) => ({ value: String(x.key), label: nameOf(x.name, String(x.key)) })),
      locale,
      (o) => o.label,
    );
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: thisYear - 2018 + 1 }, (_, i) => String(thisYear - i));
  const filtered = pledgeFilterFields.some((f) => f !== 'sort' && filters[f] !== undefined);
  const search = query ? `?${query}` : '';
  const pageLink = (n: number) => `${href('/pledges')}?${queryOf(filters, n > 1 ? { page: n } : {})}`;

  return (
    <>
      <h1 className="text-3xl font-bold">{t('pledges-registry.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('pledges-registry.intro')}</p>
      {loaderData.canImport ? (
        <p className="mt-2">
          <Link to={href('/pledges/import')}>{t('pledges-import.registry.link')}</Link>
        </p>
      ) : null}

      {/* On a phone the eleven fields wait behind a "filters" disclosure (open when some filter is
          set); from the lg breakpoint they are always shown and the summary is hidden. */}
      <details open={filtered} className="mt-6 lg:[&::details-content]:[content-visibility:visible]">
        <summary className="cursor-pointer rounded border border-slate-300 bg-white px-4 py-2 font-medium lg:hidden">
          {t('pledges-registry.filters')}
        </summary>
        <Form
          method="get"
          action={href('/pledges')}
          className="mt-2 grid gap-x-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:mt-0 lg:grid-cols-4"
          aria-label={t('pledges-registry.filters')}
        >
          <div className="mb-4 sm:col-span-2">
            <label htmlFor="pledges-q" className="block font-medium">
              {t('pledges-registry.filter.q')}
            </label>
            <input
              id="pledges-q"
              type="search"
              name="q"
              defaultValue={filters.q ?? ''}
              dir="auto"
              maxLength={100}
              className={fieldClass}
            />
          </div>
          <Select
            id="pledges-objective"
            name="objective"
            label={t('pledges-registry.filter.objective')}
            value={filters.objective ? String(filters.objective) : ''}
            options={reference.objectives.map((o) => ({
              value: String(o.key),
              label: t('pledges-registry.objectiveOption', {
                number: o.key,
                name: nameOf(o.name, String(o.key)),
              }),
            }))}
          />
          <Select
            id="pledges-principle"
            name="principle"
            label={t('pledges-registry.filter.principle')}
            value={filters.principle ?? ''}
            options={reference.principles.map((p) => ({ value: p.key, label: nameOf(p.name, p.key) }))}
          />
          <Select
            id="pledges-country"
            name="country"
            label={t('pledges-registry.filter.country')}
            value={filters.country ?? ''}
            options={byName(reference.countries)}
          />
          <Select
            id="pledges-region"
            name="region"
            label={t('pledges-registry.filter.region')}
            value={filters.region ?? ''}
            options={reference.regions.map((r) => ({ value: r.key, label: nameOf(r.name, r.key) }))}
          />
          {/* The API's older pledgerType (stakeholder categories) still filters; the page offers categories. */}
          {filters.pledgerType ? (
            <input type="hidden" name="pledgerType" value={filters.pledgerType} />
          ) : null}
          <Select
            id="pledges-pledger-category"
            name="pledgerCategory"
            label={t('pledges-registry.filter.pledgerCategory')}
            value={filters.pledgerCategory ?? ''}
            options={pledgerCategories.map((c) => ({ value: c, label: t(`pledges.category.${c}`) }))}
          />
          <Select
            id="pledges-form"
            name="form"
            label={t('pledges-registry.filter.form')}
            value={filters.form ?? ''}
            options={pledgeForms.map((f) => ({ value: f, label: t(`pledges-registry.form.${f}`) }))}
          />
          <Select
            id="pledges-kind"
            name="kind"
            label={t('pledges-registry.filter.kind')}
            value={filters.kind ?? ''}
            options={pledgeKinds.map((k) => ({ value: k, label: t(`pledges-registry.kind.${k}`) }))}
          />
          <Select
            id="pledges-status"
            name="status"
            label={t('pledges-registry.filter.status')}
            value={filters.status ?? ''}
            options={publicPledgeStatuses.map((s) => ({
              value: s,
              label: t(`pledges-registry.status.${s}`),
            }))}
          />
          <Select
            id="pledges-freshness"
            name="freshness"
            label={t('pledges-registry.filter.freshness')}
            value={filters.freshness ?? ''}
            options={freshnessValues.map((f) => ({ value: f, label: t(`pledges-registry.freshness.${f}`) }))}
          />
          <Select
            id="pledges-year"
            name="year"
            label={t('pledges-registry.filter.year')}
            value={filters.year ? String(filters.year) : ''}
            options={years.map((y) => ({ value: y, label: number(Number(y), { useGrouping: false }) }))}
          />
          <div className="mb-4">
            <label htmlFor="pledges-sort" className="block font-medium">
              {t('pledges-registry.filter.sort')}
            </label>
            <select
              id="pledges-sort"
              name="sort"
              defaultValue={filters.sort ?? 'relevance'}
              className={fieldClass}
            >
              {pledgeSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`pledges-registry.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="mb-4 flex items-end gap-3">
            <SubmitButton>{t('pledges-registry.apply')}</SubmitButton>
            {filtered ? <Link to={href('/pledges')}>{t('pledges-registry.clear')}</Link> : null}
          </div>
        </Form>
      </details>

      {invalidField ? (
        <FormAlert tone="info">
          {t('pledges-registry.invalidFilter', { field: t(`pledges-registry.filter.${invalidField}`) })}
        </FormAlert>
      ) : null}

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status">
          {totalCapped
            ? t('pledges-registry.countMore', { count: loaderData.countLimit })
            : t('pledges-registry.count', { count: total })}
        </p>
        {/* The reader's exports speak the page's language; the API's keep codes and stable columns. */}
        <div className="text-sm">
          <p className="flex gap-3">
            <span>{t('pledges-registry.export.label')}</span>
            <a href={`${href('/pledges/export.csv')}${search}`} download>
              {t('pledges-registry.export.csv')}
            </a>
            <a href={`${href('/pledges/export.xlsx')}${search}`} download>
              {t('pledges-registry.export.xlsx')}
            </a>
          </p>
          <p className="mt-1 flex gap-3">
            <span>{t('pledges-registry.export.programs')}</span>
            <a href={`/api/v1/pledges.csv${search}`} download>
              {t('pledges-registry.export.programs.csv')}
            </a>
            <a href={`/api/v1/pledges${search}`}>{t('pledges-registry.export.json')}</a>
          </p>
        </div>
      </div>

      {items.length ? (
        <ul className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link to={href(`/pledges/${item.id}`)}>
                  <TranslatedText value={item.title} />
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t('pledges-registry.pledgedBy')} <TranslatedText value={item.pledgerName} />
                {item.pledgerCategory ? (
                  <span className="ms-2 rounded bg-slate-100 px-2 text-sm">
                    {t(`pledges.category.${item.pledgerCategory}`)}
                  </span>
                ) : null}
                {item.publishedAt ? (
                  <span className="ms-3">
                    {t('pledges-registry.publishedOn', {
                      date: date(item.publishedAt, { dateStyle: 'medium' }),
                    })}
                  </span>
                ) : null}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <span className="sr-only">{t('pledges-registry.objectivesLabel')}</span>
                {item.objectives.map((n) => (
                  <ObjectiveNumber key={n} number={n} />
                ))}
                <PledgeStatusBadge status={item.status} />
                {item.freshness ? <FreshnessBadge freshness={item.freshness} /> : null}
                <span className="text-sm text-slate-700">{t(`pledges-registry.kind.${item.kind}`)}</span>
                {item.imported ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800">
                    {t('pledges-import.badge.imported')}
                  </span>
                ) : null}
                {item.isSample ? (
                  <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900">
                    {t('common.sampleData')}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">{t('pledges-registry.none')}</p>
      )}

      {page > 1 || hasNext ? (
        <nav aria-label={t('pledges-registry.pager.label')} className="mt-6 flex items-center gap-4">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t('pledges-registry.pager.previous')}
            </Link>
          ) : null}
          <span>
            {pages === null
              ? t('pledges-registry.pager.page', { page })
              : t('pledges-registry.pager.status', { page, pages })}
          </span>
          {hasNext ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t('pledges-registry.pager.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
