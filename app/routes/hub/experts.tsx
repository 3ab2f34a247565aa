import { Form, Link } from 'react-router';
import { expertLanguages } from '#db/schema/hub-expert-values';
import { canVetExpert } from '~/modules/hub/experts/expert-policy';
import { type ExpertFilters, expertPageSize, listExperts } from '~/modules/hub/experts/list-experts.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { SelectField, SubmitButton, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/experts';
import { ListPager, ObjectiveFilter, ReferenceFilter } from './hub-fields';
import { hubReference } from './hub-routes.server';

const pick = <T extends string>(value: string | null, allowed: readonly T[]) =>
  allowed.find((a) => a === value);

/**
 * The expert database: approved experts, searchable by objective, language, region (or a country's
 * regions) and words. Contact details are never shown: an expert's page offers a message form.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const reference = await hubReference();
  const url = new URL(request.url);
  const get = (k: string) => url.searchParams.get(k);
  const filters: ExpertFilters = {
    objective: parseObjectiveNumber(get('objective')) ?? undefined,
    language: pick(get('language'), expertLanguages),
    region: pick(
      get('region'),
      reference.regions.map((r) => r.key),
    ),
    country: pick(
      get('country')?.toUpperCase() ?? null,
      reference.countries.map((c) => c.key),
    ),
    q: get('q')?.trim().slice(0, 200) || undefined,
  };
  const page = Math.max(1, Math.min(500, Number(get('page')) || 1));
  const result = await listExperts({ filters, offset: (page - 1) * expertPageSize });
  return {
    ...result,
    filters,
    page,
    pageSize: expertPageSize,
    reference,
    signedIn: Boolean(viewer.user),
    canVet: canVetExpert(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('hub-experts.list.title'),
    description: i18n.t('hub-experts.list.intro'),
  }));

export default function Experts({ loaderData }: Route.ComponentProps) {
  const { t, pick: pickText, number, list } = useI18n();
  const href = useHref();
  const { items, total, filters, page, pageSize, reference, canVet } = loaderData;
  const regionName = (id: string) => pickText(reference.regions.find((r) => r.key === id)?.name).text || id;
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-experts.list.title')}</h1>
      <p className="mt-1 text-slate-700">{t('hub-experts.list.intro')}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <Link to={href('/hub/experts/me')}>{t('hub-experts.list.register')}</Link>
        {canVet ? <Link to={href('/hub/experts/vetting')}>{t('hub-experts.vetting.title')}</Link> : null}
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <Form
          method="get"
          className="rounded border border-slate-300 p-3"
          aria-label={t('hub-experts.list.filters')}
        >
          <TextField label={t('hub-experts.list.q')} name="q" type="search" defaultValue={filters.q ?? ''} />
          <ObjectiveFilter label={t('hub-experts.list.objective')} reference={reference} filters={filters} />
          <SelectField
            label={t('hub-experts.list.language')}
            name="language"
            defaultValue={filters.language ?? ''}
          >
            <option value="">{t('hub.all')}</option>
            {expertLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`hub-experts.lang.${l}`)}
              </option>
            ))}
          </SelectField>
          <ReferenceFilter
            label={t('hub-experts.list.region')}
            name="region"
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub-experts.list.country')}
            name="country"
            reference={reference}
            filters={filters}
          />
          <SubmitButton>{t('hub-experts.list.apply')}</SubmitButton>
        </Form>
        <section aria-labelledby="experts-results">
          <h2 id="experts-results" className="text-lg font-semibold">
            {t('content.type.hub_expert.count', { count: total })}
          </h2>
          {items.length === 0 ? <p className="mt-2">{t('hub-experts.list.none')}</p> : null}
          <ul className="mt-3 space-y-4">
            {items.map((e) => (
              <li key={e.id} className="rounded border border-slate-200 p-3">
                <Link to={href(`/hub/experts/${e.id}`)} className="text-lg font-medium">
                  <bdi>{e.name}</bdi>
                </Link>
                {e.isSample ? <SampleBadge /> : null}
                {e.organisation ? (
                  <p className="text-sm text-slate-700">
                    <bdi>{e.organisation}</bdi>
                  </p>
                ) : null}
                <TranslatedText value={e.biography} as="p" className="mt-1 line-clamp-3 text-sm" />
                <p className="mt-1 text-sm text-slate-700">
                  {list(e.objectives.map((o) => t('hub.objectiveShort', { number: number(o) })))}
                  {t('hub.listSeparator')}
                  {list(e.languages.map((l) => t(`hub-experts.lang.${l}`)))}
                  {t('hub.listSeparator')}
                  {list(e.regions.map(regionName))}
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
