import type { ReactNode } from 'react';
import { Form, Link, redirect } from 'react-router';
import { digestFrequencies, postFormats } from '#db/schema/hub-discussion-values';
import {
  HIDE_REASON_MAX,
  POST_MAX,
  REPORT_REASON_MAX,
  SUMMARY_MAX,
} from '~/modules/hub/discussions/discussion-schema';
import { editPost } from '~/modules/hub/discussions/edit-post.server';
import { followSpace, unfollowSpace } from '~/modules/hub/discussions/follow-space.server';
import { getSpace, type PostView } from '~/modules/hub/discussions/get-space.server';
import { hidePost } from '~/modules/hub/discussions/hide-post.server';
import { postReply } from '~/modules/hub/discussions/post-reply.server';
import { publishSummary } from '~/modules/hub/discussions/publish-summary.server';
import { reportPost } from '~/modules/hub/discussions/report-post.server';
import { guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import type { SubmissionResult } from '~/platform/forms.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
} from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SafeText } from '~/ui/safe-markdown';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/discussion';
import { groupLabel } from './discussion-form';

/** Plain forms and <details>: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = [
  'posted',
  'edited',
  'reported',
  'hidden',
  'followed',
  'unfollowed',
  'summary',
  'saved',
] as const;

/**
 * A discussion space: its questions with their threads (replies shown one level deep), its summary,
 * and the forms the viewer may use — post and reply while open, edit one's post within the window,
 * report others' posts, hide (moderators), follow with a digest, publish the summary once closed.
 * Every form names itself (`formKey`) so a refusal shows beside the form it came from.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const view = await orErrorPage(() => getSpace({ subject: viewer.subject, spaceId: params.id }));
  const notice = new URL(request.url).searchParams.get('notice');
  return { ...view, signedIn: Boolean(viewer.user), notice: notices.find((n) => n === notice) ?? null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const input = formInput(form);
  const postId = String(form.get('postId') ?? '');
  const base = { subject: viewer.subject, requestId: context.requestId };
  const version = Number(form.get('version'));
  const run: Record<string, () => Promise<unknown>> = {
    post: () => postReply({ ...base, spaceId: params.id, input }),
    edit: () => editPost({ ...base, postId, input, expectedVersion: version }),
    report: () => reportPost({ ...base, postId, input }),
    hide: () => hidePost({ ...base, postId, input }),
    follow: () => followSpace({ ...base, spaceId: params.id, input }),
    unfollow: () => unfollowSpace({ ...base, spaceId: params.id }),
    summary: () => publishSummary({ ...base, spaceId: params.id, input, expectedVersion: version }),
  };
  const operation = run[intent];
  if (!operation) throw new Response(null, { status: 400 });
  const done = await attemptForm(form, operation);
  if (!done.ok) return done.response;
  const notice = {
    post: 'posted',
    edit: 'edited',
    report: 'reported',
    hide: 'hidden',
    follow: 'followed',
    unfollow: 'unfollowed',
    summary: 'summary',
  }[intent];
  const anchor =
    intent === 'post' ? `#post-${(done.value as { id: string }).id}` : postId ? `#post-${postId}` : '';
  return redirect(`/${langOf(params)}/hub/discussions/${params.id}?notice=${notice}${anchor}`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.space.title).text,
          description: i18n.pick(loaderData.space.description).text,
        })
      : null,
  );

type Result = SubmissionResult | undefined;
/** The refusal of this form only (another form's refusal is not shown here). */
const ofForm = (result: Result, key: string): Result =>
  submitted(result, 'formKey') === key ? result : undefined;

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return (
    <>
      <CsrfInput />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function Toggle({ label, open, children }: { label: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open} className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">{label}</summary>
      <div className="mt-2 rounded border border-slate-200 p-3">{children}</div>
    </details>
  );
}

