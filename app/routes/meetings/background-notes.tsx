import { data, Form, Link, redirect } from 'react-router';
import { addBackgroundNote } from '~/modules/meetings/add-background-note.server';
import { getSessionNotesForOrganiser } from '~/modules/meetings/background-note-records.server';
import {
  BACKGROUND_NOTE_TITLE_MAX,
  MEETING_FILE_MAX_BYTES,
  meetingFileKinds,
  URL_MAX,
} from '~/modules/meetings/meeting-limits';
import { removeBackgroundNote } from '~/modules/meetings/remove-background-note.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, formAlertOf, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/background-notes';
import { submitFileForm } from './file-form.server';
import { versionOf } from './meeting-forms.server';

const notices = ['added', 'removed'] as const;
const megabytes = MEETING_FILE_MAX_BYTES / (1024 * 1024);

/**
 * The organisers' page of one session's background notes: the list with a remove button each, and
 * the form that adds one (a file or a link). The path ends in /upload so the server's upload cap
 * applies; both loader and action refuse anyone but the organisers (404/403) before reading a form.
 */
const organiserView = (
  subject: Parameters<typeof getSessionNotesForOrganiser>[0]['subject'],
  params: Route.LoaderArgs['params'],
) =>
  orErrorPage(() =>
    getSessionNotesForOrganiser({ subject, meetingId: params.id, sessionId: params.sessionId }),
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const view = await organiserView(viewer.subject, params);
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    meeting: { id: view.meeting.id, title: view.meeting.title },
    session: { id: view.session.id, title: view.session.title },
    notes: view.notes,
    notice: notices.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await organiserView(viewer.subject, params);
  const common = {
    subject: viewer.subject,
    meetingId: params.id,
    requestId: context.requestId,
  };
  const back = (notice: (typeof notices)[number]) =>
    redirect(
      `/${langOf(params)}/meetings/${params.id}/sessions/${params.sessionId}/notes/upload?notice=${notice}`,
    );
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const form = await readForm(request, context);
    if (form.get('intent') !== 'remove') throw data({ code: 'badForm' }, { status: 400 });
    const done = await attemptForm(form, () =>
      removeBackgroundNote({
        ...common,
        noteId: String(form.get('noteId') ?? ''),
        expectedVersion: versionOf(form),
      }),
    );
    return done.ok ? back('removed') : done.response;
  }
  const done = await submitFileForm(
    request,
    context,
    { maxBytes: MEETING_FILE_MAX_BYTES, allowed: meetingFileKinds },
    (input, upload) => addBackgroundNote({ ...common, sessionId: params.sessionId, input, upload }),
  );
  return done.ok ? back('added') : done.response;
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('meetings.notes.title', { session: i18n.pick(loaderData.session.title).text }),
        })
      : null,
  );

export default function BackgroundNotes({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { meeting, session, notes, notice } = loaderData;
  const result = submission(actionData);
  const value = (name: string) => submitted(result, name);
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <article aria-labelledby="notes-title" className="max-w-3xl">
      <p>
        <Link to={href(`/meetings/${meeting.id}#session-${session.id}`)}>{t('meetings.notes.back')}</Link>
        {' · '}
        <TranslatedText value={meeting.title} />
      </p>
      <h1 id="notes-title" className="mt-2 text-2xl font-bold">
        {t('meetings.notes.title', { session: pick(session.title).text })}
      </h1>
      <p className="mt-2 text-slate-700">{t('meetings.notes.intro')}</p>
      {notice ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          {t(`meetings.notes.notice.${notice}`)}
        </p>
      ) : null}
      {notes.length ? (
        <ul className="mt-4 space-y-2">
          {notes.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-300 p-3">
              <a href={n.file ? href(n.href) : n.href} className="underline">
                <TranslatedText value={n.title} />
              </a>
              {n.file ? <bdi className="text-sm text-slate-600">{n.file.name}</bdi> : null}
              <Form method="post" className="ms-auto">
                <CsrfInput />
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="noteId" value={n.id} />
                <input type="hidden" name="version" value={n.version} />
                <button type="submit" className="text-sm text-red-800 underline">
                  {t('meetings.notes.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-slate-700">{t('meetings.notes.empty')}</p>
      )}
      <h2 className="mt-8 text-xl font-semibold">{t('meetings.notes.add')}</h2>
      <Form method="post" encType="multipart/form-data" noValidate className="mt-2">
        <CsrfInput />
        <FormAlert error={formAlertOf(result)} />
        <TextField
          label={t('meetings.notes.titleAr')}
          name="title.ar"
          lang="ar"
          maxLength={BACKGROUND_NOTE_TITLE_MAX}
          defaultValue={value('title.ar')}
          errors={errors('title.ar')}
        />
        <TextField
          label={t('meetings.notes.titleEn')}
          name="title.en"
          lang="en"
          maxLength={BACKGROUND_NOTE_TITLE_MAX}
          defaultValue={value('title.en')}
          errors={errors('title.en')}
        />
        <TextField
          label={t('meetings.notes.file')}
          hint={t('meetings.notes.fileHint', { megabytes })}
          name="file"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          errors={errors('file')}
        />
        <TextField
          label={t('meetings.notes.url')}
          name="url"
          type="url"
          dir="ltr"
          maxLength={URL_MAX}
          defaultValue={value('url')}
          errors={errors('url')}
        />
        <SubmitButton>{t('meetings.notes.submit')}</SubmitButton>
      </Form>
    </article>
  );
}
