import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { accountOverview } from '~/modules/accounts/account-overview.server';
import { changePassword } from '~/modules/accounts/change-password.server';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { currentSessionHash } from '~/modules/accounts/session.server';
import { updateAccount } from '~/modules/accounts/update-account.server';
import { guard } from '~/permissions/guard.server';
import { platformCookies } from '~/platform/cookies.server';
import { notFound } from '~/platform/errors';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { calendarPreferences } from '~/platform/i18n/locales';
import { CalendarSwitch } from '~/ui/calendar-switch';
import { DigitsSwitch } from '~/ui/digits-switch';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/account';
import { errorsOf, linkClass, NewPasswordFields, Notice, submission } from './shared';
import { anyPasswordField, langOf, nameField, passwordField, passwordsMatch } from './shared.server';

const profileSchema = z.object({
  name: nameField,
  locale: z.enum(['ar', 'en']),
  digits: z.enum(['arab', 'latn']),
  calendar: z.enum(calendarPreferences),
  version: z.coerce.number().int().min(1),
});
const passwordSchema = z
  .object({ currentPassword: anyPasswordField, password: passwordField, passwordConfirm: z.string() })
  .refine(...passwordsMatch);

const notices = ['verified', 'welcome', 'saved', 'passwordReset', 'passwordChanged'] as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.account.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'account.edit');
  const overview = await accountOverview(viewer.user!.id);
  if (!overview) throw notFound();
  const search = new URL(request.url).searchParams;
  return { ...overview, notice: notices.find((n) => search.has(n)) ?? null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'account.edit');
  const userId = viewer.user!.id;
  const form = await readForm(request, context);
  const lang = langOf(params);

  if (form.get('intent') === 'password') {
    const parsed = parseForm(form, passwordSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const result = await attemptForm(form, () =>
      changePassword({
        userId,
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.password,
        keepSessionHash: currentSessionHash(request),
        baseUrl: publicBaseUrl(),
        requestId: context.requestId,
      }),
    );
    if (!result.ok) return result.response;
    return redirect(`/${lang}/account?passwordChanged=1`);
  }

  const parsed = parseForm(form, profileSchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    updateAccount({
      userId,
      expectedVersion: parsed.data.version,
      name: parsed.data.name,
      locale: parsed.data.locale,
      digits: parsed.data.digits,
      calendar: parsed.data.calendar,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return result.response;
  // The numerals and calendar cookies win over the account's choice in the root loader: keep them the same.
  const headers = new Headers();
  const year = { maxAge: 365 * 86_400 };
  headers.append('Set-Cookie', platformCookies().serialize('digits', result.value.digits, year));
  headers.append('Set-Cookie', platformCookies().serialize('calendar', result.value.calendar, year));
  return redirect(`/${result.value.locale}/account?saved=1`, { headers });
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { user, roles, organisations, notice } = loaderData;
  const result = submission(actionData);
  const passwordResult = result && (form(result) === 'password' ? result : undefined);
  const profileResult = result && !passwordResult ? result : undefined;
  const stale = profileResult?.formError?.code === 'staleVersion';
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('accounts.account.title')}
      </h1>
      {notice ? <Notice>{t(`accounts.account.notice.${notice}`)}</Notice> : null}
      <p className="mb-6 text-slate-700">
        {t('accounts.account.signedInAs')} <bdi>{user.email}</bdi>
      </p>

      <section aria-labelledby="profile-title" className="mb-10">
        <h2 id="profile-title" className="mb-3 text-xl font-semibold">
          {t('accounts.account.profileTitle')}
        </h2>
        <FormAlert error={profileResult?.formError} />
        {stale ? (
          <div className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">
            <h3 className="font-semibold">{t('accounts.account.currentVersion')}</h3>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt>{t('accounts.field.name')}</dt>
              <dd>
                <bdi>{user.name}</bdi>
              </dd>
              <dt>{t('accounts.field.locale')}</dt>
              <dd>{t(`accounts.locale.${user.locale}`)}</dd>
              <dt>{t('accounts.digits.label')}</dt>
              <dd>{t(`accounts.digits.${user.digits}`)}</dd>
              <dt>{t('accounts.calendar.label')}</dt>
              <dd>{t(`accounts.calendar.${user.calendar}`)}</dd>
            </dl>
          </div>
        ) : null}
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="profile" />
          <input type="hidden" name="version" value={user.version} />
          <TextField
            label={t('accounts.field.name')}
            name="name"
            autoComplete="name"
            required
            defaultValue={submitted(profileResult, 'name', user.name)}
            errors={errorsOf(profileResult, 'name')}
          />
          <SelectField
            label={t('accounts.field.locale')}
            hint={t('accounts.field.localeHint')}
            name="locale"
            defaultValue={submitted(profileResult, 'locale', user.locale)}
            errors={errorsOf(profileResult, 'locale')}
          >
            <option value="ar" lang="ar">
              {t('accounts.locale.ar')}
            </option>
            <option value="en" lang="en">
              {t('accounts.locale.en')}
            </option>
          </SelectField>
          <fieldset className="mb-4">
            <legend className="font-medium">{t('accounts.digits.label')}</legend>
            {/* Samples of both digit systems, shown as they are whatever the reader chose. */}
            <p className="text-sm text-slate-600" data-verbatim>
              {t('accounts.digits.hint')}
            </p>
            {(['arab', 'latn'] as const).map((d) => (
              <label key={d} className="me-6 inline-flex items-center gap-2">
                <input
                  type="radio"
                  name="digits"
                  value={d}
                  defaultChecked={submitted(profileResult, 'digits', user.digits) === d}
                />
                <span data-verbatim>{t(`accounts.digits.${d}Example`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="mb-4">
            <legend className="font-medium">{t('accounts.calendar.label')}</legend>
            <p className="text-sm text-slate-600">{t('accounts.calendar.hint')}</p>
            {calendarPreferences.map((c) => (
              <label key={c} className="me-6 inline-flex items-center gap-2">
                <input
                  type="radio"
                  name="calendar"
                  value={c}
                  defaultChecked={submitted(profileResult, 'calendar', user.calendar) === c}
                />
                <span>{t(`accounts.calendar.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <SubmitButton>{t('common.save')}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="password-title" className="mb-10">
        <h2 id="password-title" className="mb-3 text-xl font-semibold">
          {t('accounts.account.passwordTitle')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('accounts.account.passwordIntro')}</p>
        <FormAlert error={passwordResult?.formError} />
        <Form method="post" noValidate className="max-w-md">
          <CsrfInput />
          <input type="hidden" name="intent" value="password" />
          <TextField
            label={t('accounts.field.currentPassword')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            errors={errorsOf(passwordResult, 'currentPassword')}
          />
          <NewPasswordFields result={passwordResult} />
          <SubmitButton>{t('accounts.account.passwordSubmit')}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="display-title" className="mb-10">
        <h2 id="display-title" className="mb-3 text-xl font-semibold">
          {t('accounts.account.displayTitle')}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t('accounts.account.displayIntro')}</p>
        <DigitsSwitch />
        <CalendarSwitch className="mt-3" />
      </section>

      <section aria-labelledby="roles-title" className="mb-10">
        <h2 id="roles-title" className="mb-3 text-xl font-semibold">
          {t('accounts.account.rolesTitle')}
        </h2>
        {roles.length === 0 ? (
          <p className="text-slate-700">{t('accounts.account.noRoles')}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {roles.map((r) => (
              <li key={`${r.role}:${r.scopeType}:${r.scopeId}`}>
                {t(`accounts.role.${r.role}`)}
                {r.scopeType !== 'global' ? (
                  <>
                    {t('accounts.account.scopeSeparator')}
                    {r.scopeName ? <TranslatedText value={r.scopeName} /> : <bdi>{r.scopeId}</bdi>}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="orgs-title" className="mb-10">
        <h2 id="orgs-title" className="mb-3 text-xl font-semibold">
          {t('accounts.account.organisationsTitle')}
        </h2>
        {organisations.length === 0 ? (
          <p className="text-slate-700">{t('accounts.account.noOrganisations')}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {organisations.map((o) => (
              <li key={o.id}>
                <Link to={href(`/organisations/${o.id}`)} className={linkClass}>
                  <TranslatedText value={o.name} />
                </Link>{' '}
                <span className="text-sm text-slate-600">
                  {t('accounts.account.roleInOrganisation', {
                    role: t(`accounts.organisations.role.${o.role}`),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link to={href('/organisations')} className={linkClass}>
            {t('accounts.account.manageOrganisations')}
          </Link>
        </p>
      </section>
    </section>
  );
}

/** Which of the two forms the refused submission came from. */
function form(result: { values: Record<string, string | string[]> }) {
  return result.values.intent === 'password' ? 'password' : 'profile';
}
