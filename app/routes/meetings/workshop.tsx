import { data, redirect } from 'react-router';
import { answerInvitation } from '~/modules/meetings/workshops/answer-invitation.server';
import { closeTrainingRecord } from '~/modules/meetings/workshops/close-training-record.server';
import { getWorkshop } from '~/modules/meetings/workshops/get-workshop.server';
import { inviteFocalPoints } from '~/modules/meetings/workshops/invite-focal-points.server';
import { markAttendance } from '~/modules/meetings/workshops/mark-attendance.server';
import { removeMaterial } from '~/modules/meetings/workshops/remove-material.server';
import { saveWorkshopStates } from '~/modules/meetings/workshops/save-workshop-states.server';
import { listCountries } from '~/modules/reference/list-countries.server';
import { guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/workshop';
import { versionOf } from './meeting-forms.server';
import {
  AttendanceForms,
  InvitationAnswer,
  InvitationsPanel,
  MaterialsPanel,
  RecordForm,
  TrainingRecord,
} from './workshop-panels';

const notices = [
  'statesSaved',
  'invited',
  'accepted',
  'declined',
  'attendanceSaved',
  'materialAdded',
  'materialRemoved',
  'recordClosed',
] as const;

/**
 * A focal-point workshop's page (meetings of kind workshop): the record that the training took
 * place (aggregates only) and the materials the reader may open, for everyone; the invitee's own
 * answer; and for the organisers the states in scope, invitations, attendance per day, materials
 * and the record form. Personal data (invitees, participants, marks) reaches the organisers only.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const lang = langOf(params);
  const view = await orErrorPage(() => getWorkshop({ subject: viewer.subject, meetingId: params.id }));
  const countries = (await listCountries({ locale: lang })).items.map((c) => ({
    iso3: c.iso3,
    name: c.name[lang] ?? c.name.en ?? c.iso3,
  }));
  const countryName = Object.fromEntries(countries.map((c) => [c.iso3, c.name]));
  const { meeting, organiser } = view;
  const url = new URL(request.url);
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      isSample: meeting.isSample,
    },
    record: view.record,
    materials: view.materials.map((m) => ({
      id: m.id,
      title: m.title,
      url: m.url,
      visibility: m.visibility,
      version: m.version,
      fileId: m.fileId,
      fileName: m.fileName,
    })),
    invitation: view.invitation
      ? {
          status: view.invitation.status,
          version: view.invitation.version,
          country: view.invitation.countryIso3,
        }
      : null,
    registrationStatus: view.registration?.status ?? null,
    organiser: organiser
      ? {
          version: organiser.version,
          states: organiser.states,
          withoutFocalPoint: organiser.withoutFocalPoint,
          focalPointCount: organiser.focalPoints.length,
          invitations: organiser.invitations.map((i) => ({
            id: i.id,
            name: i.name,
            countryIso3: i.countryIso3,
            status: i.status,
            invitedAt: i.invitedAt.toISOString(),
            answeredAt: i.answeredAt?.toISOString() ?? null,
          })),
          participants: organiser.participants.map((p) => ({
            registrationId: p.registrationId,
            name: p.name,
            countryIso3: p.countryIso3,
            marks: p.marks.map((m) => ({ day: m.day, mark: m.mark, version: m.version })),
          })),
          days: organiser.days,
          recordRefusal: organiser.recordRefusal,
          record: organiser.record,
        }
      : null,
    countries: organiser ? countries : [],
    countryName,
    notice: notices.find((n) => url.searchParams.get('notice') === n) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const common = { subject: viewer.subject, meetingId: params.id, requestId: context.requestId };
  const back = (notice: (typeof notices)[number]) =>
    redirect(`/${langOf(params)}/meetings/${params.id}/workshop?notice=${notice}`);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const run = async (
    notice: (typeof notices)[number],
    call: (input: Record<string, unknown>) => Promise<unknown>,
  ) => {
    const done = await attemptForm(form, { run: call });
    return done.ok ? back(notice) : done.response;
  };
  switch (intent) {
    case 'states':
      return run('statesSaved', (input) =>
        saveWorkshopStates({ ...common, expectedVersion: versionOf(form), input }),
      );
    case 'invite':
      return run('invited', () => inviteFocalPoints(common));
    case 'answer':
      return run(form.get('answer') === 'accept' ? 'accepted' : 'declined', (input) =>
        answerInvitation({ ...common, expectedVersion: versionOf(form), input }),
      );
    case 'attendance':
      return run('attendanceSaved', (input) => markAttendance({ ...common, input }));
    case 'removeMaterial':
      return run('materialRemoved', () =>
        removeMaterial({
          ...common,
          materialId: String(form.get('materialId') ?? ''),
          expectedVersion: versionOf(form),
        }),
      );
    case 'record':
      return run('recordClosed', (input) =>
        closeTrainingRecord({ ...common, expectedVersion: versionOf(form), input }),
      );
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('workshops.title')}: ${i18n.pick(loaderData.meeting.title).text}` })
      : null,
  );

export default function WorkshopPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { meeting, organiser, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  return (
    <article aria-labelledby="workshop-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { label: t('workshops.title') },
        ]}
      />
      {notice ? <FormAlert tone="success">{t(`workshops.notice.${notice}`)}</FormAlert> : null}
      <h1 id="workshop-title" className="mb-4 text-2xl font-bold">
        {t('workshops.title')}: <TranslatedText value={meeting.title} />
      </h1>
      {loaderData.record ? (
        <TrainingRecord record={loaderData.record} countryName={loaderData.countryName} />
      ) : (
        <p className="mb-6">{t('workshops.record.notYet')}</p>
      )}
      {loaderData.invitation ? (
        <InvitationAnswer
          invitation={loaderData.invitation}
          registrationStatus={loaderData.registrationStatus}
          result={result}
        />
      ) : null}
      <MaterialsPanel
        meetingId={meeting.id}
        materials={loaderData.materials}
        canManage={Boolean(organiser)}
        result={result}
      />
      {organiser ? (
        <>
          <InvitationsPanel
            organiser={organiser}
            countries={loaderData.countries}
            countryName={loaderData.countryName}
            result={result}
          />
          <AttendanceForms
            participants={organiser.participants}
            days={organiser.days}
            countryName={loaderData.countryName}
            result={result}
          />
          <RecordForm
            version={organiser.version}
            refusal={organiser.recordRefusal}
            record={organiser.record}
            startsOn={meeting.startsOn}
            endsOn={meeting.endsOn}
            result={result}
          />
        </>
      ) : null}
    </article>
  );
}
