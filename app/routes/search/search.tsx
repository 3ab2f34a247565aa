import { Form, Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { candidateCap, searchContent } from '~/modules/search/search-content.server';
import { loadSearchFilterChoices, parseSearchFilters } from '~/modules/search/search-filters.server';
import { maxQueryChars, type SearchFilters, searchFilterFields } from '~/modules/search/search-params';
import { guardPublic } from '~/permissions/guard.server';
import { sortByText } from '~/platform/i18n/collation';
import { isLocale } from '~/platform/i18n/locales';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Marked } from '~/ui/marked-text';
import { pageMeta } from '~/ui/page-meta';
import { registryReference } from '../pledges/registry-reference.server';
import type { Route } from './+types/search';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const pageSize = 20;

/** The query string of a search (empty values left out), for facet and page links. */
function queryOf(q: string, filters: SearchFilters, extra: Record<string, string | number | undefined> = {}) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const field of searchFilterFields) {
    const value = field in extra ? extra[field] : filters[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  if (extra.page !== undefined && Number(extra.page) > 1) params.set('page', String(extra.page));
  return params.toString();
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const parsed = parseSearchFilters(url.searchParams, await loadSearchFilterChoices());
  const q = (url.searchParams.get('q') ?? '').slice(0, maxQueryChars);
  const rawPage = Number(url.searchParams.get('page') ?? '1');
  const maxPage = Math.ceil(candidateCap / pageSize);
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= maxPage ? rawPage : 1;
  const filtered = Object.keys(parsed.filters).length > 0;
  const reference = await registryReference();
  // With neither words nor filters there is nothing to search: the page invites a query.
  const result =
    q.trim() || filtered
      ? await searchContent({
          subject: viewer.subject,
          q,
          filters: parsed.filters,
          locale,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        })
      : null;
  return {
    q,
    filters: parsed.filters,
    invalidField: parsed.ok ? null : parsed.field,
    page,
    pages: result ? Math.max(1, Math.ceil(result.total / pageSize)) : 0,
    result,
    signedIn: Boolean(viewer.user),
    reference,
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, (i18n) => ({
    title: loaderData?.q ? i18n.t('search.titleFor', { q: loaderData.q }) : i18n.t('search.title'),
    description: i18n.t('search.intro'),
  }));

const fieldClass = 'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2';

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t, locale, number } = useI18n();
  const href = useHref();
  const { q, filters, result, reference, page, pages, invalidField } = loaderData;
  const other = locale === 'ar' ? 'en' : 'ar';
  const nameOf = (name: Translated | undefined, fallback: string) =>
    name?.[locale] ?? name?.[other] ?? fallback;
  const named = (list: { key: string | number; name: Translated }[]) =>
    new Map(list.map((x) => [String(x.key), x.name]));
  const names = {
    objective: named(reference.objectives),
    principle: named(reference.principles),
    country: named(reference.countries),
    region: named(reference.regions),
  };
  const facetLabel = (field: string, key: string): string => {
    switch (field) {
      case 'type':
        return t(`content.type.${key}.other`);
      case 'objective':
        return t('search.objective', { number: Number(key), name: nameOf(names.objective.get(key), key) });
      case 'language':
        return t(`search.language.${key}`);
      case 'year':
        return number(Number(key), { useGrouping: false });
      default:
        return nameOf(names[field as 'principle' | 'country' | 'region'].get(key), key);
    }
  };
  const link = (extra: Record<string, string | number | undefined>) =>
    `${href('/search')}?${queryOf(q, filters, extra)}`;
  const facetGroups = result
    ? (['type', 'objective', 'principle', 'region', 'country', 'language', 'year'] as const)
        .map((field) => ({
          field,
          filter: (field === 'language' ? 'lang' : field) as keyof SearchFilters,
          values: Object.entries(result.facets[field])
            .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
            .slice(0, 12),
        }))
        .filter((g) => g.values.length > 0)
    : [];
  const thisYear = new Date().getUTCFullYear();

  return (
    <>
      <h1 className="text-3xl font-bold">{t('search.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('search.intro')}</p>
      <Form
        method="get"
        action={href('/search')}
        role="search"
        aria-label={t('search.formLabel')}
        className="mt-6 grid gap-x-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="mb-4 sm:col-span-2 lg:col-span-4">
          <label htmlFor="search-q" className="block font-medium">
            {t('search.q')}
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            dir="auto"
            maxLength={maxQueryChars}
            className={fieldClass}
          />
        </div>
        <FilterSelect
          id="search-type"
          name="type"
          label={t('search.filter.type')}
          value={filters.type ?? ''}
          options={contentTypeKeys.map((k) => ({ value: k, label: t(`content.type.${k}.other`) }))}
        />
        <FilterSelect
          id="search-objective"
          name="objective"
          label={t('search.filter.objective')}
          value={filters.objective ? String(filters.objective) : ''}
          options={reference.objectives.map((o) => ({
            value: String(o.key),
            label: t('search.objective', { number: o.key, name: nameOf(o.name, String(o.key)) }),
          }))}
        />
        <FilterSelect
          id="search-region"
          name="region"
          label={t('search.filter.region')}
          value={filters.region ?? ''}
          options={reference.regions.map((r) => ({ value: r.key, label: nameOf(r.name, r.key) }))}
        />
        <FilterSelect
          id="search-country"
          name="country"
          label={t('search.filter.country')}
          value={filters.country ?? ''}
          options={sortByText(
            reference.countries.map((c) => ({ value: c.key, label: nameOf(c.name, c.key) })),
            locale,
            (o) => o.label,
          )}
        />
        <FilterSelect
          id="search-principle"
          name="principle"
          label={t('search.filter.principle')}
          value={filters.principle ?? ''}
          options={reference.principles.map((p) => ({ value: p.key, label: nameOf(p.name, p.key) }))}
        />
        <FilterSelect
          id="search-lang"
          name="lang"
          label={t('search.filter.lang')}
          value={filters.lang ?? ''}
          options={(['ar', 'en'] as const).map((l) => ({ value: l, label: t(`search.language.${l}`) }))}
        />
        <FilterSelect
          id="search-year"
          name="year"
          label={t('search.filter.year')}
          value={filters.year ? String(filters.year) : ''}
          options={Array.from({ length: thisYear - 2018 + 1 }, (_, i) => String(thisYear - i)).map((y) => ({
            value: y,
            label: number(Number(y), { useGrouping: false }),
          }))}
        />
        <div className="mb-4 flex items-end gap-3">
          <SubmitButton>{t('search.submit')}</SubmitButton>
        </div>
      </Form>
      {invalidField ? (
        <FormAlert tone="info">
          {t('search.invalidFilter', { field: t(`search.filter.${invalidField}`) })}
        </FormAlert>
      ) : null}

      {result ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-4">
          <section aria-labelledby="search-results-heading" className="lg:col-span-3">
            <h2 id="search-results-heading" className="sr-only">
              {t('search.results')}
            </h2>
            <p role="status">
              {result.onlyStopWords
                ? t('search.onlyStopWords')
                : result.totalCapped
                  ? t('search.countMore', { count: result.total })
                  : t('search.count', { count: result.total })}
            </p>
            {result.expansions.length ? (
              <p className="mt-2 text-sm text-slate-700">
                {t('search.alsoSearched')}{' '}
                {result.expansions.map((e, i) => (
                  <span key={e.key}>
                    {i > 0 ? t('search.listSeparator') : null}
                    <bdi lang={e.named === 'ar' ? 'en' : 'ar'}>
                      {(e.named === 'ar' ? e.en : e.ar).join(t('search.listSeparator'))}
                    </bdi>
                    {e.objectives.map((n) => (
                      <span key={n} className="ms-1">
                        (
                        {t('search.objective', {
                          number: n,
                          name: nameOf(names.objective.get(String(n)), String(n)),
                        })}
                        )
                      </span>
                    ))}
                  </span>
                ))}
              </p>
            ) : null}
            {result.corrections.map((c) => (
              <p key={c.word} className="mt-1 text-sm text-slate-700">
                {t('search.corrected', { word: c.word, terms: c.terms.join(t('search.listSeparator')) })}
              </p>
            ))}
            {result.hits.length ? (
              <ol className="mt-4 space-y-3">
                {result.hits.map((hit) => (
                  <li key={`${hit.type}:${hit.id}`} className="rounded border border-slate-200 bg-white p-4">
                    <p className="text-sm text-slate-700">
                      {t(`content.type.${hit.type}.one`)}
                      {hit.year ? (
                        <span className="ms-2">{number(hit.year, { useGrouping: false })}</span>
                      ) : null}
                      {hit.visibility !== 'public' ? (
                        <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                          {t('search.notPublic')}
                        </span>
                      ) : null}
                    </p>
                    <h3 className="mt-1 text-lg font-semibold">
                      <Link to={href(hit.path)} lang={hit.language} dir="auto" data-user-text>
                        <Marked runs={hit.titleMarked} />
                      </Link>
                    </h3>
                    {hit.snippet.length ? (
                      <p className="mt-1 text-slate-800" lang={hit.language} dir="auto" data-user-text>
                        <Marked runs={hit.snippet} />
                      </p>
                    ) : null}
                    {hit.objectives.length ? (
                      <p className="mt-2 flex flex-wrap gap-2 text-xs">
                        <span className="sr-only">{t('search.objectivesLabel')}</span>
                        {hit.objectives.map((n) => (
                          <span key={n} className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">
                            {t('search.objectiveShort', { number: n })}
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : result.onlyStopWords ? null : (
              <p className="mt-4">{t('search.none')}</p>
            )}
            {pages > 1 ? (
              <nav aria-label={t('search.pager.label')} className="mt-6 flex items-center gap-4">
                {page > 1 ? (
                  <Link to={link({ page: page - 1 })} rel="prev">
                    {t('search.pager.previous')}
                  </Link>
                ) : null}
                <span>{t('search.pager.position', { page, pages })}</span>
                {page < pages ? (
                  <Link to={link({ page: page + 1 })} rel="next">
                    {t('search.pager.next')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
          {facetGroups.length ? (
            <aside aria-labelledby="search-facets-heading" className="lg:order-first">
              <h2 id="search-facets-heading" className="text-lg font-semibold">
                {t('search.facets')}
              </h2>
              {facetGroups.map((group) => (
                <section key={group.field} className="mt-4" aria-labelledby={`facet-${group.field}`}>
                  <h3 id={`facet-${group.field}`} className="font-medium">
                    {t(`search.facet.${group.field}`)}
                  </h3>
                  <ul className="mt-1 space-y-1 text-sm">
                    {group.values.map(([key, count]) => {
                      const active = String(filters[group.filter] ?? '') === key;
                      return (
                        <li key={key}>
                          <Link
                            to={link({ [group.filter]: active ? undefined : key })}
                            aria-current={active ? 'true' : undefined}
                            className={active ? 'font-bold' : undefined}
                          >
                            {facetLabel(group.field, key)}
                          </Link>{' '}
                          <span className="text-slate-600">({number(count)})</span>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </aside>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <div className="mb-4">
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value} className={fieldClass}>
        <option value="">{t('search.filter.any')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
