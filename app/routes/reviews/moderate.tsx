import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { commentMax } from '~/modules/reviews/authoring/section-content';
import { reviewTransitionRules } from '~/modules/reviews/review-policy';
import { getReviewView } from '~/modules/reviews/workflow/get-review-view.server';
import { moderateReview, moderationActions } from '~/modules/reviews/workflow/moderate-review.server';
import { setReviewObjectives } from '~/modules/reviews/workflow/set-review-objectives.server';
import { guard } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { parseForm, readForm, refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SubmitButton, TextArea } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/moderate';
import { sectionsForReader } from './authoring.server';
import {
  Notice,
  ReviewAttachmentList,
  ReviewHistoryList,
  ReviewKindBadge,
  ReviewStatusBadge,
  ReviewTabs,
  ReviewText,
} from './authoring-ui';
import { ObjectiveTagsForm } from './objective-tags-form';

const moderationSchema = z.object({
  action: z.enum(moderationActions),
  comment: z.string().max(commentMax).optional(),
  version: z.coerce.number().int().min(1),
});

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.moderate.title') }));

async function moderationView(request: Request, reviewId: string) {
  // Secretariats (and administrators) only; the record decides which region's.
  const viewer = await guard(request, 'reviews.moderate');
  const view = await orErrorPage(() =>
    getReviewView({ subject: viewer.subject, reviewId, text: 'submitted' }),
  );
  if (!view.can.moderate) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, view };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { view } = await moderationView(request, params.reviewId);
  const { review, cycle } = view.loaded;
  const search = new URL(request.url).searchParams;
  const done = search.has('objectivesSaved') ? 'objectives' : search.get('done');
  return {
    review: {
      id: review.id,
      kind: review.kind,
      title: review.title,
      status: review.status,
      version: review.version,
      originalLanguage: review.originalLanguage,
      submittedAt: review.submittedAt,
      freeForm: review.freeForm,
      objectivesTagged: review.objectivesTagged,
      objectivesAdded: review.objectivesAdded,
    },
    objectives: review.freeForm
      ? (await listObjectives({ withTitle: false })).items.map((o) => ({
          number: o.number,
          shortLabel: o.shortLabel,
        }))
      : [],
    cycle: { id: cycle.id, title: cycle.title },
    owner: review.kind === 'parallel' ? view.organisationName : view.countryName,
    versionNumber: view.versionNumber,
    snapshotTitle: view.snapshot.title,
    sections: sectionsForReader(view.sections),
    attachments: view.attachments,
    transitions: view.transitions,
    actions: view.can.actions.filter((a) => a !== 'submit'),
    can: view.can,
    done: ([...moderationActions, 'objectives'] as readonly string[]).includes(done ?? '') ? done : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer } = await moderationView(request, params.reviewId);
  const form = await readForm(request, context);
  if (form.get('intent') === 'objectives') {
    try {
      await setReviewObjectives({
        subject: viewer.subject,
        reviewId: params.reviewId,
        input: formInput(form),
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(form, error);
    }
    return redirect(`/${langOf(params)}/reviews/${params.reviewId}/moderate?objectivesSaved=1`);
  }
  const parsed = parseForm(form, moderationSchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  try {
    await moderateReview({
      subject: viewer.subject,
      reviewId: params.reviewId,
      action: parsed.data.action,
      comment: parsed.data.comment,
      expectedVersion: parsed.data.version,
      baseUrl: publicBaseUrl(),
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(form, error);
  }
  return redirect(`/${langOf(params)}/reviews/${params.reviewId}/moderate?done=${parsed.data.action}`);
}

export default function ModerateReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const { review, sections, transitions, actions, done, attachments } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const sent = result?.values.action;
  const taggingResult = result?.values.intent === 'objectives' ? result : undefined;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      {done ? <Notice>{t(`reviews-edit.moderate.done.${done}`)}</Notice> : null}
      <p className="text-sm text-slate-700">
        <TranslatedText value={loaderData.cycle.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.moderate.title')}
      </h1>
      <p className="text-lg">
        <TranslatedText value={loaderData.snapshotTitle} />
      </p>
      <div className="mb-4 mt-2 flex flex-wrap items-center gap-2 text-sm">
        <ReviewKindBadge kind={review.kind} />
        <ReviewStatusBadge status={review.status} />
        <TranslatedText value={loaderData.owner} />
      </div>
      <ReviewTabs
        reviewId={review.id}
        current="moderate"
        can={loaderData.can}
        national={review.kind === 'national'}
      />

      <section aria-labelledby="decide-title" className="mb-8 rounded border border-brand-700 bg-white p-4">
        <h2 id="decide-title" className="mb-2 text-xl font-semibold">
          {t('reviews-edit.moderate.decide')}
        </h2>
        {result && !taggingResult && !result.fieldErrors?.comment ? (
          <FormAlert error={result.formError} />
        ) : null}
        {actions.length === 0 ? <p>{t('reviews-edit.moderate.nothingToDo')}</p> : null}
        {actions.map((a) => {
          const needsComment = Boolean(reviewTransitionRules[a].needsComment);
          return (
            <Form key={a} method="post" noValidate className="mb-4 border-b border-slate-200 pb-4">
              <CsrfInput />
              <input type="hidden" name="action" value={a} />
              <input type="hidden" name="version" value={review.version} />
              <p className="mb-2 text-sm text-slate-700">{t(`reviews-edit.moderate.hint.${a}`)}</p>
              {needsComment ? (
                <TextArea
                  label={t('reviews-edit.moderate.comment')}
                  name="comment"
                  rows={4}
                  maxLength={commentMax}
                  required
                  defaultValue={sent === a ? String(result?.values.comment ?? '') : ''}
                  errors={
                    sent === a
                      ? (result?.fieldErrors?.comment ??
                        (result?.formError?.code === 'reviewCommentRequired'
                          ? [result.formError]
                          : undefined))
                      : undefined
                  }
                />
              ) : null}
              <SubmitButton>{t(`reviews-edit.moderate.action.${a}`)}</SubmitButton>
            </Form>
          );
        })}
      </section>

      {review.freeForm ? (
        <ObjectiveTagsForm
          as="secretariat"
          version={review.version}
          tagged={review.objectivesTagged}
          added={review.objectivesAdded}
          objectives={loaderData.objectives}
          result={taggingResult}
        />
      ) : null}

      <section aria-labelledby="version-title" className="mb-8">
        <h2 id="version-title" className="mb-1 text-xl font-semibold">
          {t('reviews-edit.moderate.version', { number: number(loaderData.versionNumber ?? 0) })}
        </h2>
        {review.submittedAt ? (
          <p className="mb-4 text-sm text-slate-700">
            {t('reviews-edit.moderate.submittedAt', {
              date: date(review.submittedAt, { dateStyle: 'long' }),
            })}
          </p>
        ) : null}
        <ReviewText
          sections={sections}
          lang={review.originalLanguage}
          headingLevel={3}
          emptyLabel={t('reviews-edit.view.noAnswer')}
        />
        <h3 className="mt-8 text-lg font-semibold">{t('reviews-edit.attachments.title')}</h3>
        <ReviewAttachmentList attachments={attachments} />
      </section>

      <section aria-labelledby="history-title" className="mb-10">
        <h2 id="history-title" className="mb-2 text-xl font-semibold">
          {t('reviews-edit.moderate.history')}
        </h2>
        <ReviewHistoryList transitions={transitions} />
      </section>
    </article>
  );
}
