import { data, Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { titleSchema } from '~/modules/reviews/authoring/review-forms';
import { checkReviewEditorsMayAct } from '~/modules/reviews/authoring/review-guards.server';
import { getReviewOutline } from '~/modules/reviews/authoring/review-outline.server';
import { reviewTitleMax } from '~/modules/reviews/authoring/section-content';
import { updateReviewTitle } from '~/modules/reviews/authoring/update-review-title.server';
import { setReviewObjectives } from '~/modules/reviews/workflow/set-review-objectives.server';
import { type MissingSection, submitReview } from '~/modules/reviews/workflow/submit-review.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/edit';
import { noticeOf } from './authoring.server';
import { Notice, ReviewKindBadge, ReviewStatusBadge, ReviewTabs, useSectionTitle } from './authoring-ui';
import { ObjectiveTagsForm } from './objective-tags-form';

const notices = ['created', 'titleSaved', 'objectivesSaved'] as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-edit.edit.title', { title: i18n.pick(loaderData.review.title).text }),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const outline = await orErrorPage(() =>
    getReviewOutline({ subject: viewer.subject, reviewId: params.reviewId }),
  );
  const { review, cycle } = outline.loaded;
  return {
    review: {
      id: review.id,
      kind: review.kind,
      title: review.title,
      originalLanguage: review.originalLanguage,
      status: review.status,
      version: review.version,
      freeForm: review.freeForm,
      submittedVersions: review.submittedVersions,
      objectivesTagged: review.objectivesTagged,
      objectivesAdded: review.objectivesAdded,
    },
    // A free-form review is tagged with objectives here (it has no section per objective).
    objectives: review.freeForm
      ? (await listObjectives({ withTitle: false })).items.map((o) => ({
          number: o.number,
          shortLabel: o.shortLabel,
        }))
      : [],
    cycle: {
      id: cycle.id,
      title: cycle.title,
      status: cycle.status,
      submissionDeadline: cycle.submissionDeadline,
    },
    countryName: outline.countryName,
    organisationName: outline.organisationName,
    returnComment: outline.returnComment,
    sections: outline.sections.map((s) => ({
      key: s.key,
      kind: s.kind,
      objective: s.objective,
      title: s.title,
      objectiveTitle: s.objectiveTitle,
      guidance: s.guidance,
      required: s.required,
      filled: s.filled,
      openComments: s.openComments,
      objectiveStatus: s.content.objectiveStatus,
      updatedAt: s.updatedAt,
      updatedByName: s.updatedByName,
    })),
    can: {
      ...outline.can,
      submit: outline.can.actions.includes('submit'),
      readDraft: true,
      versions: review.submittedVersions > 0,
    },
    notice: noticeOf(request, notices),
  };
}

