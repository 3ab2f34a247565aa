import { Form, Link } from 'react-router';
import {
  contributionActors,
  contributionTypes,
  parseContributionFilters,
} from '~/modules/reviews/contributions/contribution-filters';
import { listContributions } from '~/modules/reviews/contributions/list-contributions.server';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/contributions';
import { CycleTabs, DateRange, FilterSelect } from './cycle-ui';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.contributions.title', {
            title: i18n.pick(loaderData.cycle.title).text,
          }),
          description: i18n.t('reviews-cycles.contributions.intro'),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const search = new URL(request.url).searchParams;
  const filters = parseContributionFilters(search);
  const [result, detail] = await orErrorPage(() =>
    Promise.all([
      listContributions({ subject: viewer.subject, cycleId: params.cycleId, filters }),
      getCycle({ subject: viewer.subject, cycleId: params.cycleId }),
    ]),
  );
  return {
    cycle: { id: detail.cycle.id, title: detail.cycle.title, partners: detail.cycle.partners },
    filters,
    items: result.items,
    total: result.total,
    countries: result.countries,
    objectives: result.objectives,
    canRecord: result.canRecord,
    synthesisPublished: detail.synthesisPublished,
    notice: search.has('recorded')
      ? 'recorded'
      : search.has('updated')
        ? 'updated'
        : search.has('removed')
          ? 'removed'
          : null,
    tabs: {
      outcome: detail.outcomePublished,
      synthesis: detail.synthesisPublished,
      tracker: detail.canTrack,
      edit: detail.canManage,
      outcomeEdit: detail.canTrack || detail.canManage,
    },
  };
}

const typeTones: Record<(typeof contributionTypes)[number], string> = {
  national_review: 'bg-sky-100 text-sky-900',
  parallel_review: 'bg-amber-100 text-amber-900',
  outcome: 'bg-green-100 text-green-900',
  synthesis: 'bg-green-100 text-green-900',
  consultation_summary: 'bg-slate-200 text-slate-900',
  contribution: 'bg-violet-100 text-violet-900',
};

export default function Contributions({ loaderData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { cycle, filters, items, total, countries, objectives } = loaderData;
  const filtered = Object.keys(filters).length > 0;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          { label: t('reviews-cycles.tabs.contributions') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.contributions.title', { title: pick(cycle.title).text })}
      </h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t('reviews-cycles.contributions.intro')}</p>
      <CycleTabs cycleId={cycle.id} current="contributions" show={loaderData.tabs} />
      {loaderData.notice ? (
        <p role="status" className="mb-4 rounded border-s-4 border-green-700 bg-green-50 p-3">
          {t(`reviews-cycles.contribution.${loaderData.notice}`)}
        </p>
      ) : null}
      {loaderData.canRecord ? (
        <p className="mb-4">
          <Link
            to={href(`/reviews/cycles/${cycle.id}/contributions/upload`)}
            className="rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-800"
          >
            {t('reviews-cycles.contribution.recordLink')}
          </Link>
        </p>
      ) : null}

      <Form
        method="get"
        className="grid gap-x-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
        aria-label={t('reviews-cycles.contributions.filters')}
      >
        <FilterSelect
          label={t('reviews-cycles.contributions.filter.type')}
          name="type"
          value={filters.type}
          options={contributionTypes.map((v) => ({
            value: v,
            label: t(`reviews-cycles.contributions.type.${v}`),
          }))}
        />
        <FilterSelect
          label={t('reviews-cycles.contributions.filter.actor')}
          name="actor"
          value={filters.actor}
          options={contributionActors.map((v) => ({
            value: v,
            label: t(`reviews-cycles.contributions.actor.${v}`),
          }))}
        />
        <FilterSelect
          label={t('reviews-cycles.contributions.filter.country')}
          name="country"
          value={filters.country}
          options={countries.map((c) => ({ value: c.iso3, label: pick(c.name).text || c.iso3 }))}
        />
        <FilterSelect
          label={t('reviews-cycles.contributions.filter.objective')}
          name="objective"
          value={filters.objective}
          options={objectives.map((n) => ({
            value: String(n),
            label: t('reviews-cycles.objectiveOption', { number: n }),
          }))}
        />
        <div className="mb-4 flex items-end gap-3">
          <SubmitButton>{t('reviews-cycles.filter.apply')}</SubmitButton>
          {filtered ? (
            <Link to={href(`/reviews/cycles/${cycle.id}/contributions`)}>
              {t('reviews-cycles.filter.clear')}
            </Link>
          ) : null}
        </div>
      </Form>

      <p role="status" className="mt-4">
        {t('reviews-cycles.contributions.count', { count: items.length, total })}
      </p>
      {items.length ? (
        <ul className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={item.key} id={item.key} className="rounded border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${typeTones[item.type]}`}>
                  {item.recorded
                    ? t(`reviews-cycles.contribution.kind.${item.recorded.kind}`)
                    : t(`reviews-cycles.contributions.type.${item.type}`)}
                </span>
                <span className="text-slate-700">
                  {item.actorName ? (
                    <TranslatedText value={item.actorName} />
                  ) : (
                    <TranslatedText value={cycle.partners} />
                  )}
                </span>
                {item.date ? (
                  <span className="text-slate-600">
                    <DateRange from={item.date} />
                  </span>
                ) : null}
                {item.isSample ? <SampleBadge /> : null}
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                {item.path ? (
                  <Link to={href(item.path)}>
                    {item.title.ar || item.title.en ? (
                      <TranslatedText value={item.title} />
                    ) : (
                      t(`reviews-cycles.contributions.type.${item.type}`)
                    )}
                  </Link>
                ) : (
                  <TranslatedText value={item.title} />
                )}
              </h2>
              {item.objectives.length ? (
                <div className="mt-2 flex flex-wrap gap-1">
                  <span className="sr-only">{t('reviews-cycles.contributions.objectives')}</span>
                  {item.objectives.map((n) => (
                    <ObjectiveBadge key={n} number={n} size="sm" />
                  ))}
                </div>
              ) : null}
              {item.text ? (
                <Paragraphs value={item.text} className="mt-2 max-w-3xl space-y-3 text-sm" />
              ) : null}
              {item.recorded?.files.length ? (
                <p className="mt-2 text-sm">
                  {t('reviews-cycles.contribution.files')}{' '}
                  {item.recorded.files.map((f) => (
                    <a key={f.fileId} href={href(`/files/${f.fileId}`)} className="me-3 underline">
                      <bdi>{f.name}</bdi>
                    </a>
                  ))}
                </p>
              ) : null}
              {item.recorded && loaderData.canRecord ? (
                <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                  {loaderData.synthesisPublished ? null : (
                    <span className="text-slate-600">{t('reviews-cycles.contribution.notPublicYet')}</span>
                  )}
                  <Link to={href(`/reviews/cycles/${cycle.id}/contributions/${item.recorded.id}/upload`)}>
                    {t('reviews-cycles.contribution.edit')}
                    <span className="sr-only">
                      {' '}
                      <TranslatedText value={item.title} />
                    </span>
                  </Link>
                  <Link
                    to={href(`/reviews/cycles/${cycle.id}/contributions/${item.recorded.id}/upload?remove=1`)}
                    className="text-red-800 underline"
                  >
                    {t('reviews-cycles.contribution.remove')}
                    <span className="sr-only">
                      {' '}
                      <TranslatedText value={item.title} />
                    </span>
                  </Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">{t('reviews-cycles.contributions.none')}</p>
      )}
    </article>
  );
}
