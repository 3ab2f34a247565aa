import { data, Form, Link, redirect, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { Locale } from '#db/schema/columns';
import { addComment } from '~/modules/reviews/authoring/add-comment.server';
import { getSection } from '~/modules/reviews/authoring/get-section.server';
import { resolveComment } from '~/modules/reviews/authoring/resolve-comment.server';
import { sectionSaveSchema } from '~/modules/reviews/authoring/review-forms';
import { checkReviewEditorsMayAct } from '~/modules/reviews/authoring/review-guards.server';
import { type SectionConflict, saveSection } from '~/modules/reviews/authoring/save-section.server';
import { commentMax } from '~/modules/reviews/authoring/section-content';
import { guardSignedIn } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { formResult, parseForm, readForm, refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SubmitButton, TextArea } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/section';
import { noticeOf } from './authoring.server';
import { type SectionActionResult, SectionForm } from './authoring-section-form';
import { Notice, ReviewStatusBadge, ReviewText, useSectionTitle } from './authoring-ui';

const notices = ['saved', 'commented', 'resolved'] as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-edit.section.pageTitle', {
            section:
              loaderData.objective === null
                ? loaderData.titleText
                : i18n.t('reviews-edit.objectiveHeading', {
                    number: loaderData.objective,
                    title: loaderData.titleText,
                  }),
            title: i18n.pick(loaderData.review.title).text,
          }),
        })
      : null,
  );

