import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { resendVerification } from '~/modules/accounts/resend-verification.server';
import { safeRedirectPath } from '~/modules/accounts/safe-redirect';
import { createSession } from '~/modules/accounts/session.server';
import { signIn } from '~/modules/accounts/sign-in.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/sign-in';
import { AuthShell, errorsOf, linkClass, Notice, submission } from './shared';
import { anyPasswordField, emailField, langOf, retryAfterHeaders } from './shared.server';

const signInSchema = z.object({ email: emailField, password: anyPasswordField, next: z.string().optional() });
const resendSchema = z.object({ email: emailField });

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.signIn.title') }));

export const headers = retryAfterHeaders;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const next = safeRedirectPath(url.searchParams.get('next'), '');
  if (viewer.user) throw redirect(next || `/${langOf(params)}`);
  return { next };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await guardPublic(request);
  const form = await readForm(request, context);
  const lang = langOf(params);

  if (form.get('intent') === 'resend') {
    const parsed = parseForm(form, resendSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const sent = await attemptForm(form, () =>
      resendVerification({
        email: parsed.data.email,
        baseUrl: publicBaseUrl(),
        clientIp: context.clientIp,
      }),
    );
    if (!sent.ok) return sent.response;
    return { status: 'resent' as const, email: parsed.data.email };
  }

  const parsed = parseForm(form, signInSchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    signIn({ email: parsed.data.email, password: parsed.data.password, clientIp: context.clientIp }),
  );
  if (!result.ok) return result.response;
  const cookie = await createSession(result.value.userId);
  context.log.info({ userId: result.value.userId }, 'signed in');
  return redirect(safeRedirectPath(parsed.data.next, `/${lang}`), { headers: { 'Set-Cookie': cookie } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = submission(actionData);
  const resent = actionData && 'email' in actionData ? actionData : undefined;
  const unverified = result?.formError?.code === 'emailNotVerified';
  const email = resent?.email ?? submitted(result, 'email');
  return (
    <AuthShell title={t('accounts.signIn.title')}>
      {resent ? <Notice>{t('accounts.verify.resentNeutral')}</Notice> : null}
      <FormAlert error={result?.formError} />
      {unverified ? (
        <Form method="post" className="mb-6 rounded border border-slate-300 p-4">
          <CsrfInput />
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="email" value={email} />
          <p className="mb-3">{t('accounts.signIn.unverifiedHelp')}</p>
          <SubmitButton>{t('accounts.verify.resendSubmit')}</SubmitButton>
        </Form>
      ) : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="next" value={submitted(result, 'next', loaderData.next)} />
        <TextField
          label={t('accounts.field.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          errors={errorsOf(result, 'email')}
        />
        <TextField
          label={t('accounts.field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errorsOf(result, 'password')}
        />
        <SubmitButton>{t('accounts.signIn.submit')}</SubmitButton>
      </Form>
      <ul className="mt-6 space-y-2 text-sm">
        <li>
          <Link to={href('/forgot-password')} className={linkClass}>
            {t('accounts.signIn.forgot')}
          </Link>
        </li>
        <li>
          {t('accounts.signIn.noAccount')}{' '}
          <Link to={href('/sign-up')} className={linkClass}>
            {t('accounts.signUp.title')}
          </Link>
        </li>
      </ul>
    </AuthShell>
  );
}
