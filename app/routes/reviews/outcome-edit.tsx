import { data, Form, Link, redirect } from 'react-router';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { addOutcomeComment } from '~/modules/reviews/outcome/add-outcome-comment.server';
import { getOutcomeWorkspace } from '~/modules/reviews/outcome/get-outcome.server';
import {
  OUTCOME_BODY_MAX,
  OUTCOME_COMMENT_MAX,
  OUTCOME_TITLE_MAX,
} from '~/modules/reviews/outcome/outcome-limits';
import { publishOutcome } from '~/modules/reviews/outcome/publish-outcome.server';
import { saveOutcome } from '~/modules/reviews/outcome/save-outcome.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { paragraphCountMismatch } from '~/platform/text/document-paragraphs';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as sentValue,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/outcome-edit';
import { refusedForm } from './cycle-form-state';
import { noticeOf, sentIntent } from './cycle-pages.server';
import { CycleTabs, ProblemSummary } from './cycle-ui';

const notices = ['saved', 'published', 'commented'] as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.outcomeEdit.title', {
            title: i18n.pick(loaderData.cycle.title).text,
          }),
        })
      : null,
  );

/**
 * The outcome document's workspace: the secretariat drafts (each save a version) and publishes;
 * the cycle's partners (its secretariat, the Network secretariat, administrators) read the versions
 * and comment.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.moderate');
  const raw = new URL(request.url).searchParams.get('version');
  const versionNumber = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null;
  const [workspace, detail] = await orErrorPage(() =>
    Promise.all([
      getOutcomeWorkspace({ subject: viewer.subject, cycleId: params.cycleId, versionNumber }),
      getCycle({ subject: viewer.subject, cycleId: params.cycleId }),
    ]),
  );
  const { outcome } = workspace;
  return {
    cycle: { id: detail.cycle.id, title: detail.cycle.title },
    outcome: outcome
      ? {
          title: outcome.title,
          body: outcome.body,
          version: outcome.version,
          latestVersion: outcome.latestVersion,
          publishedVersion: outcome.publishedVersion,
        }
      : null,
    versions: workspace.versions.map((v) => ({ ...v, savedAt: v.savedAt.toISOString() })),
    comments: workspace.comments.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      paragraph: workspace.latestParagraphs.find((p) => p.eId === c.paragraphId) ?? null,
    })),
    paragraphs: workspace.latestParagraphs.map((p) => ({
      eId: p.eId,
      part: p.part,
      number: p.number,
      start: { ar: p.ar.slice(0, 60), en: p.en.slice(0, 60) },
    })),
    mismatch: outcome ? paragraphCountMismatch(outcome.body) : null,
    shown: workspace.shownVersion
      ? {
          number: workspace.shownVersion.number,
          title: workspace.shownVersion.title,
          body: workspace.shownVersion.body,
        }
      : null,
    canDraft: workspace.canDraft,
    canComment: workspace.canComment,
    notice: noticeOf(request, notices),
    tabs: {
      outcome: detail.outcomePublished,
      synthesis: detail.synthesisPublished,
      tracker: detail.canTrack,
      edit: detail.canManage,
      outcomeEdit: true,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.moderate');
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = { subject: viewer.subject, cycleId: params.cycleId, requestId: context.requestId };
  const expectedVersion = Number(form.get('version') ?? 0);
  const run: ((input: unknown) => Promise<unknown>) | null =
    intent === 'save'
      ? (input) => saveOutcome({ ...common, expectedVersion, input })
      : intent === 'publish'
        ? () => publishOutcome({ ...common, expectedVersion })
        : intent === 'comment'
          ? (input) => addOutcomeComment({ ...common, input })
          : null;
  if (!run) throw data({ code: 'badForm' }, { status: 400 });
  // Not found or not allowed answers the error page, as for a GET (attemptForm).
  const result = await attemptForm(form, { run, extra: sentIntent });
  if (!result.ok) return result.response;
  const notice = intent === 'save' ? 'saved' : intent === 'publish' ? 'published' : 'commented';
  return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}/outcome/edit?notice=${notice}`);
}

export default function OutcomeEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date } = useI18n();
  const href = useHref();
  const { cycle, outcome, versions, comments, shown, notice } = loaderData;
  const refused = refusedForm(actionData);
  const sent = refused?.intent === 'save' ? refused : undefined;
  const stale = refused?.formError?.code === 'staleVersion';
  const errs = (field: string) => sent?.fieldErrors[field];
  const published = outcome?.publishedVersion ?? null;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          { label: t('reviews-cycles.tabs.outcomeEdit') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.outcomeEdit.title', { title: pick(cycle.title).text })}
      </h1>
      <p className="mb-4 text-slate-700">{t('reviews-cycles.outcomeEdit.intro')}</p>
      <CycleTabs cycleId={cycle.id} current="outcomeEdit" show={loaderData.tabs} />
      {notice ? (
        <FormAlert tone="success">{t(`reviews-cycles.outcomeEdit.notice.${notice}`)}</FormAlert>
      ) : null}
      <ProblemSummary refused={refused} />
      <p className="mb-4 text-sm">
        {outcome
          ? t('reviews-cycles.outcomeEdit.state', {
              latest: outcome.latestVersion,
              published: published ?? 0,
            })
          : t('reviews-cycles.outcomeEdit.empty')}
      </p>

      {stale && outcome ? (
        <section
          aria-labelledby="stale-title"
          className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm"
        >
          <h2 id="stale-title" className="font-semibold">
            {t('reviews-cycles.outcomeEdit.staleTitle')}
          </h2>
          <p className="mb-2">{t('reviews-cycles.outcomeEdit.staleIntro')}</p>
          <Paragraphs value={outcome.body} className="max-w-3xl space-y-3" />
        </section>
      ) : null}

      {loaderData.mismatch ? (
        <FormAlert tone="info">
          {t('reviews-cycles.outcomeEdit.paragraphMismatch', loaderData.mismatch)}
        </FormAlert>
      ) : null}
      {loaderData.canDraft ? (
        <section aria-labelledby="draft-title" className="mb-8 rounded border border-slate-200 bg-white p-4">
          <h2 id="draft-title" className="mb-3 text-lg font-semibold">
            {t('reviews-cycles.outcomeEdit.draftTitle')}
          </h2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="version" value={outcome?.version ?? 0} />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField
                label={t('reviews-cycles.outcomeEdit.field.titleAr')}
                name="title.ar"
                lang="ar"
                maxLength={OUTCOME_TITLE_MAX}
                defaultValue={sentValue(sent, 'title.ar', outcome?.title.ar ?? '')}
                errors={errs('title.ar')}
              />
              <TextField
                label={t('reviews-cycles.outcomeEdit.field.titleEn')}
                name="title.en"
                lang="en"
                maxLength={OUTCOME_TITLE_MAX}
                defaultValue={sentValue(sent, 'title.en', outcome?.title.en ?? '')}
                errors={errs('title.en')}
              />
            </div>
            <TextArea
              label={t('reviews-cycles.outcomeEdit.field.bodyAr')}
              hint={t('reviews-cycles.outcomeEdit.field.bodyHint')}
              name="body.ar"
              lang="ar"
              rows={12}
              maxLength={OUTCOME_BODY_MAX}
              defaultValue={sentValue(sent, 'body.ar', outcome?.body.ar ?? '')}
              errors={[...(errs('body') ?? []), ...(errs('body.ar') ?? [])]}
            />
            <TextArea
              label={t('reviews-cycles.outcomeEdit.field.bodyEn')}
              hint={t('reviews-cycles.outcomeEdit.field.bodyHint')}
              name="body.en"
              lang="en"
              rows={12}
              maxLength={OUTCOME_BODY_MAX}
              defaultValue={sentValue(sent, 'body.en', outcome?.body.en ?? '')}
              errors={errs('body.en')}
            />
            <SubmitButton name="intent" value="save">
              {t('reviews-cycles.outcomeEdit.save')}
            </SubmitButton>
          </Form>
          {outcome && outcome.latestVersion !== published ? (
            <Form method="post" className="mt-4 border-t border-slate-200 pt-4">
              <CsrfInput />
              <input type="hidden" name="version" value={outcome.version} />
              <p className="mb-2 text-sm text-slate-700">
                {t('reviews-cycles.outcomeEdit.publishHelp', { number: outcome.latestVersion })}
              </p>
              <SubmitButton name="intent" value="publish">
                {t('reviews-cycles.outcomeEdit.publish', { number: outcome.latestVersion })}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : outcome ? (
        <section aria-labelledby="latest-title" className="mb-8">
          <h2 id="latest-title" className="mb-2 text-lg font-semibold">
            {t('reviews-cycles.outcomeEdit.latest', { number: outcome.latestVersion })}
          </h2>
          <Paragraphs value={outcome.body} className="max-w-3xl space-y-3" />
        </section>
      ) : null}

      {published ? (
        <p className="mb-6">
          <Link to={href(`/reviews/cycles/${cycle.id}/outcome`)}>
            {t('reviews-cycles.outcomeEdit.viewPublic')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="versions-title" className="mb-8">
        <h2 id="versions-title" className="mb-2 text-lg font-semibold">
          {t('reviews-cycles.outcomeEdit.versions')}
        </h2>
        {versions.length ? (
          <ol className="space-y-1">
            {versions.map((v) => (
              <li key={v.number}>
                <Link to={`?version=${v.number}#shown-title`} className="underline">
                  {t('reviews-cycles.outcome.versionLabel', { number: v.number })}
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  {t('reviews-cycles.outcomeEdit.savedBy', {
                    date: date(v.savedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
                  })}{' '}
                  <bdi>{v.savedBy ?? ''}</bdi>
                </span>
                {v.number === published ? (
                  <span className="ms-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">
                    {t('reviews-cycles.outcomeEdit.publishedBadge')}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('reviews-cycles.outcomeEdit.noVersions')}</p>
        )}
        {shown ? (
          <section
            aria-labelledby="shown-title"
            className="mt-4 rounded border border-slate-200 bg-white p-4"
          >
            <h3 id="shown-title" className="mb-2 font-semibold">
              {t('reviews-cycles.outcome.versionLabel', { number: shown.number })}
            </h3>
            <Paragraphs value={shown.body} className="max-w-3xl space-y-3" />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title" className="mb-2 text-lg font-semibold">
          {t('reviews-cycles.outcomeEdit.comments')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('reviews-cycles.outcomeEdit.commentsNote')}</p>
        {comments.length ? (
          <ul className="mb-4 space-y-3">
            {comments.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="text-sm text-slate-600">
                  <bdi>{c.author ?? ''}</bdi>{' '}
                  {t('reviews-cycles.outcomeEdit.commentMeta', {
                    number: c.versionNumber,
                    date: date(c.createdAt, { dateStyle: 'medium', timeZone: 'UTC' }),
                  })}
                  {c.paragraph ? (
                    <>
                      {' '}
                      {t('reviews-cycles.outcomeEdit.commentParagraph', {
                        part: c.paragraph.part,
                        number: c.paragraph.number,
                      })}
                    </>
                  ) : c.paragraphId ? (
                    <>
                      {' '}
                      <code dir="ltr">{c.paragraphId}</code>
                    </>
                  ) : null}
                </p>
                <p className="mt-1 whitespace-pre-line">
                  <bdi>{c.body}</bdi>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t('reviews-cycles.outcomeEdit.noComments')}</p>
        )}
        {outcome && loaderData.canComment ? (
          <Form method="post">
            <CsrfInput />
            {loaderData.paragraphs.length ? (
              <SelectField
                label={t('reviews-cycles.outcomeEdit.commentOn')}
                name="paragraph"
                defaultValue={refused?.intent === 'comment' ? sentValue(refused, 'paragraph') : ''}
                errors={refused?.intent === 'comment' ? refused.fieldErrors.paragraph : undefined}
              >
                <option value="">{t('reviews-cycles.outcomeEdit.commentOnWhole')}</option>
                {loaderData.paragraphs.map((p) => (
                  <option key={p.eId} value={p.eId}>
                    {t('reviews-cycles.outcomeEdit.commentOnParagraph', {
                      part: p.part,
                      number: p.number,
                      start: pick(p.start).text,
                    })}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <TextArea
              label={t('reviews-cycles.outcomeEdit.comment', { number: outcome.latestVersion })}
              name="body"
              rows={3}
              maxLength={OUTCOME_COMMENT_MAX}
              defaultValue={refused?.intent === 'comment' ? sentValue(refused, 'body') : ''}
              errors={refused?.intent === 'comment' ? refused.fieldErrors.body : undefined}
            />
            <SubmitButton name="intent" value="comment">
              {t('reviews-cycles.outcomeEdit.addComment')}
            </SubmitButton>
          </Form>
        ) : null}
      </section>
    </article>
  );
}
