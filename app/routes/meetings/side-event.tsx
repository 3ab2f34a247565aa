import { data, Form, redirect } from 'react-router';
import { acceptSideEvent } from '~/modules/meetings/side-events/accept-side-event.server';
import { declineSideEvent } from '~/modules/meetings/side-events/decline-side-event.server';
import { getSideEvent } from '~/modules/meetings/side-events/list-side-events.server';
import { SIDE_EVENT_REASON_MAX, SIDE_EVENT_ROOM_MAX } from '~/modules/meetings/side-events/side-event-schema';
import { updateSideEvent } from '~/modules/meetings/side-events/update-side-event.server';
import { withdrawSideEvent } from '~/modules/meetings/side-events/withdraw-side-event.server';
import { guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextArea, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/side-event';
import { versionOf } from './meeting-forms.server';
import { SideEventActionForm, SideEventForm } from './side-event-form';
import { sideEventView } from './side-event-views.server';

/**
 * One side event. Accepted, it is public with its meeting; otherwise only its proposer and the
 * meeting's organisers find it (404 to others). While pending, the proposer edits or withdraws it
 * and the organisers accept it (with a slot in the agenda, or not yet) or decline it with a reason.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const found = await orErrorPage(() =>
    getSideEvent({ subject: viewer.subject, meetingId: params.id, proposalId: params.proposalId }),
  );
  const { meeting, proposal } = found;
  const pending = proposal.status === 'pending';
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      timeZone: meeting.timeZone,
      languages: meeting.languages,
    },
    proposal: sideEventView(proposal),
    showStatus: found.owns || found.reviews,
    canEdit: found.owns && pending,
    canDecide: found.reviews && pending,
    saved: new URL(request.url).searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const lang = langOf(params);
  const common = {
    subject: viewer.subject,
    meetingId: params.id,
    proposalId: params.proposalId,
    expectedVersion: versionOf(form),
    requestId: context.requestId,
  };
  const toList = (notice: string) => redirect(`/${lang}/meetings/${params.id}/side-events?notice=${notice}`);
  switch (intent) {
    case 'save': {
      const done = await attemptForm(form, { run: (input) => updateSideEvent({ ...common, input }) });
      return done.ok
        ? redirect(`/${lang}/meetings/${params.id}/side-events/${params.proposalId}?notice=saved`)
        : done.response;
    }
    case 'withdraw': {
      const done = await attemptForm(form, () => withdrawSideEvent(common));
      return done.ok ? toList('withdrawn') : done.response;
    }
    case 'accept': {
      const done = await attemptForm(form, { run: (input) => acceptSideEvent({ ...common, input }) });
      return done.ok ? toList('accepted') : done.response;
    }
    case 'decline': {
      const done = await attemptForm(form, { run: (input) => declineSideEvent({ ...common, input }) });
      return done.ok ? toList('declined') : done.response;
    }
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.proposal.title).text }) : null);

export default function SideEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, list, number, pick } = useI18n();
  const href = useHref();
  const { meeting, proposal: p } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const resultOf = (intent: string) => (result?.values?.intent === intent ? result : undefined);
  const accept = resultOf('accept');
  const decline = resultOf('decline');
  const withdraw = resultOf('withdraw');
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const time = (iso: string) => date(iso, { timeStyle: 'short', timeZone: meeting.timeZone });
  return (
    <article aria-labelledby="side-event-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { to: href(`/meetings/${meeting.id}/side-events`), label: t('side-events.title') },
          { label: pick(p.title).text },
        ]}
      />
      {loaderData.saved ? <FormAlert tone="success">{t('side-events.notice.saved')}</FormAlert> : null}
      <p className="text-sm text-slate-700">
        {t('side-events.kind')}
        {p.isSample ? <SampleBadge /> : null}
      </p>
      <h1 id="side-event-title" className="mb-3 text-2xl font-bold">
        <TranslatedText value={p.title} />
      </h1>
      <dl className="mb-4 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {loaderData.showStatus ? (
          <>
            <dt className="font-medium">{t('side-events.detail.status')}</dt>
            <dd>{t(`side-events.status.${p.status}`)}</dd>
            {p.status === 'declined' ? (
              <>
                <dt className="font-medium">{t('side-events.detail.reason')}</dt>
                <dd>
                  <bdi>{p.decisionReason}</bdi>
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        <dt className="font-medium">{t('side-events.detail.organisedBy')}</dt>
        <dd>
          <bdi>{list([p.proposingOrganisation, ...p.organisers])}</bdi>
        </dd>
        <dt className="font-medium">{t('side-events.detail.objectives')}</dt>
        <dd>{list(p.objectives.map((n) => t('meetings.objectiveNumber', { number: number(n) })))}</dd>
        <dt className="font-medium">{t('side-events.detail.format')}</dt>
        <dd>{t(`side-events.format.${p.format}`)}</dd>
        <dt className="font-medium">{t('side-events.detail.languages')}</dt>
        <dd>{list(p.languages.map((l) => t(`meetings.unLanguage.${l}`)))}</dd>
        <dt className="font-medium">{t('side-events.detail.time')}</dt>
        <dd>
          {p.slot ? (
            <>
              {date(p.slot.startsAt, { dateStyle: 'long', timeZone: meeting.timeZone })}{' '}
              {time(p.slot.startsAt)}–{time(p.slot.endsAt)} (<bdi dir="ltr">{meeting.timeZone}</bdi>)
              {p.slot.room ? (
                <>
                  {' · '}
                  <bdi>{p.slot.room}</bdi>
                </>
              ) : null}
            </>
          ) : (
            t('side-events.detail.preferredDay', { day: day(p.preferredDay) })
          )}
        </dd>
      </dl>
      <h2 className="mb-1 text-lg font-semibold">{t('side-events.detail.description')}</h2>
      <p className="mb-6 max-w-3xl whitespace-pre-line" dir="auto" data-user-text>
        {p.description}
      </p>
      {loaderData.canEdit ? (
        <>
          <section className="mb-4 rounded border border-slate-300 p-3">
            <SideEventForm
              intent="save"
              result={result}
              version={p.version}
              startsOn={meeting.startsOn}
              endsOn={meeting.endsOn}
              meetingLanguages={meeting.languages}
              initial={{
                'title.ar': p.title.ar ?? '',
                'title.en': p.title.en ?? '',
                proposingOrganisation: p.proposingOrganisation,
                organisers: p.organisers.join('\n'),
                description: p.description,
                objectives: p.objectives.map(String),
                format: p.format,
                preferredDay: p.preferredDay,
                languages: p.languages,
              }}
            />
          </section>
          <Form method="post" className="mb-8">
            <CsrfInput />
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="version" value={p.version} />
            {withdraw?.formError ? <FormAlert error={withdraw.formError} /> : null}
            <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-900">
              {t('side-events.withdraw')}
            </button>
          </Form>
        </>
      ) : null}
      {loaderData.canDecide ? (
        <section aria-labelledby="decide-title" className="mb-8">
          <h2 id="decide-title" className="mb-3 text-xl font-semibold">
            {t('side-events.decide.title')}
          </h2>
          <SideEventActionForm
            id="accept-title"
            title={t('side-events.accept.title')}
            hint={t('side-events.accept.hint')}
            intent="accept"
            version={p.version}
            result={accept}
            className="mb-4"
          >
            <div className="grid gap-x-4 sm:grid-cols-4">
              <TextField
                label={t('side-events.accept.day')}
                name="day"
                type="date"
                min={meeting.startsOn}
                max={meeting.endsOn}
                defaultValue={submitted(accept, 'day')}
                errors={accept?.fieldErrors?.day}
              />
              <TextField
                label={t('side-events.accept.startTime')}
                hint={meeting.timeZone}
                name="startTime"
                type="time"
                defaultValue={submitted(accept, 'startTime')}
                errors={accept?.fieldErrors?.startTime}
              />
              <TextField
                label={t('side-events.accept.endTime')}
                hint={meeting.timeZone}
                name="endTime"
                type="time"
                defaultValue={submitted(accept, 'endTime')}
                errors={accept?.fieldErrors?.endTime}
              />
              <TextField
                label={t('side-events.accept.room')}
                name="room"
                maxLength={SIDE_EVENT_ROOM_MAX}
                defaultValue={submitted(accept, 'room')}
                errors={accept?.fieldErrors?.room}
              />
            </div>
            <SubmitButton>{t('side-events.accept.submit')}</SubmitButton>
          </SideEventActionForm>
          <SideEventActionForm
            id="decline-title"
            title={t('side-events.decline.title')}
            intent="decline"
            version={p.version}
            result={decline}
          >
            <TextArea
              label={t('side-events.decline.reason')}
              hint={t('side-events.decline.reasonHint')}
              name="reason"
              rows={3}
              maxLength={SIDE_EVENT_REASON_MAX}
              defaultValue={submitted(decline, 'reason')}
              errors={decline?.fieldErrors?.reason}
            />
            <SubmitButton>{t('side-events.decline.submit')}</SubmitButton>
          </SideEventActionForm>
        </section>
      ) : null}
    </article>
  );
}
