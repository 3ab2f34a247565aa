import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import { resetPassword } from '~/modules/accounts/reset-password.server';
import { createSession } from '~/modules/accounts/session.server';
import { peekToken } from '~/modules/accounts/tokens.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/reset-password';
import { AuthShell, InvalidLinkPage, NewPasswordFields, submission } from './shared';
import { langOf, passwordField, passwordsMatch } from './shared.server';

const schema = z
  .object({ token: z.string().min(1).max(200), password: passwordField, passwordConfirm: z.string() })
  .refine(...passwordsMatch);

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.reset.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const valid = token ? Boolean(await peekToken(getDb(), { token, purpose: 'reset_password' })) : false;
  return { valid, token: valid ? token : '' };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    resetPassword({ token: parsed.data.token, password: parsed.data.password, requestId: context.requestId }),
  );
  if (!result.ok) return result.response;
  const cookie = await createSession(result.value.userId);
  return redirect(`/${langOf(params)}/account?passwordReset=1`, { headers: { 'Set-Cookie': cookie } });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const result = submission(actionData);
  if (!loaderData.valid || result?.formError?.code === 'tokenInvalid') {
    return (
      <InvalidLinkPage
        title={t('accounts.reset.invalidTitle')}
        body={t('accounts.reset.invalidBody')}
        to="/forgot-password"
        linkText={t('accounts.reset.askAgain')}
      />
    );
  }
  return (
    <AuthShell title={t('accounts.reset.title')} intro={t('accounts.reset.intro')}>
      <FormAlert error={result?.formError} />
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="token" value={loaderData.token} />
        <NewPasswordFields result={result} />
        <SubmitButton>{t('accounts.reset.submit')}</SubmitButton>
      </Form>
    </AuthShell>
  );
}
