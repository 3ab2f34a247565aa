import { data, Form, redirect } from 'react-router';
import { meetingDocumentKinds } from '#db/schema/meeting-document-values';
import { createMeetingDocument } from '~/modules/meetings/outcome/create-document.server';
import { listMeetingDocuments } from '~/modules/meetings/outcome/get-documents.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, SelectField, SubmitButton, valueOf as sentValue } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import { refusedForm } from '../reviews/cycle-form-state';
import { sentIntent } from '../reviews/cycle-pages.server';
import { ProblemSummary } from '../reviews/cycle-ui';
import type { Route } from './+types/documents';
import { DocumentFields } from './document-fields';
import { meetingFor } from './meeting-forms.server';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('meetings.documents.title', { title: i18n.pick(loaderData.meeting.title).text }),
        })
      : null,
  );

/**
 * A meeting's documents as its organisers and partners work on them: each with its state and a link
 * to its workspace; the organisers start a new one (the outcome, a chair's summary, a round
 * table's co-chairs' summary).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const listed = await orErrorPage(async () => {
    const found = await listMeetingDocuments({ subject: viewer.subject, meetingId: params.id });
    if (!found.canSeeArea) throw forbidden();
    return found;
  });
  const view = await meetingFor(viewer.subject, params.id);
  return {
    meeting: { id: listed.meeting.id, title: listed.meeting.title },
    documents: listed.workspace.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      status: d.status,
      latestVersion: d.latestVersion,
      publishedVersion: d.publishedVersion,
      sessionTitle: d.sessionTitle,
      path: d.path,
    })),
    roundTables: view.sessions
      .filter((s) => s.kind === 'round-table')
      .map((s) => ({ id: s.id, title: s.title })),
    canCreate: listed.canCreate,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  if (form.get('intent') !== 'create') throw data({ code: 'badForm' }, { status: 400 });
  const created = await attemptForm(form, {
    run: (input) =>
      createMeetingDocument({
        subject: viewer.subject,
        meetingId: params.id,
        input,
        requestId: context.requestId,
      }),
    extra: sentIntent,
  });
  if (!created.ok) return created.response;
  return redirect(`/${langOf(params)}/meetings/${params.id}/documents/${created.value.id}?notice=created`);
}

export default function MeetingDocuments({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { meeting, documents } = loaderData;
  const refused = refusedForm(actionData);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { label: t('meetings.documents.heading') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('meetings.documents.title', { title: pick(meeting.title).text })}
      </h1>
      <p className="mb-4 text-slate-700">{t('meetings.documents.intro')}</p>
      {documents.length ? (
        <ul className="mb-8 space-y-2">
          {documents.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="text-sm text-slate-600">
                {t(`documents.kind.${d.kind}`)}
                {d.sessionTitle ? (
                  <>
                    {' — '}
                    <TranslatedText value={d.sessionTitle} />
                  </>
                ) : null}
                {' · '}
                {t(`documents.status.${d.status}`)}
              </p>
              <p>
                <Link to={href(`/meetings/${meeting.id}/documents/${d.id}`)} className="underline">
                  <TranslatedText value={d.title} />
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  {t('meetings.documents.versions', {
                    latest: d.latestVersion,
                    published: d.publishedVersion ?? 0,
                  })}
                </span>
              </p>
              {d.path ? (
                <p className="text-sm">
                  <Link to={href(d.path)}>{t('meetings.documents.viewPublic')}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8">{t('meetings.documents.none')}</p>
      )}
      {loaderData.canCreate ? (
        <section aria-labelledby="new-title" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="new-title" className="mb-3 text-lg font-semibold">
            {t('meetings.documents.newTitle')}
          </h2>
          <ProblemSummary refused={refused} />
          <Form method="post">
            <CsrfInput />
            <SelectField
              label={t('meetings.documents.field.kind')}
              name="kind"
              defaultValue={sentValue(refused, 'kind', 'progress-declaration')}
              errors={refused?.fieldErrors.kind}
            >
              {meetingDocumentKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`documents.kind.${kind}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('meetings.documents.field.session')}
              hint={t('meetings.documents.field.sessionHint')}
              name="sessionId"
              defaultValue={sentValue(refused, 'sessionId', '')}
              errors={refused?.fieldErrors.sessionId}
            >
              <option value="">{t('meetings.documents.field.noSession')}</option>
              {loaderData.roundTables.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.title).text}
                </option>
              ))}
            </SelectField>
            <DocumentFields sent={refused} current={null} />
            <SubmitButton name="intent" value="create">
              {t('meetings.documents.create', { version: 1 })}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