/** Write a post: answer a question, reply to a post, or correct one's own. */
function PostFields({
  result,
  body = '',
  format = 'plain',
  withLanguage,
}: {
  result: Result;
  body?: string;
  format?: string;
  withLanguage: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <TextArea
        label={t('discussions.form.body')}
        hint={t('discussions.form.bodyHint')}
        name="body"
        rows={4}
        dir="auto"
        maxLength={POST_MAX}
        defaultValue={submitted(result, 'body', body)}
        errors={result?.fieldErrors?.body}
      />
      <div className="flex flex-wrap gap-4">
        <SelectField
          label={t('discussions.form.format')}
          name="format"
          defaultValue={submitted(result, 'format', format)}
        >
          {postFormats.map((f) => (
            <option key={f} value={f}>
              {t(`discussions.form.format.${f}`)}
            </option>
          ))}
        </SelectField>
        {withLanguage ? (
          <SelectField
            label={t('discussions.form.language')}
            name="language"
            defaultValue={submitted(result, 'language', locale)}
          >
            <option value="ar">{t('discussions.lang.ar')}</option>
            <option value="en">{t('discussions.lang.en')}</option>
          </SelectField>
        ) : null}
      </div>
    </>
  );
}

function PostItem({
  post,
  questionId,
  canReply,
  result,
}: {
  post: PostView;
  questionId: string;
  canReply: boolean;
  result: Result;
}) {
  const { t, date } = useI18n();
  const key = (what: string) => `${what}:${post.id}`;
  return (
    <article
      id={`post-${post.id}`}
      aria-label={post.authorName ?? t('discussions.post.anonymousAuthor')}
      className="rounded border border-slate-200 p-3"
    >
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>
          {t('discussions.post.author', { name: '' })}
          <bdi>{post.authorName ?? t('discussions.post.anonymousAuthor')}</bdi>
        </span>
        <time dateTime={new Date(post.createdAt).toISOString()}>
          {date(post.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}
        </time>
        {post.editedAt ? <span>{t('discussions.post.edited')}</span> : null}
        {post.replyToName ? (
          <span>
            {t('discussions.post.replyTo', { name: '' })}
            <bdi>{post.replyToName}</bdi>
          </span>
        ) : null}
        {post.isSample ? <SampleBadge /> : null}
      </p>
      {post.hidden ? (
        <p className="mt-1 italic text-slate-700">
          {t('discussions.post.hidden', { reason: '' })}
          <bdi>{post.hidden.reason}</bdi>
        </p>
      ) : (
        <div className="mt-1">
          <SafeText text={post.body ?? ''} format={post.format} lang={post.language} />
        </div>
      )}
      {canReply && !post.hidden ? (
        <Toggle label={t('discussions.form.reply')} open={Boolean(ofForm(result, key('reply')))}>
          <Form method="post" noValidate>
            <Hidden fields={{ intent: 'post', formKey: key('reply'), questionId, parentId: post.id }} />
            <PostFields result={ofForm(result, key('reply'))} withLanguage />
            <SubmitButton>{t('discussions.form.replySubmit')}</SubmitButton>
          </Form>
        </Toggle>
      ) : null}
      {post.canEdit ? (
        <Toggle label={t('discussions.form.edit')} open={Boolean(ofForm(result, key('edit')))}>
          <Form method="post" noValidate>
            <Hidden
              fields={{ intent: 'edit', formKey: key('edit'), postId: post.id, version: post.version }}
            />
            <PostFields
              result={ofForm(result, key('edit'))}
              body={post.body ?? ''}
              format={post.format}
              withLanguage={false}
            />
            <SubmitButton>{t('discussions.form.editSubmit')}</SubmitButton>
          </Form>
        </Toggle>
      ) : null}
      {post.canReport ? (
        <Toggle label={t('discussions.form.report')} open={Boolean(ofForm(result, key('report')))}>
          <Form method="post" noValidate>
            <Hidden fields={{ intent: 'report', formKey: key('report'), postId: post.id }} />
            <TextArea
              label={t('discussions.form.reportReason')}
              name="reason"
              rows={2}
              maxLength={REPORT_REASON_MAX}
              defaultValue={submitted(ofForm(result, key('report')), 'reason')}
              errors={ofForm(result, key('report'))?.fieldErrors?.reason}
            />
            <SubmitButton>{t('discussions.form.reportSubmit')}</SubmitButton>
          </Form>
        </Toggle>
      ) : null}
      {post.canHide ? (
        <Toggle label={t('discussions.form.hide')} open={Boolean(ofForm(result, key('hide')))}>
          <Form method="post" noValidate>
            <Hidden fields={{ intent: 'hide', formKey: key('hide'), postId: post.id }} />
            <TextArea
              label={t('discussions.form.hideReason')}
              name="reason"
              rows={2}
              maxLength={HIDE_REASON_MAX}
              defaultValue={submitted(ofForm(result, key('hide')), 'reason')}
              errors={ofForm(result, key('hide'))?.fieldErrors?.reason}
            />
            <SubmitButton>{t('discussions.form.hideSubmit')}</SubmitButton>
          </Form>
        </Toggle>
      ) : null}
    </article>
  );
}

export default function DiscussionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number, pick, list } = useI18n();
  const href = useHref();
  const { space, questions, summary, follow, can, openReports, signedIn, notice } = loaderData;
  const result = submission(actionData);
  const day = (d: Date | string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const lastDay = new Date(new Date(space.closesAt).getTime() - 1);
  const summaryResult = ofForm(result, 'summary');
  return (
    <article aria-labelledby="space-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/discussions')}>{t('discussions.space.back')}</Link>
      </p>
      {notice ? <FormAlert tone="success">{t(`discussions.notice.${notice}`)}</FormAlert> : null}
      <FormAlert error={formAlertOf(result)} />
      <h1 id="space-title" className="mt-2 text-2xl font-bold">
        <TranslatedText value={space.title} />
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span className="rounded bg-slate-100 px-2 text-sm">{t(`discussions.phase.${space.phase}`)}</span>
        {space.isSample ? <SampleBadge /> : null}
      </p>
      <TranslatedText as="div" value={space.description} className="mt-3 whitespace-pre-line" />
      <section aria-labelledby="details-title" className="mt-4">
        <h2 id="details-title" className="sr-only">
          {t('discussions.space.details')}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t('discussions.space.window')}</dt>
          <dd>{t('discussions.list.dates', { opens: day(space.opensAt), closes: day(lastDay) })}</dd>
          <dt className="font-medium">{t('discussions.space.languages')}</dt>
          <dd>{space.languages.map((l) => t(`discussions.lang.${l}`)).join('، ')}</dd>
          <dt className="font-medium">{t('discussions.space.audience')}</dt>
          <dd>{t(`discussions.audience.${space.audience}`)}</dd>
          {space.groups.length ? (
            <>
              <dt className="font-medium">{t('discussions.space.groups')}</dt>
              <dd>{list(space.groups.map((g) => groupLabel(t, pick, g)))}</dd>
            </>
          ) : null}
          {space.moderators.length ? (
            <>
              <dt className="font-medium">{t('discussions.space.moderators')}</dt>
              <dd>
                {space.moderators.map((name, i) => (
                  <span key={name}>
                    {i ? '، ' : ''}
                    <bdi>{name}</bdi>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        {can.moderate ? (
          <p className="mt-2 flex flex-wrap gap-4">
            <Link to={href(`/hub/discussions/${space.id}/edit`)}>{t('discussions.space.edit')}</Link>
            <Link to={href('/hub/discussions/reports')}>
              {t('discussions.space.reportsWaiting', { count: openReports })}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="follow-title" className="mt-4 rounded border border-slate-200 p-3">
        <h2 id="follow-title" className="font-semibold">
          {t('discussions.follow.title')}
        </h2>
        {can.follow ? (
          <>
            {follow ? (
              <p>
                {t('discussions.follow.following', {
                  frequency: t(`discussions.follow.${follow.frequency}`),
                })}
              </p>
            ) : null}
            <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
              <Hidden fields={{ intent: 'follow', formKey: 'follow' }} />
              <SelectField
                label={t('discussions.follow.frequency')}
                name="frequency"
                defaultValue={follow?.frequency ?? 'weekly'}
              >
                {digestFrequencies.map((f) => (
                  <option key={f} value={f}>
                    {t(`discussions.follow.${f}`)}
                  </option>
                ))}
              </SelectField>
              <div className="mb-4">
                <SubmitButton>
                  {t(follow ? 'discussions.follow.change' : 'discussions.follow.submit')}
                </SubmitButton>
              </div>
            </Form>
            {follow ? (
              <Form method="post" noValidate>
                <Hidden fields={{ intent: 'unfollow', formKey: 'unfollow' }} />
                <button type="submit" className="text-brand-700 underline">
                  {t('discussions.follow.unfollow')}
                </button>
              </Form>
            ) : null}
          </>
        ) : (
          <p>{t('discussions.follow.signIn')}</p>
        )}
      </section>
      {summary || can.publishSummary ? (
        <section aria-labelledby="summary-title" className="mt-6">
          <h2 id="summary-title" className="text-xl font-semibold">
            {t('discussions.summary.title')}
          </h2>
          {summary ? (
            <>
              <p className="text-sm text-slate-600">
                {t('discussions.summary.version', {
                  version: number(summary.version),
                  date: day(summary.publishedAt),
                })}
              </p>
              {summary.postsSince > 0 ? (
                <p role="note" className="mt-2 rounded border-s-4 border-amber-500 bg-amber-50 p-2">
                  {t('discussions.summary.stale', { count: summary.postsSince })}
                </p>
              ) : null}
              <TranslatedText as="div" value={summary.text} className="mt-2 whitespace-pre-line" />
            </>
          ) : (
            <p>{t('discussions.summary.none')}</p>
          )}
          {can.publishSummary ? (
            <Toggle
              label={t(summary ? 'discussions.summary.publishNew' : 'discussions.summary.publish')}
              open={Boolean(summaryResult)}
            >
              <Form method="post" noValidate>
                <Hidden fields={{ intent: 'summary', formKey: 'summary', version: summary?.version ?? 0 }} />
                <SelectField
                  label={t('discussions.summary.original')}
                  name="originalLanguage"
                  defaultValue={submitted(summaryResult, 'originalLanguage', 'ar')}
                  errors={summaryResult?.fieldErrors?.originalLanguage}
                >
                  <option value="ar">{t('discussions.lang.ar')}</option>
                  <option value="en">{t('discussions.lang.en')}</option>
                </SelectField>
                {(['ar', 'en'] as const).map((l) => (
                  <TextArea
                    key={l}
                    label={t(`discussions.summary.${l}`)}
                    name={`text.${l}`}
                    lang={l}
                    rows={6}
                    maxLength={SUMMARY_MAX}
                    defaultValue={submitted(summaryResult, `text.${l}`, summary?.text[l] ?? '')}
                    errors={
                      summaryResult?.fieldErrors?.[`text.${l}`] ??
                      (l === 'ar' ? summaryResult?.fieldErrors?.text : undefined)
                    }
                  />
                ))}
                <SubmitButton>{t('discussions.summary.publish')}</SubmitButton>
              </Form>
            </Toggle>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="questions-title" className="mt-6">
        <h2 id="questions-title" className="text-xl font-semibold">
          {t('discussions.space.questions')}
        </h2>
        {space.phase === 'closed' ? (
          <FormAlert tone="info">{t('discussions.space.closedNote')}</FormAlert>
        ) : null}
        {space.phase === 'upcoming' ? (
          <FormAlert tone="info">
            {t('discussions.space.upcomingNote', { date: day(space.opensAt) })}
          </FormAlert>
        ) : null}
        {space.phase === 'open' && !signedIn ? (
          <p className="mt-2">{t('discussions.space.signInToPost')}</p>
        ) : null}
        {questions.map((q) => {
          const postKey = `post:${q.id}`;
          return (
            <section
              key={q.id}
              id={`question-${q.number}`}
              aria-labelledby={`question-${q.number}-title`}
              className="mt-6"
            >
              <h3 id={`question-${q.number}-title`} className="text-lg font-semibold">
                {t('discussions.space.question', { number: number(q.number) })}:{' '}
                <TranslatedText value={q.text} />
              </h3>
              {q.threads.length ? (
                <ol className="mt-3 space-y-4">
                  {q.threads.map((thread) => (
                    <li key={thread.post.id}>
                      <PostItem post={thread.post} questionId={q.id} canReply={can.post} result={result} />
                      {thread.replies.length ? (
                        <ol
                          aria-label={t('discussions.post.replies')}
                          className="mt-2 space-y-2 border-s-2 border-slate-200 ps-4"
                        >
                          {thread.replies.map((reply) => (
                            <li key={reply.id}>
                              <PostItem post={reply} questionId={q.id} canReply={can.post} result={result} />
                            </li>
                          ))}
                        </ol>
                      ) : null}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="mt-2 text-slate-600">{t('discussions.space.noPosts')}</p>
              )}
              {can.post ? (
                <Toggle label={t('discussions.form.answer')} open={Boolean(ofForm(result, postKey))}>
                  <Form method="post" noValidate>
                    <Hidden fields={{ intent: 'post', formKey: postKey, questionId: q.id }} />
                    <PostFields result={ofForm(result, postKey)} withLanguage />
                    <SubmitButton>{t('discussions.form.post')}</SubmitButton>
                  </Form>
                </Toggle>
              ) : null}
            </section>
          );
        })}
      </section>
    </article>
  );
}
