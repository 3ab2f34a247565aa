import { redirect } from 'react-router';
import { latestReportingYear } from '~/modules/indicators/indicator-rules';
import { checkReviewEditorsMayAct } from '~/modules/reviews/authoring/review-guards.server';
import {
  deleteReviewIndicatorValue,
  getReviewIndicators,
  reportReviewIndicatorValue,
} from '~/modules/reviews/authoring/review-indicators.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import { ReportedValues } from '../indicators/reported-values';
import { IndicatorValueEditor } from '../indicators/value-form';
import type { Route } from './+types/indicators';
import { noticeOf } from './authoring.server';
import { Notice, ReviewTabs } from './authoring-ui';

const notices = ['valueSaved', 'valueDeleted'] as const;

/**
 * The national review's indicator values: its editors report, for the indicators of the review's
 * objectives, values per year and breakdown. They are the state's indicator values, shown on the
 * indicator and country pages once the review is published.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const panel = await orErrorPage(() =>
    getReviewIndicators({ subject: viewer.subject, reviewId: params.reviewId }),
  );
  const { review } = panel.loaded;
  const url = new URL(request.url);
  const byId = new Map(panel.catalogue.map((i) => [i.id, i]));
  const chosen = panel.catalogue.find((i) => i.code === url.searchParams.get('indicator')) ?? null;
  const editing = panel.values.find(
    (v) => v.id === url.searchParams.get('edit') && v.indicatorId === chosen?.id,
  );
  return {
    review: {
      id: review.id,
      title: review.title,
      status: review.status,
      submittedVersions: review.submittedVersions,
    },
    canEdit: panel.canEdit,
    latestYear: latestReportingYear(new Date()),
    catalogue: panel.catalogue.map((i) => ({ code: i.code, name: i.name })),
    chosen: chosen
      ? {
          id: chosen.id,
          code: chosen.code,
          name: chosen.name,
          unit: chosen.unit,
          disaggregations: chosen.disaggregations,
        }
      : null,
    editing: editing
      ? {
          year: String(editing.year),
          value: String(editing.value),
          disaggregation: editing.disaggregation,
          sourceNote: editing.sourceNote,
          version: String(editing.version),
        }
      : null,
    values: panel.values.flatMap((v) => {
      const indicator = byId.get(v.indicatorId);
      if (!indicator) return [];
      return [
        {
          id: v.id,
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          year: v.year,
          disaggregation: v.disaggregation,
          value: v.value,
          version: v.version,
        },
      ];
    }),
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  // Someone who may not see the review gets the page's 404 before the form is read.
  await orErrorPage(() => checkReviewEditorsMayAct({ subject: viewer.subject, reviewId: params.reviewId }));
  const form = await readForm(request, context);
  const page = `/${langOf(params)}/reviews/${params.reviewId}/indicators`;
  if (form.get('intent') === 'delete') {
    const deleted = await attemptForm(form, {
      run: (input) =>
        deleteReviewIndicatorValue({
          subject: viewer.subject,
          reviewId: params.reviewId,
          input,
          requestId: context.requestId,
        }),
    });
    if (!deleted.ok) return deleted.response;
    throw redirect(`${page}?valueDeleted=1#values`);
  }
  const done = await attemptForm(form, {
    run: (input) =>
      reportReviewIndicatorValue({
        subject: viewer.subject,
        reviewId: params.reviewId,
        input,
        requestId: context.requestId,
      }),
  });
  if (!done.ok) return done.response;
  const query = new URLSearchParams({ valueSaved: '1' });
  const code = form.get('indicatorCode');
  if (typeof code === 'string' && code) query.set('indicator', code);
  throw redirect(`${page}?${query}#values`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.indicators.title') }));

export default function ReviewIndicators({ loaderData, actionData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const href = useHref();
  const { review, chosen, editing, values } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const page = href(`/reviews/${review.id}/indicators`);
  return (
    <>
      <p className="mb-2 text-sm">
        <TranslatedText value={review.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.indicators.title')}
      </h1>
      <ReviewTabs
        reviewId={review.id}
        current="indicators"
        national={true}
        can={{ readDraft: true, versions: review.submittedVersions > 0, moderate: false }}
      />
      {loaderData.notice === 'valueSaved' ? <Notice>{t('reviews-edit.indicators.saved')}</Notice> : null}
      {loaderData.notice === 'valueDeleted' ? <Notice>{t('reviews-edit.indicators.deleted')}</Notice> : null}
      <p className="max-w-3xl">{t('reviews-edit.indicators.intro')}</p>
      {loaderData.canEdit ? (
        <IndicatorValueEditor
          catalogue={loaderData.catalogue}
          chosen={chosen}
          editing={editing}
          result={result}
          latestYear={loaderData.latestYear}
        />
      ) : (
        <p className="mt-3 text-slate-700">{t('reviews-edit.indicators.readOnly')}</p>
      )}
      <ReportedValues
        heading={t('reviews-edit.indicators.reported')}
        rows={values}
        page={page}
        canEdit={loaderData.canEdit}
        result={result}
      />
    </>
  );
}
