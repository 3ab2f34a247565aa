import { Form, Link, redirect } from 'react-router';
import { reviewCriteria, reviewRecommendations, scoreMax, scoreMin } from '#db/schema/hub-values';
import { answerConflict, submitReview } from '~/modules/hub/review/answer-review.server';
import { getReviewView } from '~/modules/hub/review/get-review-view.server';
import { CONFLICT_TEXT_MAX, REVIEW_COMMENTS_MAX } from '~/modules/hub/review/review-schema';
import { guardSignedIn } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, formAlertOf, SubmitButton, valueOf as submitted, TextArea } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/review';

/**
 * A reviewer's page for one assignment: the conflict-of-interest question first, then (with no
 * conflict) the resource and the review form — a score per criterion, a recommendation, comments —
 * and after submitting, the other reviews without names.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  return orErrorPage(() => getReviewView({ subject: viewer.subject, assignmentId: params.assignmentId }));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = form.get('intent');
  const options = {
    subject: viewer.subject,
    assignmentId: params.assignmentId,
    input: formInput(form),
    requestId: context.requestId,
  };
  const answered = await attemptForm(form, () =>
    intent === 'conflict' ? answerConflict(options) : submitReview(options),
  );
  if (!answered.ok) return answered.response;
  return redirect(`/${langOf(params)}/hub/reviews/${params.assignmentId}`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('hub.review.title')}: ${i18n.pick(loaderData.resource.title).text}` })
      : null,
  );

export default function ReviewPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const href = useHref();
  const { assignment: a, resource: r, open, others } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const scores = Array.from({ length: scoreMax - scoreMin + 1 }, (_, i) => scoreMin + i);
  return (
    <article aria-labelledby="review-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/reviews')}>{t('hub.myReviews.title')}</Link>
      </p>
      <h1 id="review-title" className="mt-2 text-2xl font-bold">
        {t('hub.review.title')}
      </h1>
      <TranslatedText as="p" value={r.title} className="mt-1 text-lg" />
      <p className="text-slate-700">
        <bdi>{r.publisher}</bdi>
      </p>
      <FormAlert error={formAlertOf(result)} />
      {a.conflict === 'not_asked' && open ? (
        <Form method="post" className="mt-4" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="conflict" />
          <fieldset className="mb-4 rounded border border-slate-300 p-3">
            <legend className="px-1 font-medium">{t('hub.review.conflictQuestion')}</legend>
            <p className="text-sm text-slate-700">{t('hub.review.conflictHint')}</p>
            {(['none', 'declared'] as const).map((c) => (
              <label key={c} className="flex items-start gap-2 py-1">
                <input
                  type="radio"
                  name="conflict"
                  value={c}
                  defaultChecked={submitted(result, 'conflict') === c}
                  className="mt-1"
                />
                <span>{t(`hub.review.conflict.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <TextArea
            label={t('hub.review.conflictText')}
            name="conflictText"
            rows={3}
            maxLength={CONFLICT_TEXT_MAX}
            defaultValue={submitted(result, 'conflictText')}
            errors={errors('conflictText')}
          />
          <SubmitButton>{t('hub.review.answer')}</SubmitButton>
        </Form>
      ) : null}
      {a.conflict === 'declared' ? <FormAlert tone="info">{t('hub.review.declared')}</FormAlert> : null}
      {a.conflict === 'none' ? (
        <section aria-labelledby="resource-title" className="mt-4">
          <h2 id="resource-title" className="text-xl font-semibold">
            {t('hub.review.resource')}
          </h2>
          <TranslatedText as="p" value={r.abstract} className="mt-2 whitespace-pre-line" />
          <ul className="mt-2 list-disc ps-6">
            {r.fileId ? (
              <li>
                <a href={href(`/files/${r.fileId}`)}>{t('hub.resource.download')}</a>
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
        </section>
      ) : null}
      {a.conflict === 'none' && open ? (
        <Form method="post" className="mt-4" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="review" />
          {reviewCriteria.map((c) => (
            <fieldset key={c} className="mb-3 rounded border border-slate-300 p-3">
              <legend className="px-1 font-medium">{t(`hub.criterion.${c}`)}</legend>
              <div className="flex flex-wrap gap-4">
                {scores.map((s) => (
                  <label key={s} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name={c}
                      value={s}
                      defaultChecked={submitted(result, c) === String(s)}
                    />
                    <span>{number(s)}</span>
                  </label>
                ))}
              </div>
              {errors(c)?.map((e) => (
                <p key={e.code} className="text-sm text-red-700">
                  {t(`errors.${e.code}`)}
                </p>
              ))}
            </fieldset>
          ))}
          <fieldset className="mb-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-medium">{t('hub.review.recommendation')}</legend>
            {reviewRecommendations.map((rec) => (
              <label key={rec} className="flex items-center gap-2 py-1">
                <input
                  type="radio"
                  name="recommendation"
                  value={rec}
                  defaultChecked={submitted(result, 'recommendation') === rec}
                />
                <span>{t(`hub.recommendation.${rec}`)}</span>
              </label>
            ))}
            {errors('recommendation')?.map((e) => (
              <p key={e.code} className="text-sm text-red-700">
                {t(`errors.${e.code}`)}
              </p>
            ))}
          </fieldset>
          <TextArea
            label={t('hub.review.comments')}
            name="comments"
            rows={6}
            maxLength={REVIEW_COMMENTS_MAX}
            defaultValue={submitted(result, 'comments')}
            errors={errors('comments')}
          />
          <SubmitButton>{t('hub.review.submit')}</SubmitButton>
        </Form>
      ) : null}
      {a.submittedAt ? (
        <section aria-labelledby="done-title" className="mt-4">
          <h2 id="done-title" className="text-xl font-semibold">
            {t('hub.review.yours')}
          </h2>
          <p>{a.recommendation ? t(`hub.recommendation.${a.recommendation}`) : null}</p>
          {others.length ? (
            <>
              <h2 className="mt-4 text-xl font-semibold">{t('hub.review.others')}</h2>
              <ul className="mt-2 space-y-2">
                {others.map((o) => (
                  <li key={o.label}>
                    <p className="font-medium">
                      {t('hub.review.anonymous', { number: number(o.label) })}:{' '}
                      {o.recommendation ? t(`hub.recommendation.${o.recommendation}`) : null}
                    </p>
                    {o.comments ? (
                      <p className="whitespace-pre-line">
                        <bdi>{o.comments}</bdi>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
