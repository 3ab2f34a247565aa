import { Link, redirect } from 'react-router';
import { MEETING_FILE_MAX_BYTES, meetingFileKinds } from '~/modules/meetings/meeting-limits';
import { recordStatement } from '~/modules/meetings/record-statement.server';
import { listCountries } from '~/modules/reference/list-countries.server';
import { guardSignedIn } from '~/permissions/guard.server';
import type { Subject } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';
import { errorPage } from '~/platform/http/error-page';
import { useHref } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/statement-upload';
import { submitFileForm } from './file-form.server';
import { meetingFor } from './meeting-forms.server';
import { StatementForm } from './statement-form';

/** The meeting for its organisers only: 404 when they may not see it, 403 when they may only read it. */
async function organisersMeeting(subject: Subject, meetingId: string) {
  const view = await meetingFor(subject, meetingId);
  if (!view.canManage) throw errorPage(forbidden());
  return view;
}

/**
 * Recording a statement with its text and/or its file (PDF or DOCX, type-sniffed, 20 MB at most). The
 * meeting page's form posts here (the path ends in /upload so the server's upload cap applies); this
 * page shows the form again when something is refused, with what was typed.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const lang = langOf(params);
  const { meeting, sessions } = await organisersMeeting(viewer.subject, params.id);
  const countries = (await listCountries({ locale: lang })).items;
  return {
    meeting: { id: meeting.id, title: meeting.title, startsOn: meeting.startsOn, endsOn: meeting.endsOn },
    sessions: sessions.map((s) => ({ id: s.id, title: s.title })),
    countries: countries.map((c) => ({ iso3: c.iso3, name: c.name[lang] ?? c.name.en ?? c.iso3 })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await organisersMeeting(viewer.subject, params.id);
  const done = await submitFileForm(
    request,
    context,
    { maxBytes: MEETING_FILE_MAX_BYTES, allowed: meetingFileKinds },
    (input, upload) =>
      recordStatement({
        subject: viewer.subject,
        meetingId: params.id,
        input,
        upload,
        requestId: context.requestId,
      }),
  );
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/meetings/${params.id}?notice=statementRecorded`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('meetings.statement.add') }));

export default function StatementUpload({ loaderData, actionData }: Route.ComponentProps) {
  const href = useHref();
  const { meeting } = loaderData;
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">
        <Link to={href(`/meetings/${meeting.id}`)}>
          <TranslatedText value={meeting.title} />
        </Link>
      </h1>
      <div className="mt-4">
        <StatementForm
          meetingId={meeting.id}
          sessions={loaderData.sessions}
          countries={loaderData.countries}
          startsOn={meeting.startsOn}
          endsOn={meeting.endsOn}
          result={submission(actionData)}
        />
      </div>
    </article>
  );
}
