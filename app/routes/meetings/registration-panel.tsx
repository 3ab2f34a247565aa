import { Form, Link } from 'react-router';
import { registrantGenders } from '#db/schema/meeting-registration-values';
import type { MeetingLanguage } from '#db/schema/meeting-values';
import {
  REGISTRATION_NEEDS_MAX,
  REGISTRATION_ORGANISATION_MAX,
} from '~/modules/meetings/registration-schema';
import type { RegistrationSummary } from '~/modules/meetings/registration-view.server';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';

interface Choice {
  key: string;
  name: string;
}

/**
 * The meeting page's registration box: whether registration is open and how many places are left,
 * the reader's own registration (with their place on the waiting list) and, while open, the form or
 * the cancel button. Organisers get the way to the participant list.
 */
export function RegistrationPanel({
  meetingId,
  summary,
  signedIn,
  languages,
  countries,
  categories,
  result,
}: {
  meetingId: string;
  summary: RegistrationSummary;
  signedIn: boolean;
  languages: MeetingLanguage[];
  countries: { iso3: string; name: string }[];
  categories: Choice[];
  result?: SubmissionResult;
}) {
  const { t, date } = useI18n();
  const href = useHref();
  const { settings, mine, state } = summary;
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const mineResult = result?.values?.intent === 'register' ? result : undefined;
  const cancelResult = result?.values?.intent === 'cancelRegistration' ? result : undefined;
  const value = (name: string) => submitted(mineResult, name, mineResult ? '' : (mine?.answers[name] ?? ''));
  const errors = (name: string) => mineResult?.fieldErrors?.[name];
  const active = mine && ['pending', 'confirmed', 'waitlisted'].includes(mine.status);
  const canRegister = state === 'open' && (!mine || mine.status === 'cancelled');
  if (!settings && !summary.manages) return null;
  return (
    <section aria-labelledby="registration-title" className="mb-8 rounded border border-slate-300 p-3">
      <h2 id="registration-title" className="mb-2 text-xl font-semibold">
        {t('registration.title')}
      </h2>
      {settings ? (
        <ul className="mb-3 space-y-1">
          <li>{t(`registration.state.${state}`)}</li>
          {settings.opensOn || settings.closesOn ? (
            <li>
              {settings.opensOn && settings.closesOn
                ? t('registration.window.both', { from: day(settings.opensOn), to: day(settings.closesOn) })
                : settings.opensOn
                  ? t('registration.window.from', { from: day(settings.opensOn) })
                  : t('registration.window.to', { to: day(settings.closesOn!) })}
            </li>
          ) : null}
          <li>
            {summary.placesLeft === null
              ? t('registration.places.unlimited')
              : t('registration.places.left', { count: summary.placesLeft })}
          </li>
          {settings.approvalRequired ? <li>{t('registration.approvalRequired')}</li> : null}
        </ul>
      ) : (
        <p className="mb-3">{t('registration.notSetUp')}</p>
      )}
      {mine ? (
        <div className="mb-3" role="status">
          <p className="font-medium">
            {t(`registration.mine.${mine.status}`)}
            {mine.position ? ` ${t('registration.mine.position', { position: mine.position })}` : ''}
          </p>
          {mine.status === 'declined' && mine.decisionReason ? (
            <p>
              {t('registration.mine.reason')} <bdi>{mine.decisionReason}</bdi>
            </p>
          ) : null}
        </div>
      ) : null}
      {cancelResult?.formError ? <FormAlert error={cancelResult.formError} /> : null}
      {active ? (
        <Form method="post" className="mb-3">
          <CsrfInput />
          <input type="hidden" name="intent" value="cancelRegistration" />
          <input type="hidden" name="version" value={mine.version} />
          <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-900">
            {t('registration.cancel')}
          </button>
        </Form>
      ) : null}
      {canRegister && signedIn ? (
        <Form method="post" noValidate aria-labelledby="register-form-title">
          <h3 id="register-form-title" className="mb-2 text-lg font-semibold">
            {t('registration.form.title')}
          </h3>
          <p className="mb-2 text-sm text-slate-700">{t('registration.form.intro')}</p>
          <CsrfInput />
          <input type="hidden" name="intent" value="register" />
          {mineResult?.formError ? <FormAlert error={mineResult.formError} /> : null}
          <TextField
            label={t('registration.field.organisation')}
            name="organisation"
            maxLength={REGISTRATION_ORGANISATION_MAX}
            defaultValue={value('organisation')}
            errors={errors('organisation')}
          />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <SelectField
              label={t('registration.field.country')}
              name="countryIso3"
              defaultValue={value('countryIso3')}
              errors={errors('countryIso3')}
            >
              <option value="">{t('registration.notSaying')}</option>
              {countries.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('registration.field.category')}
              name="stakeholderCategory"
              defaultValue={value('stakeholderCategory')}
              errors={errors('stakeholderCategory')}
            >
              <option value="">{t('registration.notSaying')}</option>
              {categories.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          </div>
          <SelectField
            label={t('registration.field.gender')}
            hint={t('registration.field.genderHint')}
            name="gender"
            defaultValue={value('gender')}
            errors={errors('gender')}
          >
            <option value="">{t('registration.notSaying')}</option>
            {registrantGenders.map((g) => (
              <option key={g} value={g}>
                {t(`registration.gender.${g}`)}
              </option>
            ))}
          </SelectField>
          <TextArea
            label={t('registration.field.accessibility')}
            hint={t('registration.field.accessibilityHint')}
            name="accessibilityNeeds"
            rows={2}
            maxLength={REGISTRATION_NEEDS_MAX}
            defaultValue={value('accessibilityNeeds')}
            errors={errors('accessibilityNeeds')}
          />
          {languages.length ? (
            <SelectField
              label={t('registration.field.interpretation')}
              name="interpretationLanguage"
              defaultValue={value('interpretationLanguage')}
              errors={errors('interpretationLanguage')}
            >
              <option value="">{t('registration.noInterpretation')}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {t(`meetings.unLanguage.${l}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SubmitButton>{t('registration.submit')}</SubmitButton>
        </Form>
      ) : canRegister ? (
        <p>
          <Link
            className="underline"
            to={href(`/sign-in?next=${encodeURIComponent(href(`/meetings/${meetingId}`))}`)}
          >
            {t('registration.signInToRegister')}
          </Link>
        </p>
      ) : null}
      {summary.manages ? (
        <p className="mt-3">
          <Link className="underline" to={href(`/meetings/${meetingId}/participants`)}>
            {t('registration.manageLink')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
