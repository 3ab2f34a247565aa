import { Link } from 'react-router';
import type { Locale } from '#db/schema/columns';
import { isSectionFilled } from '~/modules/reviews/authoring/section-content';
import { receiptsOf } from '~/modules/reviews/outreach/receipts.server';
import { getReviewView } from '~/modules/reviews/workflow/get-review-view.server';
import { freeFormObjectives } from '~/modules/reviews/workflow/tag-review.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/review';
import { sectionsForReader } from './authoring.server';
import {
  ReviewAttachmentList,
  ReviewHistoryList,
  ReviewKindBadge,
  ReviewStatusBadge,
  ReviewTabs,
  ReviewText,
  useSectionTitle,
} from './authoring-ui';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const view = await orErrorPage(() => getReviewView({ subject: viewer.subject, reviewId: params.reviewId }));
  const { review, cycle } = view.loaded;
  const receivedOn = (await receiptsOf(getDb(), [review.id])).get(review.id) ?? null;
  const asked = new URL(request.url).searchParams.get('text');
  const has = (l: Locale) =>
    Boolean(view.snapshot.title[l]?.trim()) ||
    view.snapshot.sections.some((s) => s.body[l]?.trim() || s.measures[l]?.trim());
  const reader = langOf(params);
  const languages = (['ar', 'en'] as const).filter(has);
  const textLang: Locale =
    asked === 'ar' || asked === 'en' ? asked : has(reader) ? reader : review.originalLanguage;
  return {
    review: {
      id: review.id,
      kind: review.kind,
      title: review.title,
      status: review.status,
      originalLanguage: review.originalLanguage,
      publishedAt: review.publishedAt,
      isSample: review.isSample,
      freeForm: review.freeForm,
      objectives: review.freeForm ? freeFormObjectives(review) : [],
    },
    cycle: { id: cycle.id, title: cycle.title },
    receivedOn,
    regionName: view.regionName,
    countryIso3: review.countryIso3,
    countryName: view.countryName,
    organisationName: view.organisationName,
    source: view.source,
    versionNumber: view.versionNumber,
    snapshotTitle: view.snapshot.title,
    // Objectives the review leaves unanswered get no section each: the page names them once.
    sections: sectionsForReader(
      view.sections.filter((s) => s.kind !== 'objective' || isSectionFilled(s.answer)),
    ),
    notReported: view.sections
      .filter((s) => s.kind === 'objective' && !isSectionFilled(s.answer))
      .map((s) => ({ key: s.key, title: s.title, objective: s.objective, objectiveTitle: s.objectiveTitle })),
    attachments: view.attachments,
    transitions: view.transitions,
    can: view.can,
    textLang,
    languages,
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.snapshotTitle).text || i18n.t(`reviews.kind.${loaderData.review.kind}`),
          description: i18n.t(`reviews.kind.${loaderData.review.kind}`),
        })
      : null,
  );

