import { Form, Link } from 'react-router';
import { documentLanguages, resourceTypes } from '#db/schema/hub-values';
import {
  listResources,
  type ResourceFilters,
  resourcePageSize,
} from '~/modules/hub/resources/list-resources.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { SelectField, SubmitButton, TextField } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/resources';
import { ListPager, ObjectiveFilter, ReferenceFilter } from './hub-fields';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const pick = <T extends string>(value: string | null, allowed: readonly T[]) =>
  allowed.find((a) => a === value);

/**
 * Published resources, browsable by objective, guiding principle and geography, by type, language and
 * year, with a text filter; facet counts beside the filters. An unknown filter value is ignored.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const reference = await hubReference();
  const url = new URL(request.url);
  const get = (k: string) => url.searchParams.get(k);
  const year = Number(get('year'));
  const filters: ResourceFilters = {
    objective: parseObjectiveNumber(get('objective')) ?? undefined,
    principle: pick(
      get('principle'),
      reference.principles.map((p) => p.key),
    ),
    country: pick(
      get('country')?.toUpperCase() ?? null,
      reference.countries.map((c) => c.key),
    ),
    region: pick(
      get('region'),
      reference.regions.map((r) => r.key),
    ),
    type: pick(get('type'), resourceTypes),
    language: pick(get('language'), documentLanguages),
    year: Number.isInteger(year) && year > 1900 && year < 3000 ? year : undefined,
    q: get('q')?.trim().slice(0, 200) || undefined,
  };
  const page = Math.max(1, Math.min(500, Number(get('page')) || 1));
  const result = await listResources({ filters, offset: (page - 1) * resourcePageSize });
  return { ...result, filters, page, pageSize: resourcePageSize, reference };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('hub.resources.title'),
    description: i18n.t('hub.resources.intro'),
  }));

export default function Resources({ loaderData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const href = useHref();
  const { items, total, facets, filters, page, pageSize, reference } = loaderData;
  const count = (facet: keyof typeof facets, key: string | number) => number(facets[facet][String(key)] ?? 0);
  const years = Object.keys(facets.year).sort().reverse();
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub.resources.title')}</h1>
      <p className="mt-1 text-slate-700">{t('hub.resources.intro')}</p>
      <p className="mt-2">
        <Link to={href('/hub/resources/upload')}>{t('hub.submit.title')}</Link>
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <Form
          method="get"
          className="rounded border border-slate-300 p-3"
          aria-label={t('hub.resources.filters')}
        >
          <TextField label={t('hub.resources.q')} name="q" type="search" defaultValue={filters.q ?? ''} />
          <ObjectiveFilter
            label={t('hub.resources.objective')}
            reference={reference}
            filters={filters}
            count={(o) => facets.objective[String(o)] ?? 0}
          />
          <ReferenceFilter
            label={t('hub.resources.principle')}
            name="principle"
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub.resources.region')}
            name="region"
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub.resources.country')}
            name="country"
            reference={reference}
            filters={filters}
          />
          <SelectField label={t('hub.resources.type')} name="type" defaultValue={filters.type ?? ''}>
            <option value="">{t('hub.all')}</option>
            {resourceTypes.map((k) => (
              <option key={k} value={k}>
                {t('hub.facet', { label: t(`hub.type.${k}`), count: count('type', k) })}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('hub.resources.language')}
            name="language"
            defaultValue={filters.language ?? ''}
          >
            <option value="">{t('hub.all')}</option>
            {documentLanguages.map((l) => (
              <option key={l} value={l}>
                {t('hub.facet', { label: t(`hub.lang.${l}`), count: count('language', l) })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('hub.resources.year')} name="year" defaultValue={filters.year ?? ''}>
            <option value="">{t('hub.all')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {t('hub.facet', {
                  label: number(Number(y), { useGrouping: false }),
                  count: count('year', y),
                })}
              </option>
            ))}
          </SelectField>
          <SubmitButton>{t('hub.resources.apply')}</SubmitButton>
        </Form>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-lg font-semibold">
            {t('content.type.hub_resource.count', { count: total })}
          </h2>
          {items.length === 0 ? <p className="mt-2">{t('hub.resources.none')}</p> : null}
          <ul className="mt-3 space-y-4">
            {items.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-3">
                <Link to={href(`/hub/resources/${r.id}`)} className="text-lg font-medium">
                  <TranslatedText value={r.title} />
                </Link>
                {r.isSample ? <SampleBadge /> : null}
                <p className="text-sm text-slate-700">
                  {t(`hub.type.${r.type}`)}
                  {t('hub.listSeparator')}
                  <bdi>{r.publisher}</bdi>
                  {r.year ? (
                    <>
                      {t('hub.listSeparator')}
                      {number(r.year, { useGrouping: false })}
                    </>
                  ) : null}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {r.objectives
                    .map((o) => t('hub.objectiveShort', { number: number(o) }))
                    .join(t('hub.listSeparator'))}
                </p>
              </li>
            ))}
          </ul>
          <ListPager filters={filters} page={page} pageSize={pageSize} total={total} />
        </section>
      </div>
    </div>
  );
}
