import { data, Form, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { inviteCoEditor } from '~/modules/reviews/authoring/invite-co-editor.server';
import { listCoEditors } from '~/modules/reviews/authoring/list-co-editors.server';
import { removeCoEditor } from '~/modules/reviews/authoring/remove-co-editor.server';
import { coEditorSchema } from '~/modules/reviews/authoring/review-forms';
import { checkReviewEditorsMayAct, loadForEditors } from '~/modules/reviews/authoring/review-guards.server';
import { canManageEditors } from '~/modules/reviews/review-policy';
import { guardSignedIn } from '~/permissions/guard.server';
import { parseForm, readForm, refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/editors';
import { noticeOf } from './authoring.server';
import { Notice, ReviewTabs } from './authoring-ui';

const notices = ['added', 'invited', 'removed'] as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.editors.title') }));

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const loaded = await orErrorPage(() => loadForEditors(getDb(), viewer.subject, params.reviewId));
  return {
    review: {
      id: loaded.review.id,
      title: loaded.review.title,
      kind: loaded.review.kind,
      submittedVersions: loaded.review.submittedVersions,
    },
    coEditors: await listCoEditors({ reviewId: loaded.review.id }),
    canManage: canManageEditors(viewer.subject, loaded.ref),
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await orErrorPage(() => checkReviewEditorsMayAct({ subject: viewer.subject, reviewId: params.reviewId }));
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const back = (notice: string) =>
    redirect(`/${langOf(params)}/reviews/${params.reviewId}/editors?${notice}=1`);
  if (intent === 'invite') {
    const parsed = parseForm(form, coEditorSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    try {
      const { created } = await inviteCoEditor({
        subject: viewer.subject,
        inviterName: viewer.user?.name ?? '',
        reviewId: params.reviewId,
        input: parsed.data,
        baseUrl: publicBaseUrl(),
        requestId: context.requestId,
      });
      return back(created ? 'invited' : 'added');
    } catch (error) {
      return refusal(form, error);
    }
  }
  if (intent === 'remove') {
    try {
      await removeCoEditor({
        subject: viewer.subject,
        reviewId: params.reviewId,
        userId: String(form.get('userId') ?? ''),
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(form, error);
    }
    return back('removed');
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export default function ReviewEditors({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, locale } = useI18n();
  const { review, coEditors, canManage, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      {notice ? <Notice>{t(`reviews-edit.notice.${notice}`)}</Notice> : null}
      <p className="text-sm text-slate-700">
        <TranslatedText value={review.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.editors.title')}
      </h1>
      <ReviewTabs
        reviewId={review.id}
        current="editors"
        national={review.kind === 'national'}
        can={{ readDraft: true, versions: review.submittedVersions > 0, moderate: false }}
      />
      <p className="mb-6 text-slate-700">{t('reviews-edit.editors.intro')}</p>

      {coEditors.length ? (
        <TableScroll>
          <table className="mb-8 w-full border-collapse bg-white text-start text-sm">
            <caption className="sr-only">{t('reviews-edit.editors.title')}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2 text-start">
                  {t('reviews-edit.editors.name')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reviews-edit.editors.email')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('reviews-edit.editors.since')}
                </th>
                {canManage ? (
                  <th scope="col" className="p-2 text-start">
                    <span className="sr-only">{t('reviews-edit.editors.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {coEditors.map((c) => (
                <tr key={c.userId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    <bdi>{c.name}</bdi>
                    {c.pending ? (
                      <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                        {t('reviews-edit.editors.pending')}
                      </span>
                    ) : null}
                  </th>
                  <td className="p-2">
                    <bdi dir="ltr">{c.email}</bdi>
                  </td>
                  <td className="p-2">{date(c.addedAt, { dateStyle: 'medium' })}</td>
                  {canManage ? (
                    <td className="p-2">
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="userId" value={c.userId} />
                        <button type="submit" className="text-red-800 underline">
                          {t('reviews-edit.editors.remove', { name: c.name })}
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
        <p className="mb-8">{t('reviews-edit.editors.none')}</p>
      )}

      {canManage ? (
        <section aria-labelledby="invite-title" className="max-w-xl">
          <h2 id="invite-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.editors.inviteTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t('reviews-edit.editors.inviteIntro')}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="invite" />
            {result && !result.fieldErrors?.email ? <FormAlert error={result.formError} /> : null}
            <TextField
              label={t('reviews-edit.editors.email')}
              name="email"
              type="email"
              dir="ltr"
              autoComplete="off"
              required
              maxLength={254}
              defaultValue={submitted(result, 'email')}
              errors={result?.fieldErrors?.email}
            />
            <TextField
              label={t('reviews-edit.editors.newName')}
              name="name"
              hint={t('reviews-edit.editors.newNameHint')}
              maxLength={120}
              defaultValue={submitted(result, 'name')}
              errors={result?.fieldErrors?.name}
            />
            <SelectField
              label={t('reviews-edit.editors.language')}
              name="language"
              defaultValue={submitted(result, 'language', locale)}
            >
              <option value="ar">{t('reviews-edit.lang.ar')}</option>
              <option value="en">{t('reviews-edit.lang.en')}</option>
            </SelectField>
            <SubmitButton>{t('reviews-edit.editors.invite')}</SubmitButton>
          </Form>
        </section>
      ) : (
        <p className="text-sm text-slate-700">{t('reviews-edit.editors.onlyOwners')}</p>
      )}
    </article>
  );
}
