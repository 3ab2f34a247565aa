import { data, Form, Link, redirect } from 'react-router';
import { cancelRegistration } from '~/modules/meetings/cancel-registration.server';
import { decideNomination } from '~/modules/meetings/decide-nomination.server';
import { inviteSpeaker } from '~/modules/meetings/invite-speaker.server';
import { getMeetingPage } from '~/modules/meetings/meeting-page.server';
import { canNominate } from '~/modules/meetings/meeting-policy';
import { nominateSpeaker } from '~/modules/meetings/nominate-speaker.server';
import { registerForMeeting } from '~/modules/meetings/register-for-meeting.server';
import { removeSession } from '~/modules/meetings/remove-session.server';
import { saveSession } from '~/modules/meetings/save-session.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { countryChoices } from '~/modules/reference/list-countries.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { listStakeholderCategories } from '~/modules/reference/list-stakeholder-categories.server';
import { guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/meeting';
import { Agenda, CoveragePanel } from './agenda';
import { BalancePanel } from './balance-panel';
import { MeetingDocumentsPanel } from './documents-panel';
import { versionOf } from './meeting-forms.server';
import { RegionalInputs } from './regional-inputs';
import { RegistrationPanel } from './registration-panel';
import { SessionForm } from './session-form';
import { SideEventsSection } from './side-event-list';
import { sideEventView } from './side-event-views.server';
import { Nominations, SpeakerForm } from './speaker-forms';
import { StatementForm } from './statement-form';
import { StatementList } from './statement-list';
import { countryNames, statementItems } from './statement-views.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * A meeting's public page: details, the agenda by day with objectives and speakers. Signed-in
 * people nominate speakers (and see what became of their nominations); the organisers build the
 * agenda, see the objective coverage, invite speakers, decide nominations and watch the balance.
 */
const notices = [
  'created',
  'saved',
  'published',
  'cancelled',
  'draft',
  'sessionAdded',
  'sessionRemoved',
  'nominated',
  'invited',
  'decided',
  'statementRecorded',
  'registered',
  'registrationCancelled',
] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const lang = langOf(params);
  const page = await orErrorPage(() => getMeetingPage({ subject: viewer.subject, meetingId: params.id }));
  const { meeting, speakers, registration, documents, notes, regionalInputs, sideEvents } = page;
  const nominating = canNominate(viewer.subject, meeting);
  const registering = Boolean(viewer.user) && registration.state === 'open';
  // The countries come from the short reference cache (no query on most views).
  const [countries, regions, categories, names] = await Promise.all([
    nominating || page.canManage || registering ? countryChoices(lang) : Promise.resolve([]),
    page.canManage ? listRegions({ kind: 'm49_subregion' }) : Promise.resolve([]),
    registering ? listStakeholderCategories() : Promise.resolve([]),
    page.statements.length ? countryNames(lang) : Promise.resolve(new Map<string, string>()),
  ]);
  const sessionTitle = new Map(page.sessions.map((s) => [s.id, s.title]));
  const notice = notices.find((n) => new URL(request.url).searchParams.get('notice') === n) ?? null;
  return {
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      status: meeting.status,
      title: meeting.title,
      summary: meeting.summary,
      organisers: meeting.organisers,
      partners: meeting.partners,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      timeZone: meeting.timeZone,
      venue: meeting.venue,
      onlineUrl: meeting.onlineUrl,
      languages: meeting.languages,
      interpretation: meeting.interpretation,
      version: meeting.version,
      isSample: meeting.isSample,
    },
    sessions: page.sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      summary: s.summary,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      room: s.room,
      coChairs: s.coChairs,
      objectives: s.objectives,
      version: s.version,
      speakers: speakers.programme.filter((p) => p.sessionId === s.id),
      notes: notes
        .filter((n) => n.sessionId === s.id)
        .map((n) => ({ id: n.id, title: n.title, href: n.href, fileName: n.file?.name ?? null })),
    })),
    coverage: page.coverage,
    canManage: page.canManage,
    canNominate: nominating,
    signedIn: Boolean(viewer.user),
    mine: speakers.mine.map((m) => ({ ...m, sessionTitle: sessionTitle.get(m.sessionId) ?? {} })),
    organiser: speakers.organiser
      ? {
          balance: speakers.organiser.balance,
          sessionBalance: speakers.organiser.sessionBalance,
          nominations: speakers.organiser.all
            .filter((r) => r.nominatedBy)
            .map((r) => ({
              id: r.id,
              name: r.name,
              affiliation: r.affiliation,
              role: r.role,
              relevance: r.relevance,
              status: r.status,
              decisionReason: r.decisionReason,
              version: r.version,
              sessionTitle: sessionTitle.get(r.sessionId) ?? {},
            })),
        }
      : null,
    countries: countries.map((c) => ({ iso3: c.iso3, name: c.name[lang] ?? c.name.en ?? c.iso3 })),
    subregions: Object.fromEntries(regions.map((r) => [r.id, r.name[lang] ?? r.name.en ?? r.id])),
    statements: statementItems(page.statements, names, false),
    registration,
    categories: categories.map((c) => ({ key: c.key, name: c.label[lang] ?? c.label.en ?? c.key })),
    regionalInputs: regionalInputs?.map((r) => ({
      id: r.id,
      cycleId: r.cycleId,
      cycleTitle: r.cycleTitle,
      regionName: r.regionName,
      document: r.document,
      documentVersion: r.documentVersion,
      forwardedOn: r.forwardedOn,
    })),
    documents: {
      published: documents.published.map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        sessionTitle: d.sessionTitle,
        path: d.path!,
        isSample: d.isSample,
      })),
      area: documents.canSeeArea,
    },
    sideEvents: sideEvents.programme.map(sideEventView),
    notice,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = { subject: viewer.subject, meetingId: params.id, requestId: context.requestId };
  const back = (notice: (typeof notices)[number], anchor = '') =>
    redirect(`/${langOf(params)}/meetings/${params.id}?notice=${notice}${anchor}`);
  /** Runs the operation with the form's fields as its input (nested by their schema paths). */
  const run = async (
    notice: (typeof notices)[number],
    call: (input: Record<string, unknown>) => Promise<unknown>,
  ) => {
    const done = await attemptForm(form, { run: call });
    return done.ok ? back(notice) : done.response;
  };
  switch (intent) {
    case 'addSession':
      return run('sessionAdded', (input) => saveSession({ ...common, input }));
    case 'removeSession':
      return run('sessionRemoved', () =>
        removeSession({
          ...common,
          sessionId: String(form.get('sessionId') ?? ''),
          expectedVersion: versionOf(form),
        }),
      );
    case 'nominate':
      return run('nominated', (input) => nominateSpeaker({ ...common, input }));
    case 'invite':
      return run('invited', (input) => inviteSpeaker({ ...common, input }));
    case 'decide':
      return run('decided', (input) =>
        decideNomination({
          ...common,
          speakerId: String(form.get('speakerId') ?? ''),
          expectedVersion: versionOf(form),
          input,
        }),
      );
    case 'register':
      return run('registered', (input) => registerForMeeting({ ...common, input }));
    case 'cancelRegistration':
      return run('registrationCancelled', () =>
        cancelRegistration({ ...common, expectedVersion: versionOf(form) }),
      );
    case 'publish':
    case 'cancel':
    case 'draft': {
      const status = intent === 'publish' ? 'published' : intent === 'cancel' ? 'cancelled' : 'draft';
      return run(status, () => setMeetingStatus({ ...common, expectedVersion: versionOf(form), status }));
    }
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.meeting.title).text }) : null);

