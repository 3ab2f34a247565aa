import { data, Form, Link } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { requestPasswordReset } from '~/modules/accounts/request-password-reset.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/forgot-password';
import { AuthShell, errorsOf, linkClass, Notice, submission } from './shared';
import { emailField, retryAfterHeaders } from './shared.server';

const schema = z.object({ email: emailField });

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.forgot.title') }));

export const headers = retryAfterHeaders;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const result = await attemptForm(form, () =>
    requestPasswordReset({
      email: parsed.data.email,
      baseUrl: publicBaseUrl(),
      clientIp: context.clientIp,
    }),
  );
  if (!result.ok) return result.response;
  // Always the same answer: whether an account exists is not told here.
  return { status: 'sent' as const };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  if (actionData?.status === 'sent') {
    return (
      <AuthShell title={t('accounts.checkEmail.title')}>
        <Notice>{t('accounts.forgot.sentNeutral')}</Notice>
        <p className="text-sm">
          <Link to={href('/sign-in')} className={linkClass}>
            {t('accounts.signIn.title')}
          </Link>
        </p>
      </AuthShell>
    );
  }
  const result = submission(actionData);
  return (
    <AuthShell title={t('accounts.forgot.title')} intro={t('accounts.forgot.intro')}>
      <FormAlert error={result?.formError} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          label={t('accounts.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={submitted(result, 'email')}
          errors={errorsOf(result, 'email')}
        />
        <SubmitButton>{t('accounts.forgot.submit')}</SubmitButton>
      </Form>
    </AuthShell>
  );
}
