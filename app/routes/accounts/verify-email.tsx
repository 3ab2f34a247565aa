import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { resendVerification } from '~/modules/accounts/resend-verification.server';
import { createSession } from '~/modules/accounts/session.server';
import { peekToken } from '~/modules/accounts/tokens.server';
import { verifyEmail } from '~/modules/accounts/verify-email.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/verify-email';
import { AuthShell, errorsOf, linkClass, Notice, submission } from './shared';
import { emailField, langOf, retryAfterHeaders } from './shared.server';

/**
 * Opening the link shows a confirm button; the POST uses the token. Mail scanners that follow
 * links (GET) therefore cannot use up a single-use link before its owner clicks it.
 */
export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.verify.title') }));

export const headers = retryAfterHeaders;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!token) return { state: 'missing' as const, token: '' };
  const userId = await peekToken(getDb(), { token, purpose: 'verify_email' });
  return userId ? { state: 'valid' as const, token } : { state: 'invalid' as const, token: '' };
}

const verifySchema = z.object({ token: z.string().min(1).max(200) });
const resendSchema = z.object({ email: emailField });

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
    return { status: 'resent' as const };
  }
  const parsed = parseForm(form, verifySchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    verifyEmail({ token: parsed.data.token, requestId: context.requestId }),
  );
  if (!result.ok) return result.response;
  const cookie = await createSession(result.value.userId);
  return redirect(`/${lang}/account?verified=1`, { headers: { 'Set-Cookie': cookie } });
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = submission(actionData);
  const resent = actionData?.status === 'resent';
  const invalid = loaderData.state === 'invalid' || result?.formError?.code === 'tokenInvalid';

  if (loaderData.state === 'valid' && !invalid && !resent) {
    return (
      <AuthShell title={t('accounts.verify.title')} intro={t('accounts.verify.confirmIntro')}>
        <FormAlert error={result?.formError} />
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="token" value={loaderData.token} />
          <SubmitButton>{t('accounts.verify.confirmSubmit')}</SubmitButton>
        </Form>
      </AuthShell>
    );
  }
  return (
    <AuthShell title={invalid ? t('accounts.verify.invalidTitle') : t('accounts.verify.resendTitle')}>
      {resent ? <Notice>{t('accounts.verify.resentNeutral')}</Notice> : null}
      {invalid && !resent ? (
        <FormAlert>
          <p>{t('accounts.verify.invalidBody')}</p>
        </FormAlert>
      ) : null}
      {result && result.formError?.code !== 'tokenInvalid' ? <FormAlert error={result.formError} /> : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="resend" />
        <p className="mb-4">{t('accounts.verify.resendIntro')}</p>
        <TextField
          label={t('accounts.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={submitted(result, 'email')}
          errors={errorsOf(result, 'email')}
        />
        <SubmitButton>{t('accounts.verify.resendSubmit')}</SubmitButton>
      </Form>
      <p className="mt-6 text-sm">
        <Link to={href('/sign-in')} className={linkClass}>
          {t('accounts.signIn.title')}
        </Link>
      </p>
    </AuthShell>
  );
}
