import { Link } from 'react-router';
import { reviewCriteria } from '#db/schema/hub-values';
import { bibtexCitation, plainCitation, risCitation } from '~/modules/hub/resources/citation';
import { getResource } from '~/modules/hub/resources/get-resource.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteBaseUrl } from '~/platform/config.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getPlatform } from '~/platform/platform.server';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/resource';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = ['submitted', 'revised'] as const;

/**
 * A resource's page: what it is, what it concerns, its file or link, a citation to copy (plain, BibTeX,
 * RIS). The submitter and the editors also see its status and, once decided, the decision with the
 * reviewers' recommendations and comments (without names). 404 to anyone who may not read it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [found, reference] = await Promise.all([
    orErrorPage(() => getResource({ subject: viewer.subject, resourceId: params.id })),
    hubReference(),
  ]);
  const notice = new URL(request.url).searchParams.get('notice');
  const r = found.resource;
  const title = r.title[r.originalLanguage] ?? r.title.ar ?? r.title.en ?? '';
  const pageUrl = `${siteBaseUrl(getPlatform().config)}/${params.lang}/hub/resources/${r.id}`;
  const cite = {
    id: r.id,
    title,
    authors: r.authors,
    publisher: r.publisher,
    publicationDate: r.publicationDate,
    url: r.url ?? pageUrl,
    type: r.type,
  };
  const named = <K,>(list: { key: K; name: { ar?: string; en?: string } }[], keys: readonly K[]) =>
    list.filter((x) => keys.includes(x.key));
  return {
    ...found,
    notice: notices.find((n) => n === notice) ?? null,
    objectives: named(reference.objectives, found.tags.objectives),
    principles: named(reference.principles, found.tags.principles),
    countries: named(reference.countries, found.tags.countries),
    regions: named(reference.regions, found.tags.regions),
    citations: { plain: plainCitation(cite), bibtex: bibtexCitation(cite), ris: risCitation(cite) },
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.resource.title).text }) : null);

export default function ResourcePage({ loaderData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const { resource: r, file, can, decision, myAssignmentId, citations, notice } = loaderData;
  const published = r.status === 'published';
  return (
    <article aria-labelledby="resource-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/resources')}>{t('hub.resources.title')}</Link>
      </p>
      {notice ? <FormAlert tone="success">{t(`hub.resource.notice.${notice}`)}</FormAlert> : null}
      <TranslatedText as="h1" value={r.title} className="mt-2 text-2xl font-bold" />
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        <span>{t(`hub.type.${r.type}`)}</span>
        {r.isSample ? <SampleBadge /> : null}
        {!published ? (
          <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">
            {t(`hub.status.${r.status}`)}
          </span>
        ) : null}
      </p>
      <TranslatedText as="p" value={r.abstract} className="mt-4 whitespace-pre-line" />
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('hub.resource.publisher')}</dt>
        <dd>
          <bdi>{r.publisher}</bdi>
        </dd>
        {r.authors.length ? (
          <>
            <dt className="font-medium">{t('hub.resource.authors')}</dt>
            <dd>
              {r.authors.map((a, i) => (
                <span key={a}>
                  {i ? t('hub.listSeparator') : null}
                  <bdi>{a}</bdi>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {r.publicationDate ? (
          <>
            <dt className="font-medium">{t('hub.resource.publicationDate')}</dt>
            <dd>{date(new Date(`${r.publicationDate}T00:00:00Z`))}</dd>
          </>
        ) : null}
        <dt className="font-medium">{t('hub.resource.languages')}</dt>
        <dd>{r.documentLanguages.map((l) => t(`hub.lang.${l}`)).join(t('hub.listSeparator'))}</dd>
        <dt className="font-medium">{t('hub.resource.objectives')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-2">
            {loaderData.objectives.map((o) => (
              <li key={o.key}>
                <Link to={href(`/hub/resources?objective=${o.key}`)}>
                  {t('hub.objectiveShort', { number: number(o.key) })}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
        {loaderData.principles.length ? (
          <>
            <dt className="font-medium">{t('hub.resource.principles')}</dt>
            <dd>
              {loaderData.principles.map((p, i) => (
                <span key={p.key}>
                  {i ? t('hub.listSeparator') : null}
                  <TranslatedText value={p.name} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t('hub.resource.scope')}</dt>
        <dd>
          {r.isGlobal ? t('hub.resource.global') : null}
          {[...loaderData.countries, ...loaderData.regions].map((c, i) => (
            <span key={c.key}>
              {i || r.isGlobal ? t('hub.listSeparator') : null}
              <TranslatedText value={c.name} />
            </span>
          ))}
        </dd>
        <dt className="font-medium">{t('hub.resource.licence')}</dt>
        <dd>{t(`hub.licence.${r.licence}`)}</dd>
      </dl>
      <section aria-labelledby="access-title" className="mt-6">
        <h2 id="access-title" className="text-xl font-semibold">
          {t('hub.resource.access')}
        </h2>
        <ul className="mt-2 list-disc ps-6">
          {file ? (
            <li>
              <a href={href(`/files/${file.id}`)}>
                {t('hub.resource.download')} <bdi>{file.originalName}</bdi>
              </a>
            </li>
          ) : null}
          {r.url ? (
            <li>
              <a href={r.url} rel="noopener noreferrer nofollow" dir="ltr">
                {r.url}
              </a>
            </li>
          ) : null}
        </ul>
        {r.extraction === 'unreadable' && (can.curate || can.edit) ? (
          <p className="mt-2 text-sm text-amber-900">{t('hub.resource.unreadable')}</p>
        ) : null}
      </section>
      {published ? (
        <section aria-labelledby="cite-title" className="mt-6">
          <h2 id="cite-title" className="text-xl font-semibold">
            {t('hub.resource.cite')}
          </h2>
          {(['plain', 'bibtex', 'ris'] as const).map((k) => (
            <div key={k} className="mt-3">
              <label htmlFor={`cite-${k}`} className="block font-medium">
                {t(`hub.resource.cite.${k}`)}
              </label>
              <textarea
                id={`cite-${k}`}
                readOnly
                dir="auto"
                rows={k === 'plain' ? 3 : 7}
                value={citations[k]}
                className="mt-1 block w-full rounded border border-slate-400 bg-slate-50 p-2 font-mono text-sm"
              />
            </div>
          ))}
        </section>
      ) : null}
      {decision ? (
        <section aria-labelledby="decision-title" className="mt-6 rounded border border-slate-300 p-4">
          <h2 id="decision-title" className="text-xl font-semibold">
            {t('hub.resource.decision')}
          </h2>
          <p className="mt-1">{t(`hub.status.${r.status}`)}</p>
          {decision.comment ? (
            <p className="mt-2 whitespace-pre-line">
              <bdi>{decision.comment}</bdi>
            </p>
          ) : null}
          <ul className="mt-3 space-y-3">
            {decision.reviews.map((rev) => (
              <li key={rev.label}>
                <p className="font-medium">
                  {t('hub.review.anonymous', { number: number(rev.label) })}:{' '}
                  {rev.recommendation ? t(`hub.recommendation.${rev.recommendation}`) : null}
                </p>
                <p className="text-sm text-slate-700">
                  {reviewCriteria
                    .map((c) => `${t(`hub.criterion.${c}`)} ${number(rev.scores[c] ?? 0)}`)
                    .join(t('hub.listSeparator'))}
                </p>
                {rev.comments ? (
                  <p className="whitespace-pre-line">
                    <bdi>{rev.comments}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-6 flex flex-wrap gap-4">
        {can.edit ? <Link to={href(`/hub/resources/${r.id}/edit`)}>{t('hub.resource.edit')}</Link> : null}
        {can.curate ? <Link to={href(`/hub/resources/${r.id}/panel`)}>{t('hub.resource.panel')}</Link> : null}
        {myAssignmentId ? (
          <Link to={href(`/hub/reviews/${myAssignmentId}`)}>{t('hub.resource.myReview')}</Link>
        ) : null}
      </p>
    </article>
  );
}
