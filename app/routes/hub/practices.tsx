import { Form, Link } from 'react-router';
import { practiceStages } from '#db/schema/hub-practice-values';
import {
  listPractices,
  type PracticeFilters,
  practicePageSize,
} from '~/modules/hub/practices/list-practices.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { SelectField, SubmitButton, TextField } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/practices';
import { ListPager, ObjectiveFilter, ReferenceFilter } from './hub-fields';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const pick = <T extends string>(value: string | null, allowed: readonly T[]) =>
  allowed.find((a) => a === value);
const languages = ['ar', 'en'] as const;

/**
 * The repository of practices: approved practices, promising first, browsable by objective, guiding
 * principle, country or region, stage, the promising mark and language, with a text filter and pages.
 * An unknown filter value is ignored.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const reference = await hubReference();
  const url = new URL(request.url);
  const get = (k: string) => url.searchParams.get(k);
  const filters: PracticeFilters = {
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
    stage: pick(get('stage'), practiceStages),
    promising: get('promising') === 'true' ? true : undefined,
    language: pick(get('language'), languages),
    q: get('q')?.trim().slice(0, 200) || undefined,
  };
  const page = Math.max(1, Math.min(500, Number(get('page')) || 1));
  const result = await listPractices({ filters, offset: (page - 1) * practicePageSize });
  return { ...result, filters, page, pageSize: practicePageSize, reference };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('hub-practices.list.title'),
    description: i18n.t('hub-practices.list.intro'),
  }));

export default function Practices({ loaderData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const { items, total, filters, page, pageSize, reference } = loaderData;
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-practices.list.title')}</h1>
      <p className="mt-1 text-slate-700">{t('hub-practices.list.intro')}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <Link to={href('/hub/practices/new')}>{t('hub-practices.submit.title')}</Link>
        <Link to={href('/hub/calls')}>{t('hub-practices.calls.title')}</Link>
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <Form
          method="get"
          className="rounded border border-slate-300 p-3"
          aria-label={t('hub-practices.list.filters')}
        >
          <TextField
            label={t('hub-practices.list.q')}
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
          />
          <ObjectiveFilter
            label={t('hub-practices.list.objective')}
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub-practices.list.principle')}
            name="principle"
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub-practices.list.region')}
            name="region"
            reference={reference}
            filters={filters}
          />
          <ReferenceFilter
            label={t('hub-practices.list.country')}
            name="country"
            reference={reference}
            filters={filters}
          />
          <SelectField label={t('hub-practices.list.stage')} name="stage" defaultValue={filters.stage ?? ''}>
            <option value="">{t('hub.all')}</option>
            {practiceStages.map((s) => (
              <option key={s} value={s}>
                {t(`hub-practices.stage.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('hub-practices.list.language')}
            name="language"
            defaultValue={filters.language ?? ''}
          >
            <option value="">{t('hub.all')}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`hub.lang.${l}`)}
              </option>
            ))}
          </SelectField>
          <label className="mb-4 flex items-start gap-2">
            <input
              type="checkbox"
              name="promising"
              value="true"
              defaultChecked={filters.promising}
              className="mt-1"
            />
            <span>{t('hub-practices.list.promisingOnly')}</span>
          </label>
          <SubmitButton>{t('hub-practices.list.apply')}</SubmitButton>
        </Form>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-lg font-semibold">
            {t('content.type.hub_practice.count', { count: total })}
          </h2>
          {items.length === 0 ? <p className="mt-2">{t('hub-practices.list.none')}</p> : null}
          <ul className="mt-3 space-y-4">
            {items.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3">
                <Link to={href(`/hub/practices/${p.id}`)} className="text-lg font-medium">
                  <TranslatedText value={p.title} />
                </Link>
                {p.promising ? (
                  <span className="ms-2 rounded bg-green-100 px-2 text-sm text-green-900">
                    {t('hub-practices.promising')}
                  </span>
                ) : null}
                {p.isSample ? <SampleBadge /> : null}
                <p className="text-sm text-slate-700">
                  {t(`hub-practices.stage.${p.stage}`)}
                  {t('hub.listSeparator')}
                  <bdi>{p.implementers}</bdi>
                  {t('hub.listSeparator')}
                  {t('hub-practices.page.periodSince', { start: date(new Date(`${p.startDate}T00:00:00Z`)) })}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {p.objectives
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
