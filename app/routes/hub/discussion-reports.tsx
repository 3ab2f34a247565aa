import { Form, Link, redirect } from 'react-router';
import { HIDE_REASON_MAX } from '~/modules/hub/discussions/discussion-schema';
import { dismissReport } from '~/modules/hub/discussions/dismiss-report.server';
import { hidePost } from '~/modules/hub/discussions/hide-post.server';
import { moderatedSpaces, reportQueue } from '~/modules/hub/discussions/report-queue.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, formAlertOf, SubmitButton, valueOf as submitted, TextArea } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SafeText } from '~/ui/safe-markdown';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/discussion-reports';

/** Plain forms: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = ['hidden', 'dismissed'] as const;

/**
 * The moderators' report queue: open reports in the spaces the viewer moderates (all, for a Hub
 * editor); hide the post with a reason shown in its place, or dismiss the report. Refused (403) to
 * someone who moderates nothing.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const reports = await orErrorPage(() => reportQueue({ subject: viewer.subject }));
  const notice = new URL(request.url).searchParams.get('notice');
  return { reports, notice: notices.find((n) => n === notice) ?? null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  // The loader's check, before the form is read: someone who moderates nothing gets 403, not 400.
  await orErrorPage(() => moderatedSpaces({ subject: viewer.subject }));
  const form = await readForm(request, context);
  const intent = form.get('intent');
  const base = { subject: viewer.subject, requestId: context.requestId };
  const done = await attemptForm<unknown>(form, () =>
    intent === 'hide'
      ? hidePost({ ...base, postId: String(form.get('postId') ?? ''), input: formInput(form) })
      : dismissReport({ ...base, reportId: String(form.get('reportId') ?? '') }),
  );
  if (!done.ok) return done.response;
  return redirect(
    `/${langOf(params)}/hub/discussions/reports?notice=${intent === 'hide' ? 'hidden' : 'dismissed'}`,
  );
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('discussions.reports.title') }));

export default function ReportQueue({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { reports, notice } = loaderData;
  const result = submission(actionData);
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={href('/hub/discussions')}>{t('discussions.space.back')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('discussions.reports.title')}</h1>
      <p className="mt-2 text-slate-700">{t('discussions.reports.intro')}</p>
      {notice ? <FormAlert tone="success">{t(`discussions.notice.${notice}`)}</FormAlert> : null}
      <FormAlert error={formAlertOf(result)} />
      {reports.length ? (
        <ol className="mt-4 space-y-4">
          {reports.map((r) => {
            const mine = submitted(result, 'reportId') === r.id ? result : undefined;
            return (
              <li key={r.id} className="rounded border border-slate-200 p-3">
                <p className="text-sm text-slate-600">
                  <Link to={href(`/hub/discussions/${r.space.id}#post-${r.post.id}`)}>
                    <TranslatedText value={r.space.title} />
                  </Link>
                </p>
                <p className="text-sm text-slate-600">
                  {t('discussions.reports.by', { name: r.reporterName ?? '—', date: date(r.reportedAt) })}
                </p>
                <h2 className="mt-2 font-semibold">{t('discussions.reports.reason')}</h2>
                <p className="whitespace-pre-line">
                  <bdi>{r.reason}</bdi>
                </p>
                <h2 className="mt-2 font-semibold">{t('discussions.reports.post')}</h2>
                <p className="text-sm text-slate-600">
                  <bdi>{r.post.authorName ?? t('discussions.post.anonymousAuthor')}</bdi>
                </p>
                <div className="rounded bg-slate-50 p-2">
                  <SafeText text={r.post.body} format={r.post.format} lang={r.post.language} />
                </div>
                {r.post.hidden ? null : (
                  <Form method="post" className="mt-3" noValidate>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="hide" />
                    <input type="hidden" name="postId" value={r.post.id} />
                    <input type="hidden" name="reportId" value={r.id} />
                    <TextArea
                      label={t('discussions.form.hideReason')}
                      name="reason"
                      rows={2}
                      maxLength={HIDE_REASON_MAX}
                      defaultValue={submitted(mine, 'reason')}
                      errors={mine?.fieldErrors?.reason}
                    />
                    <SubmitButton>{t('discussions.form.hideSubmit')}</SubmitButton>
                  </Form>
                )}
                <Form method="post" className="mt-2" noValidate>
                  <CsrfInput />
                  <input type="hidden" name="intent" value="dismiss" />
                  <input type="hidden" name="reportId" value={r.id} />
                  <button type="submit" className="text-brand-700 underline">
                    {t('discussions.form.dismiss')}
                  </button>
                </Form>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-4">{t('discussions.reports.empty')}</p>
      )}
    </div>
  );
}
