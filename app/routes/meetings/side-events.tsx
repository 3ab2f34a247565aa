import { data, Link, redirect } from 'react-router';
import { listSideEvents } from '~/modules/meetings/side-events/list-side-events.server';
import { proposeSideEvent } from '~/modules/meetings/side-events/propose-side-event.server';
import { saveSideEventSettings } from '~/modules/meetings/side-events/save-side-event-settings.server';
import { guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/side-events';
import { versionOf } from './meeting-forms.server';
import { SideEventActionForm, SideEventForm } from './side-event-form';
import { SideEventList } from './side-event-list';
import { sideEventView } from './side-event-views.server';

const notices = ['proposed', 'settingsSaved', 'withdrawn', 'accepted', 'declined'] as const;

/**
 * A meeting's side events: the published programme (accepted side events) for everyone; for a
 * signed-in reader their own proposals and, while the meeting takes them, the proposal form; for
 * the organisers the proposal window and every proposal to review.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const view = await orErrorPage(() => listSideEvents({ subject: viewer.subject, meetingId: params.id }));
  const { meeting, settings } = view;
  const url = new URL(request.url);
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      timeZone: meeting.timeZone,
      languages: meeting.languages,
    },
    state: view.state,
    closesOn: settings?.closesOn ?? null,
    settings: view.queue
      ? { open: settings?.open ?? false, closesOn: settings?.closesOn ?? '', version: settings?.version ?? 0 }
      : null,
    programme: view.programme.map(sideEventView),
    mine: view.mine.map(sideEventView),
    queue: view.queue?.filter((p) => p.status === 'pending').map(sideEventView) ?? null,
    decided:
      view.queue?.filter((p) => p.status !== 'pending' && p.status !== 'accepted').map(sideEventView) ?? null,
    signedIn: Boolean(viewer.user),
    notice: notices.find((n) => url.searchParams.get('notice') === n) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = { subject: viewer.subject, meetingId: params.id, requestId: context.requestId };
  const back = (notice: (typeof notices)[number]) =>
    redirect(`/${langOf(params)}/meetings/${params.id}/side-events?notice=${notice}`);
  if (intent === 'propose') {
    const done = await attemptForm(form, { run: (input) => proposeSideEvent({ ...common, input }) });
    return done.ok ? back('proposed') : done.response;
  }
  if (intent === 'settings') {
    const done = await attemptForm(form, {
      run: (input) => saveSideEventSettings({ ...common, expectedVersion: versionOf(form), input }),
    });
    return done.ok ? back('settingsSaved') : done.response;
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('side-events.page.title', { meeting: i18n.pick(loaderData.meeting.title).text }),
        })
      : null,
  );

export default function SideEventsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, pick } = useI18n();
  const href = useHref();
  const { meeting, state, settings, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const settingsResult = result?.values?.intent === 'settings' ? result : undefined;
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const listProps = { meetingId: meeting.id, timeZone: meeting.timeZone };
  return (
    <article aria-labelledby="side-events-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { label: t('side-events.title') },
        ]}
      />
      {notice ? <FormAlert tone="success">{t(`side-events.notice.${notice}`)}</FormAlert> : null}
      <h1 id="side-events-title" className="mb-2 text-2xl font-bold">
        {t('side-events.title')}
      </h1>
      <p className="mb-4">
        <TranslatedText value={meeting.title} />
      </p>
      <p className="mb-6" role="status">
        {state === 'open' && loaderData.closesOn
          ? t('side-events.state.openUntil', { date: day(loaderData.closesOn) })
          : t(`side-events.state.${state}`)}
      </p>
      <section aria-labelledby="programme-title" className="mb-8">
        <h2 id="programme-title" className="mb-3 text-xl font-semibold">
          {t('side-events.programme.title')}
        </h2>
        <SideEventList items={loaderData.programme} {...listProps} empty={t('side-events.programme.none')} />
      </section>
      {loaderData.mine.length ? (
        <section aria-labelledby="mine-title" className="mb-8">
          <h2 id="mine-title" className="mb-3 text-xl font-semibold">
            {t('side-events.mine.title')}
          </h2>
          <SideEventList items={loaderData.mine} {...listProps} empty="" showStatus />
        </section>
      ) : null}
      {state === 'open' && loaderData.signedIn ? (
        <section className="mb-8 rounded border border-slate-300 p-3">
          <SideEventForm
            intent="propose"
            result={result}
            startsOn={meeting.startsOn}
            endsOn={meeting.endsOn}
            meetingLanguages={meeting.languages}
          />
        </section>
      ) : state === 'open' ? (
        <p className="mb-8">
          <Link
            className="underline"
            to={href(`/sign-in?next=${encodeURIComponent(href(`/meetings/${meeting.id}/side-events`))}`)}
          >
            {t('side-events.propose.signIn')}
          </Link>
        </p>
      ) : null}
      {settings && loaderData.queue ? (
        <section aria-labelledby="review-title" className="mb-8">
          <h2 id="review-title" className="mb-3 text-xl font-semibold">
            {t('side-events.queue.title')}
          </h2>
          <SideEventList
            items={loaderData.queue}
            {...listProps}
            empty={t('side-events.queue.none')}
            showStatus
          />
          {loaderData.decided?.length ? (
            <>
              <h3 className="mb-2 text-lg font-semibold">{t('side-events.queue.decided')}</h3>
              <SideEventList items={loaderData.decided} {...listProps} empty="" showStatus />
            </>
          ) : null}
          <SideEventActionForm
            id="settings-title"
            title={t('side-events.settings.title')}
            intent="settings"
            version={settings.version}
            result={settingsResult}
          >
            <label className="mb-3 flex items-center gap-2">
              <input
                type="checkbox"
                name="open"
                defaultChecked={settingsResult ? submitted(settingsResult, 'open') === 'on' : settings.open}
              />
              {t('side-events.settings.open')}
            </label>
            <TextField
              label={t('side-events.settings.closesOn')}
              hint={t('side-events.settings.closesOnHint', { timeZone: meeting.timeZone })}
              name="closesOn"
              type="date"
              defaultValue={settingsResult ? submitted(settingsResult, 'closesOn') : settings.closesOn}
              errors={settingsResult?.fieldErrors?.closesOn}
            />
            <SubmitButton>{t('side-events.settings.save')}</SubmitButton>
          </SideEventActionForm>
        </section>
      ) : null}
    </article>
  );
}