type EditState = SubmissionResult & { missing?: MissingSection[] };

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await orErrorPage(() => checkReviewEditorsMayAct({ subject: viewer.subject, reviewId: params.reviewId }));
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const lang = langOf(params);
  if (intent === 'title') {
    const attempt = await attemptForm(form, {
      schema: titleSchema,
      run: (input) =>
        updateReviewTitle({
          subject: viewer.subject,
          reviewId: params.reviewId,
          input,
          requestId: context.requestId,
        }),
    });
    if (!attempt.ok) return attempt.response;
    return redirect(`/${lang}/reviews/${params.reviewId}/edit?titleSaved=1`);
  }
  if (intent === 'objectives') {
    const attempt = await attemptForm(form, {
      run: (input) =>
        setReviewObjectives({
          subject: viewer.subject,
          reviewId: params.reviewId,
          input,
          requestId: context.requestId,
        }),
    });
    if (!attempt.ok) return attempt.response;
    return redirect(`/${lang}/reviews/${params.reviewId}/edit?objectivesSaved=1`);
  }
  if (intent === 'submit') {
    const attempt = await attemptForm(form, {
      run: () =>
        submitReview({
          subject: viewer.subject,
          reviewId: params.reviewId,
          expectedVersion: Number(form.get('version')),
          baseUrl: publicBaseUrl(),
          requestId: context.requestId,
        }),
      // The sections still to write, listed above the form.
      extra: (_form, error): { missing?: MissingSection[] } =>
        error?.code === 'reviewRequiredSectionsMissing'
          ? { missing: error.details?.missing as MissingSection[] }
          : {},
    });
    if (!attempt.ok) return attempt.response;
    return redirect(`/${lang}/reviews/mine?submitted=1`);
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export default function EditReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date, number } = useI18n();
  const href = useHref();
  const sectionTitle = useSectionTitle();
  const { review, cycle, sections, can, notice, returnComment } = loaderData;
  const result = actionData as EditState | undefined;
  const intent = result?.values.intent;
  const filled = sections.filter((s) => s.filled).length;
  const requiredLeft = sections.filter((s) => s.required && !s.filled).length;
  const owner = review.kind === 'parallel' ? loaderData.organisationName : loaderData.countryName;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      {notice ? <Notice>{t(`reviews-edit.notice.${notice}`)}</Notice> : null}
      <p className="text-sm text-slate-700">
        <TranslatedText value={cycle.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        <TranslatedText value={review.title} />
      </h1>
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <ReviewKindBadge kind={review.kind} />
        <ReviewStatusBadge status={review.status} />
        {owner ? <TranslatedText value={owner} /> : null}
        {cycle.submissionDeadline ? (
          <span>
            {t('reviews-edit.mine.deadline', {
              date: date(cycle.submissionDeadline, { dateStyle: 'medium', timeZone: 'UTC' }),
            })}
          </span>
        ) : null}
      </div>
      <ReviewTabs reviewId={review.id} current="edit" can={can} national={review.kind === 'national'} />
      {review.kind === 'national' ? (
        <>
          <p className="mb-4">
            <Link to={href(`/hub/support/new?review=${review.id}`)} className="font-medium">
              {t('reviews-edit.edit.askSupport')}
            </Link>
          </p>
          {/* GCM indicator values are reported with the review (public once it is published). */}
          <p className="mb-4">
            <Link to={href(`/reviews/${review.id}/indicators`)} className="font-medium">
              {t('reviews-edit.indicators.link')}
            </Link>
          </p>
        </>
      ) : null}

      {returnComment ? (
        <section
          aria-labelledby="returned-title"
          className="mb-6 rounded border-s-4 border-amber-600 bg-amber-50 p-3"
        >
          <h2 id="returned-title" className="font-semibold">
            {t('reviews-edit.edit.returnComment')}
          </h2>
          <p className="text-sm text-slate-700">
            {date(returnComment.at, { dateStyle: 'medium', timeZone: 'UTC' })}
          </p>
          <p className="mt-1 whitespace-pre-line">
            <bdi>{returnComment.comment}</bdi>
          </p>
        </section>
      ) : null}
      {!can.edit ? (
        <p className="mb-6 rounded bg-slate-100 p-3">{t(`reviews-edit.edit.readOnly.${review.status}`)}</p>
      ) : null}

      <section aria-labelledby="outline-title" className="mb-10">
        <h2 id="outline-title" className="mb-1 text-xl font-semibold">
          {t('reviews-edit.edit.outline')}
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          {t('reviews-edit.edit.progress', {
            filled: number(filled),
            total: number(sections.length),
            count: requiredLeft,
          })}
        </p>
        <ol className="space-y-3">
          {sections.map((s) => (
            <li key={s.key} id={`outline-${s.key}`} className="rounded border border-slate-300 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <Link to={href(`/reviews/${review.id}/sections/${s.key}`)}>
                    <bdi>{sectionTitle(s)}</bdi>
                  </Link>
                </h3>
                <div className="flex flex-wrap gap-2 text-xs">
                  {s.required ? (
                    <span className="rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-900">
                      {t('reviews-edit.edit.required')}
                    </span>
                  ) : null}
                  <span
                    className={`rounded px-1.5 py-0.5 font-medium ${s.filled ? 'bg-green-100 text-green-900' : 'bg-slate-100 text-slate-800'}`}
                  >
                    {t(s.filled ? 'reviews-edit.edit.filled' : 'reviews-edit.edit.empty')}
                  </span>
                  {s.objectiveStatus ? (
                    <span className="rounded bg-sky-50 px-1.5 py-0.5 text-sky-900">
                      {t(`reviews.objectiveStatus.${s.objectiveStatus}`)}
                    </span>
                  ) : null}
                  {s.openComments ? (
                    <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                      {t('reviews-edit.edit.openComments', { count: s.openComments })}
                    </span>
                  ) : null}
                </div>
              </div>
              {pick(s.guidance).text ? (
                <details className="mt-1 text-sm text-slate-700">
                  <summary>{t('reviews-edit.edit.guidance')}</summary>
                  <p className="mt-1">
                    <TranslatedText value={s.guidance} />
                  </p>
                </details>
              ) : null}
              {s.updatedAt ? (
                <p className="mt-1 text-xs text-slate-600">
                  {t('reviews-edit.edit.lastSaved', {
                    date: date(s.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    name: s.updatedByName ?? t('reviews-edit.unknownPerson'),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {review.freeForm && can.edit ? (
        <ObjectiveTagsForm
          as="authors"
          version={review.version}
          tagged={review.objectivesTagged}
          added={review.objectivesAdded}
          objectives={loaderData.objectives}
          result={intent === 'objectives' ? result : undefined}
        />
      ) : null}

      {can.submit ? (
        <section
          aria-labelledby="submit-title"
          className="mb-10 rounded border border-brand-700 bg-white p-4"
        >
          <h2 id="submit-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.edit.submitTitle')}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t('reviews-edit.edit.submitIntro')}</p>
          {intent === 'submit' ? <FormAlert error={result?.formError} /> : null}
          {intent === 'submit' && result?.missing?.length ? (
            <ul className="mb-3 list-disc ps-6">
              {result.missing.map((m) => (
                <li key={m.key}>
                  <Link to={href(`/reviews/${review.id}/sections/${m.key}`)}>
                    <bdi>
                      {sectionTitle(sections.find((s) => s.key === m.key) ?? { ...m, kind: 'other' })}
                    </bdi>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="submit" />
            <input type="hidden" name="version" value={review.version} />
            <SubmitButton>{t('reviews-edit.edit.submit')}</SubmitButton>
          </Form>
        </section>
      ) : null}

      {can.edit ? (
        <section aria-labelledby="details-title" className="mb-10">
          <h2 id="details-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.edit.details')}
          </h2>
          {intent === 'title' ? <FormAlert error={result?.formError} /> : null}
          <Form method="post" noValidate className="max-w-xl">
            <CsrfInput />
            <input type="hidden" name="intent" value="title" />
            <input type="hidden" name="version" value={review.version} />
            <SelectField
              label={t('reviews-edit.field.originalLanguage')}
              name="originalLanguage"
              defaultValue={submitted(
                intent === 'title' ? result : undefined,
                'originalLanguage',
                review.originalLanguage,
              )}
            >
              <option value="ar">{t('reviews-edit.lang.ar')}</option>
              <option value="en">{t('reviews-edit.lang.en')}</option>
            </SelectField>
            <TextField
              label={t('reviews-edit.field.titleAr')}
              name="title.ar"
              lang="ar"
              maxLength={reviewTitleMax}
              defaultValue={submitted(
                intent === 'title' ? result : undefined,
                'title.ar',
                review.title.ar ?? '',
              )}
              errors={intent === 'title' ? result?.fieldErrors['title.ar'] : undefined}
            />
            <TextField
              label={t('reviews-edit.field.titleEn')}
              name="title.en"
              lang="en"
              maxLength={reviewTitleMax}
              defaultValue={submitted(
                intent === 'title' ? result : undefined,
                'title.en',
                review.title.en ?? '',
              )}
              errors={intent === 'title' ? result?.fieldErrors['title.en'] : undefined}
            />
            <SubmitButton>{t('reviews-edit.edit.saveDetails')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