export default function MeetingPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, list } = useI18n();
  const href = useHref();
  const { meeting, sessions, coverage, canManage, organiser, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const regionName = (id: string) => loaderData.subregions[id] ?? id;
  const statusForm = (intent: 'publish' | 'cancel' | 'draft') => (
    <Form method="post" className="inline">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={meeting.version} />
      <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
        {t(`meetings.status.${intent}Action`)}
      </button>
    </Form>
  );
  return (
    <article aria-labelledby="meeting-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { label: t(`meetings.kind.${meeting.kind}`) },
        ]}
      />
      {notice ? (
        <FormAlert tone="success">
          {notice === 'registered' || notice === 'registrationCancelled'
            ? t(`registration.notice.${notice}`)
            : t(`meetings.notice.${notice}`)}
        </FormAlert>
      ) : null}
      {['publish', 'cancel', 'draft', 'removeSession'].includes(String(result?.values?.intent)) &&
      result?.formError ? (
        <FormAlert error={result.formError} />
      ) : null}
      <p className="text-sm text-slate-700">
        {t(`meetings.kind.${meeting.kind}`)} · {t(`meetings.statusLabel.${meeting.status}`)}
        {meeting.isSample ? <SampleBadge /> : null}
      </p>
      <h1 id="meeting-title" className="mb-2 text-2xl font-bold">
        <TranslatedText value={meeting.title} />
      </h1>
      <TranslatedText value={meeting.summary} as="p" className="mb-3 max-w-3xl" />
      <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('meetings.detail.dates')}</dt>
        <dd>
          {meeting.startsOn === meeting.endsOn
            ? day(meeting.startsOn)
            : t('meetings.detail.dateRange', { start: day(meeting.startsOn), end: day(meeting.endsOn) })}{' '}
          (<bdi dir="ltr">{meeting.timeZone}</bdi>)
        </dd>
        {meeting.venue ? (
          <>
            <dt className="font-medium">{t('meetings.detail.venue')}</dt>
            <dd>
              <bdi>{meeting.venue}</bdi>
            </dd>
          </>
        ) : null}
        {meeting.onlineUrl ? (
          <>
            <dt className="font-medium">{t('meetings.detail.online')}</dt>
            <dd>
              <a className="underline" href={meeting.onlineUrl} rel="noopener noreferrer">
                {t('meetings.detail.onlineLink')}
              </a>
            </dd>
          </>
        ) : null}
        {meeting.organisers ? (
          <>
            <dt className="font-medium">{t('meetings.detail.organisers')}</dt>
            <dd>
              <bdi>{meeting.organisers}</bdi>
            </dd>
          </>
        ) : null}
        {meeting.languages.length ? (
          <>
            <dt className="font-medium">{t('meetings.detail.languages')}</dt>
            <dd>
              {list(meeting.languages.map((l) => t(`meetings.unLanguage.${l}`)))}
              {meeting.interpretation ? ` — ${t('meetings.detail.interpretation')}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {meeting.status === 'draft' ? null : (
        <p className="-mt-4 mb-6">
          <a href={href(`/meetings/${meeting.id}/calendar.ics`)} className="underline" download>
            {t('meetings.calendar.addMeeting')}
          </a>
        </p>
      )}
      {canManage ? (
        <section aria-labelledby="manage-title" className="mb-6 flex flex-wrap items-center gap-2">
          <h2 id="manage-title" className="sr-only">
            {t('meetings.manage.title')}
          </h2>
          <Link
            to={href(`/meetings/${meeting.id}/edit`)}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
          >
            {t('meetings.manage.edit')}
          </Link>
          {meeting.status !== 'published' ? statusForm('publish') : statusForm('cancel')}
          {meeting.status !== 'draft' ? statusForm('draft') : null}
        </section>
      ) : null}
      {meeting.status === 'draft' && !canManage ? null : (
        <RegistrationPanel
          meetingId={meeting.id}
          summary={loaderData.registration}
          signedIn={loaderData.signedIn}
          languages={meeting.languages}
          countries={loaderData.countries}
          categories={loaderData.categories}
          result={result}
        />
      )}
      {meeting.kind === 'workshop' && (meeting.status !== 'draft' || canManage) ? (
        <p className="mb-6">
          <Link to={href(`/meetings/${meeting.id}/workshop`)} className="underline">
            {t(canManage ? 'meetings.workshop.manageLink' : 'meetings.workshop.link')}
          </Link>
        </p>
      ) : null}
      {coverage && (canManage || sessions.length) ? <CoveragePanel coverage={coverage} /> : null}
      <section aria-labelledby="agenda-title" className="mb-8">
        <h2 id="agenda-title" className="mb-3 text-xl font-semibold">
          {t('meetings.agenda.title')}
        </h2>
        <Agenda
          meetingId={meeting.id}
          sessions={sessions}
          timeZone={meeting.timeZone}
          canManage={canManage}
        />
      </section>
      {canManage ? (
        <section className="mb-8 rounded border border-slate-300 p-3">
          <SessionForm
            result={result}
            startsOn={meeting.startsOn}
            endsOn={meeting.endsOn}
            timeZone={meeting.timeZone}
          />
        </section>
      ) : null}
      {meeting.status === 'draft' ? null : (
        <SideEventsSection items={loaderData.sideEvents} meetingId={meeting.id} timeZone={meeting.timeZone} />
      )}
      <MeetingDocumentsPanel meetingId={meeting.id} {...loaderData.documents} />
      {loaderData.regionalInputs ? <RegionalInputs inputs={loaderData.regionalInputs} /> : null}
      <section aria-labelledby="statements-title" className="mb-8">
        <h2 id="statements-title" className="mb-3 text-xl font-semibold">
          {t('meetings.statements.title')}
        </h2>
        <StatementList items={loaderData.statements} empty={t('meetings.statements.none')} />
        {canManage ? (
          <div className="mt-4 rounded border border-slate-300 p-3">
            <StatementForm
              meetingId={meeting.id}
              sessions={sessions}
              countries={loaderData.countries}
              startsOn={meeting.startsOn}
              endsOn={meeting.endsOn}
              result={result}
            />
          </div>
        ) : null}
      </section>
      {organiser ? (
        <section aria-labelledby="speakers-title" className="mb-8">
          <h2 id="speakers-title" className="mb-3 text-xl font-semibold">
            {t('meetings.organiser.speakersTitle')}
          </h2>
          <BalancePanel
            balance={organiser.balance}
            title={t('meetings.balance.meeting')}
            regionName={regionName}
          />
          {sessions
            .filter((s) => organiser.sessionBalance[s.id])
            .map((s) => (
              <BalancePanel
                key={s.id}
                balance={organiser.sessionBalance[s.id]!}
                title={t('meetings.balance.session', { session: s.title.ar ?? s.title.en ?? '' })}
                regionName={regionName}
              />
            ))}
          <h3 className="mb-2 text-lg font-semibold">{t('meetings.nominations.title')}</h3>
          <Nominations rows={organiser.nominations} result={result} />
          {sessions.length ? (
            <SpeakerForm
              intent="invite"
              sessions={sessions}
              countries={loaderData.countries}
              result={result}
            />
          ) : null}
        </section>
      ) : null}
      {loaderData.mine.length ? (
        <section aria-labelledby="mine-title" className="mb-8">
          <h2 id="mine-title" className="mb-2 text-xl font-semibold">
            {t('meetings.mine.title')}
          </h2>
          <ul className="space-y-1">
            {loaderData.mine.map((m) => (
              <li key={m.id}>
                <bdi>{m.name}</bdi> — <TranslatedText value={m.sessionTitle} />:{' '}
                {t(`meetings.speakerStatus.${m.status}`)}
                {m.decisionReason ? (
                  <>
                    {' — '}
                    <bdi>{m.decisionReason}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaderData.canNominate && sessions.length ? (
        <section className="mb-8 rounded border border-slate-300 p-3">
          <SpeakerForm
            intent="nominate"
            sessions={sessions}
            countries={loaderData.countries}
            result={result}
          />
        </section>
      ) : !loaderData.signedIn && meeting.status === 'published' && sessions.length ? (
        <p className="mb-8">
          <Link
            className="underline"
            to={href(`/sign-in?next=${encodeURIComponent(href(`/meetings/${meeting.id}`))}`)}
          >
            {t('meetings.speaker.signInToNominate')}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
