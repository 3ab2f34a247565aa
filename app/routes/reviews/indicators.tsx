import { Link, redirect } from 'react-router';
import { latestReportingYear } from '~/modules/indicators/indicator-rules';
import { breakdownText, formatIndicatorValue } from '~/modules/indicators/indicator-tables';
import { checkReviewEditorsMayAct } from '~/modules/reviews/authoring/review-guards.server';
import {
  getReviewIndicators,
  reportReviewIndicatorValue,
} from '~/modules/reviews/authoring/review-indicators.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import { IndicatorValueEditor } from '../indicators/value-form';
import type { Route } from './+types/indicators';
import { noticeOf } from './authoring.server';
import { Notice, ReviewTabs } from './authoring-ui';

const notices = ['valueSaved'] as const;

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
  throw redirect(`/${langOf(params)}/reviews/${params.reviewId}/indicators?${query}#values`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.indicators.title') }));

export default function ReviewIndicators({ loaderData, actionData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, number } = i18n;
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
      {loaderData.notice ? <Notice>{t('reviews-edit.indicators.saved')}</Notice> : null}
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
      <section aria-labelledby="values" className="mt-8">
        <h2 id="values" className="text-xl font-bold">
          {t('reviews-edit.indicators.reported')}
        </h2>
        {values.length ? (
          <TableScroll>
            <table className="min-w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.name')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.csv.year')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.page.breakdown')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.csv.value')}
                  </th>
                  {loaderData.canEdit ? (
                    <th scope="col" className="p-2 text-start">
                      {t('indicators.report.actions')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {values.map((row) => (
                  <tr key={row.id} className="border-t border-slate-200">
                    <td className="p-2">
                      <bdi dir="ltr">{row.code}</bdi> <TranslatedText value={row.name} />
                    </td>
                    <td className="p-2">{number(row.year, { useGrouping: false })}</td>
                    <td className="p-2">{breakdownText(i18n, row.disaggregation)}</td>
                    <td className="p-2">{formatIndicatorValue(i18n, row.unit, row.value)}</td>
                    {loaderData.canEdit ? (
                      <td className="p-2">
                        <Link
                          to={`${page}?indicator=${encodeURIComponent(row.code)}&edit=${row.id}#value-form`}
                        >
                          {t('indicators.report.correct')}
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p className="mt-3 text-slate-700">{t('indicators.report.none')}</p>
        )}
      </section>
    </>
  );
}