export default function ReviewPage({ loaderData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const sectionTitle = useSectionTitle();
  const href = useHref();
  const { review, cycle, source, can, sections, attachments, transitions, textLang, languages } = loaderData;
  const day = (d: Date | string) => date(d, { dateStyle: 'long' });
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <p className="text-sm">
        <Link to={href(`/reviews/cycles/${cycle.id}`)}>
          <TranslatedText value={cycle.title} />
        </Link>
      </p>
      <h1 id="page-title" className="mt-1 text-3xl font-bold">
        <TranslatedText value={loaderData.snapshotTitle} />
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <ReviewKindBadge kind={review.kind} />
        {can.insider ? <ReviewStatusBadge status={review.status} /> : null}
        {review.isSample ? <SampleBadge /> : null}
      </div>
      {loaderData.receivedOn ? (
        <p className="mt-3 rounded border-s-4 border-sky-700 bg-sky-50 p-3 text-sky-950">
          {t('reviews-outreach.received.publicMarker', {
            date: date(loaderData.receivedOn, { dateStyle: 'long', timeZone: 'UTC' }),
          })}
        </p>
      ) : null}
      {review.kind === 'parallel' ? (
        <p className="mt-3 rounded border-s-4 border-violet-700 bg-violet-50 p-3 text-violet-950">
          {t('reviews-edit.view.parallelNote')}
        </p>
      ) : null}

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {review.kind === 'national' ? (
          <div>
            <dt className="font-medium">{t('reviews-edit.view.state')}</dt>
            <dd>
              <Link to={href(`/countries/${loaderData.countryIso3}`)}>
                <TranslatedText value={loaderData.countryName} />
              </Link>
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt className="font-medium">{t('reviews-edit.view.organisation')}</dt>
              <dd>
                <TranslatedText value={loaderData.organisationName} />
              </dd>
            </div>
            {loaderData.countryIso3 ? (
              <div>
                <dt className="font-medium">{t('reviews-edit.view.about')}</dt>
                <dd>
                  <Link to={href(`/countries/${loaderData.countryIso3}`)}>
                    <TranslatedText value={loaderData.countryName} />
                  </Link>
                </dd>
              </div>
            ) : null}
          </>
        )}
        {review.objectives.length ? (
          <div>
            <dt className="font-medium">{t('reviews-edit.view.objectives')}</dt>
            <dd>
              <ul className="flex flex-wrap gap-2">
                {review.objectives.map((n) => (
                  <li key={n}>
                    <Link to={href(`/objectives/${n}`)}>
                      {t('reviews-edit.view.objective', { number: number(n) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{t('reviews-edit.view.cycle')}</dt>
          <dd>
            <TranslatedText value={cycle.title} /> (<TranslatedText value={loaderData.regionName} />)
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t('reviews-edit.view.originalLanguage')}</dt>
          <dd>{t(`reviews-edit.lang.${review.originalLanguage}`)}</dd>
        </div>
        {review.publishedAt && review.status === 'published' ? (
          <div>
            <dt className="font-medium">{t('reviews-edit.view.publishedAt')}</dt>
            <dd>{day(review.publishedAt)}</dd>
          </div>
        ) : null}
      </dl>

      <p className="mt-6 flex flex-wrap gap-4">
        <a
          href={href(`/reviews/${review.id}/download.docx`)}
          className="rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-800"
        >
          {t('reviews-edit.view.downloadDocx')}
        </a>
      </p>

      {can.insider ? (
        <section aria-labelledby="status-title" className="mt-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="status-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.view.statusPanel')}
          </h2>
          <p className="mb-3">
            {t(`reviews-edit.view.source.${source}`, { number: number(loaderData.versionNumber ?? 0) })}
          </p>
          <ReviewTabs reviewId={review.id} current="view" can={can} national={review.kind === 'national'} />
          {transitions.length ? (
            <ReviewHistoryList transitions={transitions} />
          ) : (
            <p className="text-sm">{t('reviews-edit.view.noHistory')}</p>
          )}
        </section>
      ) : null}

      {languages.length > 1 ? (
        <nav aria-label={t('reviews-edit.view.textLanguage')} className="mt-8 flex gap-3 text-sm">
          <span>{t('reviews-edit.view.textLanguage')}</span>
          {languages.map((l) => (
            <Link
              key={l}
              to={`?text=${l}`}
              aria-current={l === textLang ? 'true' : undefined}
              className="aria-[current=true]:font-semibold aria-[current=true]:underline"
            >
              {t(`reviews-edit.lang.${l}`)}
            </Link>
          ))}
        </nav>
      ) : null}

      <div className="mt-6">
        <ReviewText sections={sections} lang={textLang} emptyLabel={t('reviews-edit.view.noAnswer')} />
      </div>
      {loaderData.notReported.length ? (
        <section aria-labelledby="not-reported-title" className="mt-8">
          <h2 id="not-reported-title" className="text-xl font-semibold">
            {t('reviews-edit.view.notReportedOn')}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {loaderData.notReported.map((s) => (
              <li key={s.key}>
                <bdi>{sectionTitle({ ...s, kind: 'objective' })}</bdi>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="files-title" className="mt-10">
        <h2 id="files-title" className="mb-2 text-xl font-semibold">
          {t('reviews-edit.attachments.title')}
        </h2>
        <ReviewAttachmentList attachments={attachments} />
      </section>
    </article>
  );
}
