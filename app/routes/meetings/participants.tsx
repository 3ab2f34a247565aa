import { data, Form, redirect } from 'react-router';
import {
  isRegistrationStatus,
  type RegistrantGender,
  registrationStatuses,
} from '#db/schema/meeting-registration-values';
import { decideRegistration } from '~/modules/meetings/decide-registration.server';
import { withPositions } from '~/modules/meetings/registration-export';
import {
  REGISTRATION_CAPACITY_MAX,
  REGISTRATION_REASON_MAX,
  REMINDER_DAYS_MAX,
} from '~/modules/meetings/registration-schema';
import { listParticipants } from '~/modules/meetings/registration-view.server';
import { saveRegistrationSettings } from '~/modules/meetings/save-registration-settings.server';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listStakeholderCategories } from '~/modules/reference/list-stakeholder-categories.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/participants';
import { versionOf } from './meeting-forms.server';

const notices = ['settingsSaved', 'decided'] as const;

/**
 * The organisers' participant list of a meeting: registration settings, counts per status (and the
 * voluntary gender answers, only counted), the list filtered by status with approve/decline for
 * pending registrations, and the CSV/XLSX exports of what is shown. Organisers only; 404 to others.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const lang = langOf(params);
  const url = new URL(request.url);
  const raw = url.searchParams.get('status') || null;
  const status = isRegistrationStatus(raw) ? raw : null;
  const list = await orErrorPage(() =>
    listParticipants({ subject: viewer.subject, meetingId: params.id, status }),
  );
  const [countries, categories] = await Promise.all([
    listCountries({ locale: lang }).then((r) => r.items),
    listStakeholderCategories(),
  ]);
  const countryName = new Map(countries.map((c) => [c.iso3, c.name[lang] ?? c.name.en ?? c.iso3]));
  const categoryName = new Map(categories.map((c) => [c.key, c.label[lang] ?? c.label.en ?? c.key]));
  const s = list.settings;
  return {
    meeting: { id: list.meeting.id, title: list.meeting.title },
    status,
    counts: list.counts,
    genders: list.genders,
    settings: {
      version: s?.version ?? 0,
      open: s?.open ?? false,
      opensOn: s?.opensOn ?? '',
      closesOn: s?.closesOn ?? '',
      capacity: s?.capacity === null || s?.capacity === undefined ? '' : String(s.capacity),
      approvalRequired: s?.approvalRequired ?? false,
      reminderDays: String(s?.reminderDays ?? 2),
    },
    rows: withPositions(list.rows).map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      status: r.status,
      position: r.position,
      organisation: r.organisation,
      country: r.countryIso3 ? (countryName.get(r.countryIso3) ?? r.countryIso3) : '',
      category: r.stakeholderCategory
        ? (categoryName.get(r.stakeholderCategory) ?? r.stakeholderCategory)
        : '',
      accessibilityNeeds: r.accessibilityNeeds,
      interpretationLanguage: r.interpretationLanguage,
      decisionReason: r.decisionReason,
      version: r.version,
    })),
    notice: notices.find((n) => url.searchParams.get('notice') === n) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = { subject: viewer.subject, meetingId: params.id, requestId: context.requestId };
  const back = (notice: (typeof notices)[number]) =>
    redirect(`/${langOf(params)}/meetings/${params.id}/participants?notice=${notice}`);
  if (intent === 'settings') {
    const done = await attemptForm(form, {
      run: (input) => saveRegistrationSettings({ ...common, expectedVersion: versionOf(form), input }),
    });
    return done.ok ? back('settingsSaved') : done.response;
  }
  if (intent === 'decide') {
    const done = await attemptForm(form, {
      run: (input) =>
        decideRegistration({
          ...common,
          registrationId: String(form.get('registrationId') ?? ''),
          expectedVersion: versionOf(form),
          input,
        }),
    });
    return done.ok ? back('decided') : done.response;
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('registration.participants.title') }));

export default function Participants({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const href = useHref();
  const { meeting, counts, settings, rows, status } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const settingsResult = result?.values?.intent === 'settings' ? result : undefined;
  const decideResult = result?.values?.intent === 'decide' ? result : undefined;
  const value = (name: string, fallback: string) =>
    settingsResult ? submitted(settingsResult, name) : fallback;
  const checked = (name: string, fallback: boolean) =>
    settingsResult ? submitted(settingsResult, name) === 'on' : fallback;
  const errors = (name: string) => settingsResult?.fieldErrors?.[name];
  const filter = status ? `?status=${status}` : '';
  const genderEntries = Object.entries(loaderData.genders) as [RegistrantGender | 'none', number][];
  return (
    <article aria-labelledby="participants-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: t('registration.participants.back') },
          { label: t('registration.participants.title') },
        ]}
      />
      <h1 id="participants-title" className="mb-4 text-2xl font-bold">
        {t('registration.participants.title')}: <TranslatedText value={meeting.title} />
      </h1>
      {loaderData.notice ? (
        <FormAlert tone="success">{t(`registration.notice.${loaderData.notice}`)}</FormAlert>
      ) : null}

      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="mb-2 text-xl font-semibold">
          {t('registration.participants.counts')}
        </h2>
        <dl className="grid max-w-md grid-cols-[1fr_max-content] gap-x-4 gap-y-1">
          {registrationStatuses.map((s) => (
            <div key={s} className="contents">
              <dt>{t(`registration.status.${s}`)}</dt>
              <dd className="text-end tabular-nums">{number(counts[s])}</dd>
            </div>
          ))}
        </dl>
        {genderEntries.length ? (
          <p className="mt-2 text-sm text-slate-700">
            {t('registration.participants.genders')}{' '}
            {genderEntries
              .map(([g, n]) => `${t(`registration.gender.${g}`)}: ${number(n)}`)
              .join(t('registration.participants.separator'))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="settings-title" className="mb-6 rounded border border-slate-300 p-3">
        <h2 id="settings-title" className="mb-2 text-xl font-semibold">
          {t('registration.settings.title')}
        </h2>
        {settingsResult?.formError ? (
          settingsResult.formError.code === 'staleVersion' ? (
            <FormAlert>{t('registration.settings.stale')}</FormAlert>
          ) : (
            <FormAlert error={settingsResult.formError} />
          )
        ) : null}
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="settings" />
          <input type="hidden" name="version" value={settings.version} />
          <p className="mb-4">
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name="open" defaultChecked={checked('open', settings.open)} />
              {t('registration.settings.open')}
            </label>
          </p>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField
              type="date"
              label={t('registration.settings.opensOn')}
              name="opensOn"
              defaultValue={value('opensOn', settings.opensOn)}
              errors={errors('opensOn')}
            />
            <TextField
              type="date"
              label={t('registration.settings.closesOn')}
              name="closesOn"
              defaultValue={value('closesOn', settings.closesOn)}
              errors={errors('closesOn')}
            />
            <TextField
              label={t('registration.settings.capacity')}
              hint={t('registration.settings.capacityHint')}
              name="capacity"
              inputMode="numeric"
              max={REGISTRATION_CAPACITY_MAX}
              defaultValue={value('capacity', settings.capacity)}
              errors={errors('capacity')}
            />
            <TextField
              label={t('registration.settings.reminderDays')}
              name="reminderDays"
              inputMode="numeric"
              max={REMINDER_DAYS_MAX}
              defaultValue={value('reminderDays', settings.reminderDays)}
              errors={errors('reminderDays')}
            />
          </div>
          <p className="mb-4">
            <label className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name="approvalRequired"
                defaultChecked={checked('approvalRequired', settings.approvalRequired)}
              />
              {t('registration.settings.approvalRequired')}
            </label>
          </p>
          <SubmitButton>{t('registration.settings.save')}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="list-title" className="mb-6">
        <h2 id="list-title" className="mb-2 text-xl font-semibold">
          {t('registration.participants.list')}
        </h2>
        <Form method="get" className="mb-3 flex flex-wrap items-end gap-2">
          <SelectField
            label={t('registration.participants.filter')}
            name="status"
            defaultValue={status ?? ''}
          >
            <option value="">{t('registration.participants.all')}</option>
            {registrationStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`registration.status.${s}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="mb-4 rounded border border-brand-700 px-3 py-2 text-brand-800">
            {t('registration.participants.show')}
          </button>
        </Form>
        <p className="mb-3 flex flex-wrap gap-4">
          <a className="underline" href={href(`/meetings/${meeting.id}/participants.csv${filter}`)} download>
            {t('registration.participants.exportCsv')}
          </a>
          <a className="underline" href={href(`/meetings/${meeting.id}/participants.xlsx${filter}`)} download>
            {t('registration.participants.exportXlsx')}
          </a>
        </p>
        {decideResult?.formError ? <FormAlert error={decideResult.formError} /> : null}
        {rows.length ? (
          <ul className="space-y-3">
            {rows.map((row) => (
              <li key={row.id} className="rounded border border-slate-300 p-3">
                <p className="font-semibold">
                  <bdi>{row.name}</bdi> — {t(`registration.status.${row.status}`)}
                  {row.position
                    ? ` (${t('registration.participants.position', { position: row.position })})`
                    : ''}
                </p>
                <p className="text-sm break-words">
                  <bdi>{row.email}</bdi>
                  {row.organisation ? (
                    <>
                      {' · '}
                      <bdi>{row.organisation}</bdi>
                    </>
                  ) : null}
                  {row.country ? ` · ${row.country}` : ''}
                  {row.category ? ` · ${row.category}` : ''}
                </p>
                {row.accessibilityNeeds ? (
                  <p className="text-sm">
                    {t('registration.field.accessibility')}: <bdi>{row.accessibilityNeeds}</bdi>
                  </p>
                ) : null}
                {row.interpretationLanguage ? (
                  <p className="text-sm">
                    {t('registration.field.interpretation')}:{' '}
                    {t(`meetings.unLanguage.${row.interpretationLanguage}`)}
                  </p>
                ) : null}
                {row.decisionReason ? (
                  <p className="text-sm">
                    {t('registration.mine.reason')} <bdi>{row.decisionReason}</bdi>
                  </p>
                ) : null}
                {row.status === 'pending' ? (
                  <Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="decide" />
                    <input type="hidden" name="registrationId" value={row.id} />
                    <input type="hidden" name="version" value={row.version} />
                    <TextField
                      label={t('registration.participants.reason', { name: row.name })}
                      name="reason"
                      maxLength={REGISTRATION_REASON_MAX}
                      defaultValue={
                        decideResult?.values?.registrationId === row.id
                          ? submitted(decideResult, 'reason')
                          : ''
                      }
                      errors={
                        decideResult?.values?.registrationId === row.id
                          ? decideResult.fieldErrors.reason
                          : undefined
                      }
                    />
                    <button
                      type="submit"
                      name="decision"
                      value="approve"
                      aria-label={t('registration.participants.approveName', { name: row.name })}
                      className="mb-4 rounded bg-green-800 px-3 py-2 text-white"
                    >
                      {t('registration.participants.approve')}
                    </button>
                    <button
                      type="submit"
                      name="decision"
                      value="decline"
                      aria-label={t('registration.participants.declineName', { name: row.name })}
                      className="mb-4 rounded bg-slate-700 px-3 py-2 text-white"
                    >
                      {t('registration.participants.decline')}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('registration.participants.none')}</p>
        )}
      </section>
    </article>
  );
}