const isLocale = (v: string | null): v is Locale => v === 'ar' || v === 'en';

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const found = await orErrorPage(() =>
    getSection({ subject: viewer.subject, reviewId: params.reviewId, sectionKey: params.sectionKey }),
  );
  const { review } = found.loaded;
  const asked = new URL(request.url).searchParams.get('in');
  const language: Locale = isLocale(asked) ? asked : review.originalLanguage;
  const lang = langOf(params);
  const objectiveTitle = found.definition.objectiveTitle;
  return {
    review: {
      id: review.id,
      title: review.title,
      status: review.status,
      kind: review.kind,
      originalLanguage: review.originalLanguage,
    },
    section: found.definition,
    objective: found.definition.objective,
    titleText:
      found.definition.objective !== null
        ? ((objectiveTitle?.[lang] || objectiveTitle?.ar || objectiveTitle?.en) ?? '')
        : (found.definition.title[lang] ??
          found.definition.title.ar ??
          found.definition.title.en ??
          found.definition.key),
    content: found.content,
    version: found.version,
    updatedAt: found.updatedAt,
    updatedByName: found.updatedByName,
    previous: found.previous,
    next: found.next,
    position: found.position,
    total: found.total,
    comments: found.comments,
    canEdit: found.canEdit,
    language,
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await orErrorPage(() => checkReviewEditorsMayAct({ subject: viewer.subject, reviewId: params.reviewId }));
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'save');
  const base = `/${langOf(params)}/reviews/${params.reviewId}/sections/${params.sectionKey}`;
  if (intent === 'save' || intent === 'autosave') {
    const autosave = intent === 'autosave';
    const parsed = parseForm(form, sectionSaveSchema);
    if (!parsed.ok) return data({ ...parsed.result, autosave }, { status: 400 });
    try {
      const { section } = await saveSection({
        subject: viewer.subject,
        reviewId: params.reviewId,
        sectionKey: params.sectionKey,
        input: parsed.data,
        autosave,
        requestId: context.requestId,
      });
      if (autosave) {
        return {
          status: 'saved' as const,
          version: section.version,
          savedAt: section.updatedAt.toISOString(),
        };
      }
    } catch (error) {
      if (isAppError(error) && error.code === 'staleVersion') {
        const conflict = error.details?.conflict as SectionConflict;
        return data(
          { ...formResult(form, {}, { code: 'staleVersion' }), conflict, autosave },
          { status: 409 },
        );
      }
      return refusal(form, error, { autosave });
    }
    return redirect(`${base}?in=${parsed.data.language}&saved=1`);
  }
  const back = (notice: string) =>
    redirect(`${base}?${form.get('in') ? `in=${String(form.get('in'))}&` : ''}${notice}=1#comments`);
  if (intent === 'comment') {
    try {
      await addComment({
        subject: viewer.subject,
        reviewId: params.reviewId,
        sectionKey: params.sectionKey,
        body: String(form.get('comment') ?? ''),
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(form, error);
    }
    return back('commented');
  }
  if (intent === 'resolve') {
    try {
      await resolveComment({
        subject: viewer.subject,
        reviewId: params.reviewId,
        commentId: String(form.get('commentId') ?? ''),
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(form, error);
    }
    return back('resolved');
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

/**
 * With JavaScript every submission passes through here: a request that never reaches the server
 * (offline, server restarting) answers `offline` instead of the error page, so the form and the
 * text in it stay on screen and autosave retries.
 */
export async function clientAction({ serverAction }: Route.ClientActionArgs) {
  try {
    return await serverAction();
  } catch (error) {
    if (error instanceof Response) throw error;
    return { status: 'offline' as const };
  }
}

/** Autosaves answer with the new version; nothing on the page needs reloading. */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formData?.get('intent') === 'autosave') return false;
  return defaultShouldRevalidate;
}

export default function SectionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const sectionTitle = useSectionTitle();
  const { review, section, content, language, comments, canEdit, notice, previous, next } = loaderData;
  const result = actionData as (SectionActionResult & Partial<SubmissionResult>) | undefined;
  const commentResult =
    result && 'values' in result && result.values?.intent === 'comment' ? result : undefined;
  const other: Locale = language === 'ar' ? 'en' : 'ar';
  const sectionPath = (key: string) => href(`/reviews/${review.id}/sections/${key}`);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      {notice ? <Notice>{t(`reviews-edit.notice.${notice}`)}</Notice> : null}
      <nav aria-label={t('reviews-edit.section.trail')} className="mb-2 text-sm">
        <Link to={href(`/reviews/${review.id}/edit`)}>
          {t('reviews-edit.section.backToOutline')} <TranslatedText value={review.title} />
        </Link>
      </nav>
      <p className="text-sm text-slate-700">
        {t('reviews-edit.section.position', { position: loaderData.position, total: loaderData.total })}{' '}
        <ReviewStatusBadge status={review.status} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        <bdi>{sectionTitle(section)}</bdi>
      </h1>
      <div className="mb-4 flex flex-wrap gap-2 text-sm">
        {section.required ? (
          <span className="rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-900">
            {t('reviews-edit.edit.required')}
          </span>
        ) : (
          <span className="rounded bg-slate-100 px-1.5 py-0.5">{t('reviews-edit.edit.optional')}</span>
        )}
        {loaderData.updatedAt ? (
          <span className="text-slate-700">
            {t('reviews-edit.edit.lastSaved', {
              date: date(loaderData.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              name: loaderData.updatedByName ?? t('reviews-edit.unknownPerson'),
            })}
          </span>
        ) : null}
      </div>
      {section.guidance.ar || section.guidance.en ? (
        <section
          aria-labelledby="guidance-title"
          className="mb-6 rounded border-s-4 border-sky-700 bg-sky-50 p-3"
        >
          <h2 id="guidance-title" className="font-semibold">
            {t('reviews-edit.edit.guidance')}
          </h2>
          <TranslatedText value={section.guidance} as="p" />
        </section>
      ) : null}

      {canEdit ? (
        <>
          <nav aria-label={t('reviews-edit.section.languages')} className="mb-4 flex flex-wrap gap-3 text-sm">
            <span>{t('reviews-edit.section.writingIn')}</span>
            {(['ar', 'en'] as const).map((l) => (
              <Link
                key={l}
                to={`?in=${l}`}
                aria-current={l === language ? 'true' : undefined}
                className="aria-[current=true]:font-semibold aria-[current=true]:underline"
              >
                {t(`reviews-edit.lang.${l}`)}
                {l === review.originalLanguage ? ` ${t('reviews-edit.section.original')}` : ''}
              </Link>
            ))}
          </nav>
          <SectionForm
            key={`${language}:${loaderData.version}`}
            reviewId={review.id}
            sectionKey={section.key}
            language={language}
            fields={section.fields}
            content={content}
            loaderVersion={loaderData.version}
            result={
              result && (!('values' in result) || result.values?.intent !== 'comment') ? result : undefined
            }
          />
          {content.body[other]?.trim() ? (
            <details className="mt-4 rounded border border-slate-300 bg-white p-3">
              <summary>{t(`reviews-edit.section.otherText.${other}`)}</summary>
              <div className="mt-2" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                <p className="whitespace-pre-line">
                  <bdi>{content.body[other]}</bdi>
                </p>
              </div>
            </details>
          ) : null}
        </>
      ) : (
        <>
          <p className="mb-4 rounded bg-slate-100 p-3">{t(`reviews-edit.edit.readOnly.${review.status}`)}</p>
          <ReviewText
            sections={[{ ...section, answer: content }]}
            lang={language}
            headingLevel={2}
            emptyLabel={t('reviews-edit.section.emptyText')}
          />
        </>
      )}

      <nav
        aria-label={t('reviews-edit.section.neighbours')}
        className="mt-8 flex flex-wrap justify-between gap-4 text-sm"
      >
        {previous ? (
          <Link to={sectionPath(previous.key)}>
            {t('reviews-edit.section.previous')} <bdi>{sectionTitle(previous)}</bdi>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={sectionPath(next.key)}>
            {t('reviews-edit.section.next')} <bdi>{sectionTitle(next)}</bdi>
          </Link>
        ) : null}
      </nav>

      <section
        id="comments"
        aria-labelledby="comments-title"
        className="mt-10 border-t border-slate-300 pt-6"
      >
        <h2 id="comments-title" className="mb-1 text-xl font-semibold">
          {t('reviews-edit.comments.title')}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t('reviews-edit.comments.intro')}</p>
        {comments.length ? (
          <ol className="mb-6 space-y-3">
            {comments.map((c) => (
              <li
                key={c.id}
                className={`rounded border p-3 ${c.resolvedAt ? 'border-slate-200 bg-slate-50 text-slate-700' : 'border-amber-300 bg-white'}`}
              >
                <p className="text-sm">
                  <span className="font-medium">
                    <bdi>{c.authorName ?? t('reviews-edit.unknownPerson')}</bdi>
                  </span>{' '}
                  <span className="text-slate-600">
                    {date(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                  {c.resolvedAt ? (
                    <span className="ms-2 text-xs">{t('reviews-edit.comments.resolved')}</span>
                  ) : null}
                </p>
                <p className="mt-1 whitespace-pre-line">
                  <bdi>{c.body}</bdi>
                </p>
                {!c.resolvedAt ? (
                  <Form method="post" className="mt-2">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="resolve" />
                    <input type="hidden" name="commentId" value={c.id} />
                    <input type="hidden" name="in" value={language} />
                    <button type="submit" className="text-sm underline">
                      {t('reviews-edit.comments.resolve')}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-4">{t('reviews-edit.comments.none')}</p>
        )}
        <Form method="post" noValidate className="max-w-2xl">
          <CsrfInput />
          <input type="hidden" name="intent" value="comment" />
          <input type="hidden" name="in" value={language} />
          <FormAlert error={commentResult?.formError} />
          <TextArea
            label={t('reviews-edit.comments.add')}
            name="comment"
            rows={3}
            maxLength={commentMax}
            defaultValue={commentResult ? String(commentResult.values?.comment ?? '') : ''}
            errors={commentResult?.fieldErrors?.comment}
          />
          <SubmitButton>{t('reviews-edit.comments.submit')}</SubmitButton>
        </Form>
      </section>
    </article>
  );
}
