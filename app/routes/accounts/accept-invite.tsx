import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import { acceptInvite, invitationFor } from '~/modules/accounts/accept-invite.server';
import { createSession } from '~/modules/accounts/session.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/accept-invite';
import { AuthShell, errorsOf, InvalidLinkPage, NewPasswordFields, submission } from './shared';
import { langOf, nameField, passwordField, passwordsMatch } from './shared.server';

const schema = z
  .object({
    token: z.string().min(1).max(200),
    name: nameField,
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .refine(...passwordsMatch);

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.invite.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const user = await invitationFor(token);
  if (!user) return { valid: false as const };
  return { valid: true as const, token, email: user.email, name: user.name };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    acceptInvite({
      token: parsed.data.token,
      name: parsed.data.name,
      password: parsed.data.password,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return result.response;
  const cookie = await createSession(result.value.userId);
  return redirect(`/${langOf(params)}/account?welcome=1`, { headers: { 'Set-Cookie': cookie } });
}

export default function AcceptInvite({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const result = submission(actionData);
  if (!loaderData.valid || result?.formError?.code === 'tokenInvalid') {
    return (
      <InvalidLinkPage
        title={t('accounts.invite.invalidTitle')}
        body={t('accounts.invite.invalidBody')}
        to="/sign-in"
        linkText={t('accounts.signIn.title')}
      />
    );
  }
  return (
    <AuthShell title={t('accounts.invite.title')} intro={t('accounts.invite.intro')}>
      <p className="mb-4">
        {t('accounts.invite.forAddress')} <bdi>{loaderData.email}</bdi>
      </p>
      <FormAlert error={result?.formError} />
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="token" value={loaderData.token} />
        <TextField
          label={t('accounts.field.name')}
          name="name"
          autoComplete="name"
          required
          defaultValue={submitted(result, 'name', loaderData.name)}
          errors={errorsOf(result, 'name')}
        />
        <NewPasswordFields result={result} />
        <SubmitButton>{t('accounts.invite.submit')}</SubmitButton>
      </Form>
    </AuthShell>
  );
}
