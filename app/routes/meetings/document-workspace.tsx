import { data, Form, redirect } from 'react-router';
import { addDocumentComment } from '~/modules/meetings/outcome/add-document-comment.server';
import { adoptMeetingDocument } from '~/modules/meetings/outcome/adopt-document.server';
import { DOCUMENT_COMMENT_MAX } from '~/modules/meetings/outcome/document-limits';
import { getDocumentWorkspace } from '~/modules/meetings/outcome/get-documents.server';
import { saveMeetingDocument } from '~/modules/meetings/outcome/save-document.server';
import { setCommentPeriod } from '~/modules/meetings/outcome/set-comment-period.server';
import { guardSignedIn } from '~/permissions/guard.server';
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
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import { refusedForm } from '../reviews/cycle-form-state';
import { noticeOf, sentIntent } from '../reviews/cycle-pages.server';
import { ProblemSummary } from '../reviews/cycle-ui';
import type { Route } from './+types/document-workspace';
import { DocumentFields } from './document-fields';

const notices = ['created', 'saved', 'commentsOpened', 'commentsClosed', 'commented', 'adopted'] as const;
const intents = {
  save: 'saved',
  openComments: 'commentsOpened',
  closeComments: 'commentsClosed',
  comment: 'commented',
  adopt: 'adopted',
} as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.pick(loaderData.document.title).text || i18n.t(`documents.kind.${loaderData.document.kind}`)} — ${i18n.pick(loaderData.meeting.title).text}`,
        })
      : null,
  );

/**
 * A meeting document's workspace: the organisers draft it (each save a version), open a comment
 * period, adopt and publish it; during the period the partners (focal points of the participating
 * states) comment on the whole or on one paragraph.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const raw = new URL(request.url).searchParams.get('version');
  const versionNumber = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null;
  const w = await orErrorPage(() =>
    getDocumentWorkspace({
      subject: viewer.subject,
      meetingId: params.id,
      documentId: params.documentId,
      versionNumber,
    }),
  );
  const doc = w.document;
  return {
    meeting: { id: w.meeting.id, title: w.meeting.title },
    document: {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      body: doc.body,
      status: doc.status,
      commentsCloseOn: doc.commentsCloseOn,
      version: doc.version,
      latestVersion: doc.latestVersion,
      publishedVersion: doc.publishedVersion,
    },
    session: w.session ? { title: w.session.title, coChairs: w.session.coChairs } : null,
    versions: w.versions.map((v) => ({ ...v, savedAt: v.savedAt.toISOString() })),
    comments: w.comments.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      paragraph: w.latestParagraphs.find((p) => p.eId === c.paragraphId) ?? null,
    })),
    paragraphs: w.latestParagraphs.map((p) => ({
      eId: p.eId,
      part: p.part,
      number: p.number,
      start: { ar: p.ar.slice(0, 60), en: p.en.slice(0, 60) },
    })),
    mismatch: paragraphCountMismatch(doc.body),
    shown: w.shownVersion ? { number: w.shownVersion.number, body: w.shownVersion.body } : null,
    canDraft: w.canDraft,
    canComment: w.canComment,
    publicPath: w.publicPath,
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '') as keyof typeof intents;
  if (!Object.hasOwn(intents, intent)) throw data({ code: 'badForm' }, { status: 400 });
  const common = {
    subject: viewer.subject,
    meetingId: params.id,
    documentId: params.documentId,
    requestId: context.requestId,
  };
  const expectedVersion = Number(form.get('version') ?? 0);
  const run = (input: unknown): Promise<unknown> => {
    switch (intent) {
      case 'save':
        return saveMeetingDocument({ ...common, expectedVersion, input });
      case 'openComments':
        return setCommentPeriod({ ...common, expectedVersion, open: true, input });
      case 'closeComments':
        return setCommentPeriod({ ...common, expectedVersion, open: false });
      case 'comment':
        return addDocumentComment({ ...common, input });
      case 'adopt':
        return adoptMeetingDocument({ ...common, expectedVersion });
    }
  };
  const result = await attemptForm(form, { run, extra: sentIntent });
  if (!result.ok) return result.response;
  return redirect(
    `/${langOf(params)}/meetings/${params.id}/documents/${params.documentId}?notice=${intents[intent]}`,
  );
}

export default function DocumentWorkspace({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date } = useI18n();
  const href = useHref();
  const { meeting, document: doc, versions, comments, shown, notice } = loaderData;
  const refused = refusedForm(actionData);
  const sentFor = (intent: string) => (refused?.intent === intent ? refused : undefined);
  const stale = refused?.formError?.code === 'staleVersion';
  const kindLabel = t(`documents.kind.${doc.kind}`);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { to: href(`/meetings/${meeting.id}/documents`), label: t('meetings.documents.heading') },
          { label: kindLabel },
        ]}
      />
      <p className="text-sm text-slate-600">
        {kindLabel}
        {loaderData.session ? (
          <>
            {' — '}
            <TranslatedText value={loaderData.session.title} />
          </>
        ) : null}
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        <TranslatedText value={doc.title} />
      </h1>
      <p className="mb-4 text-sm">
        {t(`documents.status.${doc.status}`)}
        {doc.status === 'comment' && doc.commentsCloseOn
          ? ` — ${t('meetings.documents.commentsUntil', { date: date(doc.commentsCloseOn, { dateStyle: 'long', timeZone: 'UTC' }) })}`
          : ''}
        {' · '}
        {t('meetings.documents.versions', {
          latest: doc.latestVersion,
          published: doc.publishedVersion ?? 0,
        })}
      </p>
      {notice ? <FormAlert tone="success">{t(`meetings.documents.notice.${notice}`)}</FormAlert> : null}
      <ProblemSummary refused={refused} />
      {loaderData.publicPath ? (
        <p className="mb-4">
          <Link to={href(loaderData.publicPath)}>{t('meetings.documents.viewPublic')}</Link>
        </p>
      ) : null}
      {stale ? (
        <section
          aria-labelledby="stale-title"
          className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm"
        >
          <h2 id="stale-title" className="font-semibold">
            {t('meetings.documents.staleTitle')}
          </h2>
          <Paragraphs value={doc.body} className="max-w-3xl space-y-3" />
        </section>
      ) : null}
      {loaderData.mismatch ? (
        <FormAlert tone="info">{t('meetings.documents.paragraphMismatch', loaderData.mismatch)}</FormAlert>
      ) : null}

      {loaderData.canDraft ? (
        <section aria-labelledby="draft-title" className="mb-8 rounded border border-slate-200 bg-white p-4">
          <h2 id="draft-title" className="mb-3 text-lg font-semibold">
            {t('meetings.documents.draftTitle')}
          </h2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="version" value={doc.version} />
            <DocumentFields sent={sentFor('save')} current={doc} />
            <SubmitButton name="intent" value="save">
              {t('meetings.documents.save')}
            </SubmitButton>
          </Form>
          <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 sm:grid-cols-2">
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="version" value={doc.version} />
              <TextField
                type="date"
                label={t('meetings.documents.commentsCloseOn')}
                name="closesOn"
                defaultValue={sentValue(sentFor('openComments'), 'closesOn', doc.commentsCloseOn ?? '')}
                errors={sentFor('openComments')?.fieldErrors.closesOn}
              />
              <SubmitButton name="intent" value="openComments">
                {t(
                  doc.status === 'comment'
                    ? 'meetings.documents.moveComments'
                    : 'meetings.documents.openComments',
                )}
              </SubmitButton>
            </Form>
            {doc.status === 'comment' ? (
              <Form method="post" className="self-end">
                <CsrfInput />
                <input type="hidden" name="version" value={doc.version} />
                <SubmitButton name="intent" value="closeComments">
                  {t('meetings.documents.closeComments')}
                </SubmitButton>
              </Form>
            ) : null}
          </div>
          {doc.latestVersion !== doc.publishedVersion ? (
            <Form method="post" className="mt-4 border-t border-slate-200 pt-4">
              <CsrfInput />
              <input type="hidden" name="version" value={doc.version} />
              <p className="mb-2 text-sm text-slate-700">
                {t('meetings.documents.adoptHelp', { number: doc.latestVersion })}
              </p>
              <SubmitButton name="intent" value="adopt">
                {t('meetings.documents.adopt', { number: doc.latestVersion })}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="latest-title" className="mb-8">
          <h2 id="latest-title" className="mb-2 text-lg font-semibold">
            {t('documents.versionLabel', { number: doc.latestVersion })}
          </h2>
          <Paragraphs value={doc.body} className="max-w-3xl space-y-3" />
        </section>
      )}

      <section aria-labelledby="versions-title" className="mb-8">
        <h2 id="versions-title" className="mb-2 text-lg font-semibold">
          {t('meetings.documents.versionsTitle')}
        </h2>
        <ol className="space-y-1">
          {versions.map((v) => (
            <li key={v.number}>
              <Link to={`?version=${v.number}#shown-title`}>
                {t('documents.versionLabel', { number: v.number })}
              </Link>{' '}
              <span className="text-sm text-slate-700">
                {date(v.savedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}{' '}
                <bdi>{v.savedBy ?? ''}</bdi>
              </span>
              {v.number === doc.publishedVersion ? (
                <span className="ms-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">
                  {t('documents.status.adopted')}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
        {shown ? (
          <section
            aria-labelledby="shown-title"
            className="mt-4 rounded border border-slate-200 bg-white p-4"
          >
            <h3 id="shown-title" className="mb-2 font-semibold">
              {t('documents.versionLabel', { number: shown.number })}
            </h3>
            <Paragraphs value={shown.body} className="max-w-3xl space-y-3" />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title" className="mb-2 text-lg font-semibold">
          {t('meetings.documents.comments')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('meetings.documents.commentsNote')}</p>
        {comments.length ? (
          <ul className="mb-4 space-y-3">
            {comments.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="text-sm text-slate-600">
                  <bdi>{c.author ?? ''}</bdi>{' '}
                  {t('meetings.documents.commentMeta', {
                    number: c.versionNumber,
                    date: date(c.createdAt, { dateStyle: 'medium', timeZone: 'UTC' }),
                  })}
                  {c.paragraph ? (
                    <>
                      {' '}
                      —{' '}
                      {t('documents.paragraph.heading', {
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
          <p className="mb-4">{t('meetings.documents.noComments')}</p>
        )}
        {loaderData.canComment ? (
          <Form method="post">
            <CsrfInput />
            <SelectField
              label={t('meetings.documents.commentOn')}
              name="paragraph"
              defaultValue={sentValue(sentFor('comment'), 'paragraph', '')}
              errors={sentFor('comment')?.fieldErrors.paragraph}
            >
              <option value="">{t('meetings.documents.commentOnWhole')}</option>
              {loaderData.paragraphs.map((p) => (
                <option key={p.eId} value={p.eId}>
                  {t('documents.paragraph.heading', { part: p.part, number: p.number })}: {pick(p.start).text}
                </option>
              ))}
            </SelectField>
            <TextArea
              label={t('meetings.documents.comment', { number: doc.latestVersion })}
              name="body"
              rows={3}
              maxLength={DOCUMENT_COMMENT_MAX}
              defaultValue={sentValue(sentFor('comment'), 'body', '')}
              errors={sentFor('comment')?.fieldErrors.body}
            />
            <SubmitButton name="intent" value="comment">
              {t('meetings.documents.addComment')}
            </SubmitButton>
          </Form>
        ) : null}
      </section>
    </article>
  );
}
