import { data, Form, redirect } from 'react-router';
import { listAttachments } from '~/modules/files/list-attachments.server';
import { attachReviewFile } from '~/modules/reviews/authoring/attach-review-file.server';
import { removeReviewAttachment } from '~/modules/reviews/authoring/remove-review-attachment.server';
import {
  maxReviewAttachments,
  reviewAttachmentKinds,
  reviewAttachmentMaxBytes,
} from '~/modules/reviews/authoring/review-attachments';
import {
  checkReviewEditorsMayAct,
  loadForEditing,
  loadForEditors,
} from '~/modules/reviews/authoring/review-guards.server';
import { canEditReview } from '~/modules/reviews/review-policy';
import { reviewEntityType } from '~/modules/reviews/review-records.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { readForm, refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { uploadKinds } from '~/platform/uploads/kinds';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/attachments';
import { noticeOf } from './authoring.server';
import { Notice, ReviewTabs, useFileKind, useFileSize } from './authoring-ui';

const notices = ['uploaded', 'fileRemoved'] as const;
const accept = reviewAttachmentKinds
  .flatMap((k) => [`.${uploadKinds[k].names[0]}`, uploadKinds[k].mime])
  .join(',');

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.attachments.title') }));

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const loaded = await orErrorPage(() => loadForEditors(getDb(), viewer.subject, params.reviewId));
  const files = (await listAttachments({ entityType: reviewEntityType, entityIds: [loaded.review.id] })).get(
    loaded.review.id,
  );
  return {
    review: {
      id: loaded.review.id,
      title: loaded.review.title,
      kind: loaded.review.kind,
      status: loaded.review.status,
      submittedVersions: loaded.review.submittedVersions,
    },
    files: files ?? [],
    canEdit: canEditReview(viewer.subject, loaded.ref, loaded.coEditorIds),
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await orErrorPage(() => checkReviewEditorsMayAct({ subject: viewer.subject, reviewId: params.reviewId }));
  const back = (notice: string) =>
    redirect(`/${langOf(params)}/reviews/${params.reviewId}/attachments?${notice}=1`);
  if (/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
    // Who may attach is settled before the body is read, so a refused upload is never kept.
    await orErrorPage(() => loadForEditing(getDb(), viewer.subject, params.reviewId));
    const attempt = await attemptUploadForm(request, context, {
      field: 'file',
      maxBytes: reviewAttachmentMaxBytes,
      allowed: reviewAttachmentKinds,
    });
    if (attempt.refused) return attempt.refused;
    const upload = attempt.upload;
    try {
      await attachReviewFile({
        subject: viewer.subject,
        reviewId: params.reviewId,
        upload: upload.file,
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(upload.fields, error);
    }
    return back('uploaded');
  }
  const form = await readForm(request, context);
  if (form.get('intent') !== 'remove') throw data({ code: 'badForm' }, { status: 400 });
  try {
    await removeReviewAttachment({
      subject: viewer.subject,
      reviewId: params.reviewId,
      fileId: String(form.get('fileId') ?? ''),
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(form, error);
  }
  return back('fileRemoved');
}

export default function ReviewAttachments({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number, list } = useI18n();
  const href = useHref();
  const size = useFileSize();
  const kind = useFileKind();
  const { review, files, canEdit, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const fileErrors = result?.fieldErrors?.file;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      {notice ? <Notice>{t(`reviews-edit.notice.${notice}`)}</Notice> : null}
      <p className="text-sm text-slate-700">
        <TranslatedText value={review.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.attachments.title')}
      </h1>
      <ReviewTabs
        reviewId={review.id}
        current="attachments"
        national={review.kind === 'national'}
        can={{ readDraft: true, versions: review.submittedVersions > 0, moderate: false }}
      />
      {files.length ? (
        <TableScroll>
          <table className="mb-8 w-full border-collapse bg-white text-start text-sm">
            <caption className="sr-only">{t('reviews-edit.attachments.title')}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(['name', 'kind', 'size', 'added'] as const).map((col) => (
                  <th key={col} scope="col" className="p-2 text-start">
                    {t(`reviews-edit.attachments.col.${col}`)}
                  </th>
                ))}
                {canEdit ? (
                  <th scope="col" className="p-2 text-start">
                    <span className="sr-only">{t('reviews-edit.editors.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.fileId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    <a href={href(`/files/${f.fileId}`)}>
                      <bdi>{f.originalName}</bdi>
                    </a>
                  </th>
                  <td className="p-2">{kind(f.contentType)}</td>
                  <td className="p-2">{size(f.sizeBytes)}</td>
                  <td className="p-2">{date(f.attachedAt, { dateStyle: 'medium' })}</td>
                  {canEdit ? (
                    <td className="p-2">
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="fileId" value={f.fileId} />
                        <button type="submit" className="text-red-800 underline">
                          {t('reviews-edit.attachments.remove', { name: f.originalName })}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="mb-8">{t('reviews-edit.attachments.none')}</p>
      )}

      {canEdit ? (
        <section aria-labelledby="upload-title" className="max-w-xl">
          <h2 id="upload-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.attachments.add')}
          </h2>
          {result && !fileErrors ? <FormAlert error={result.formError} /> : null}
          <Form method="post" encType="multipart/form-data" noValidate>
            <CsrfInput />
            <div className="mb-4">
              <label htmlFor="attachment-file" className="block font-medium">
                {t('reviews-edit.attachments.file')}
              </label>
              <p id="attachment-hint" className="text-sm text-slate-600">
                {t('reviews-edit.attachments.hint', {
                  kinds: list(reviewAttachmentKinds.map((k) => k.toUpperCase())),
                  size: number(reviewAttachmentMaxBytes / (1024 * 1024)),
                  max: number(maxReviewAttachments),
                })}
              </p>
              <input
                id="attachment-file"
                type="file"
                name="file"
                accept={accept}
                required
                aria-describedby={fileErrors?.length ? 'attachment-hint attachment-error' : 'attachment-hint'}
                aria-invalid={fileErrors?.length ? true : undefined}
                className="mt-1 block"
              />
              {fileErrors?.length ? (
                <ul id="attachment-error" className="mt-1 text-sm text-red-700">
                  {fileErrors.map((e) => (
                    <li key={e.code}>{t(`errors.${e.code}`, e.params)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <SubmitButton>{t('reviews-edit.attachments.upload')}</SubmitButton>
          </Form>
        </section>
      ) : (
        <p className="text-sm text-slate-700">{t(`reviews-edit.edit.readOnly.${review.status}`)}</p>
      )}
    </article>
  );
}
