import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { signUp } from '~/modules/accounts/sign-up.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/sign-up';
import { AuthShell, errorsOf, linkClass, NewPasswordFields, Notice, submission } from './shared';
import {
  emailField,
  langOf,
  nameField,
  passwordField,
  passwordsMatch,
  retryAfterHeaders,
} from './shared.server';

const schema = z
  .object({ name: nameField, email: emailField, password: passwordField, passwordConfirm: z.string() })
  .refine(...passwordsMatch);

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.signUp.title') }));

export const headers = retryAfterHeaders;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  if (viewer.user) throw redirect(`/${langOf(params)}/account`);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    signUp({
      name: parsed.data.name,
      email: parsed.data.email,
      password: parsed.data.password,
      locale: langOf(params),
      baseUrl: publicBaseUrl(),
      clientIp: context.clientIp,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return result.response;
  // The same answer whether the address was new or already had an account.
  return { status: 'sent' as const, email: parsed.data.email };
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  if (actionData && 'email' in actionData) {
    return (
      <AuthShell title={t('accounts.checkEmail.title')}>
        <Notice>
          {t('accounts.signUp.sentTo')} <bdi>{actionData.email}</bdi>
        </Notice>
        <p className="mb-4">{t('accounts.signUp.sentBody')}</p>
        <p className="text-sm text-slate-700">
          {t('accounts.checkEmail.noMail')}{' '}
          <Link to={href('/verify-email')} className={linkClass}>
            {t('accounts.verify.resendLink')}
          </Link>
        </p>
      </AuthShell>
    );
  }
  const result = submission(actionData);
  return (
    <AuthShell title={t('accounts.signUp.title')} intro={t('accounts.signUp.intro')}>
      <FormAlert error={result?.formError} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          label={t('accounts.field.name')}
          name="name"
          autoComplete="name"
          required
          defaultValue={submitted(result, 'name')}
          errors={errorsOf(result, 'name')}
        />
        <TextField
          label={t('accounts.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={submitted(result, 'email')}
          errors={errorsOf(result, 'email')}
        />
        <NewPasswordFields result={result} />
        <SubmitButton>{t('accounts.signUp.submit')}</SubmitButton>
      </Form>
      <p className="mt-6 text-sm">
        {t('accounts.signUp.haveAccount')}{' '}
        <Link to={href('/sign-in')} className={linkClass}>
          {t('accounts.signIn.title')}
        </Link>
      </p>
    </AuthShell>
  );
}
