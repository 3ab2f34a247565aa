import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { passwordMinLength } from '~/modules/accounts/password-rules';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { FormAlert, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';

/** The narrow, centred frame of the sign-in, sign-up and password pages. */
export function AuthShell({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-md py-6">
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {title}
      </h1>
      {intro ? <p className="mb-6 text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}

/** The action's refusal, when the last submission was refused. */
export function submission(actionData: unknown): SubmissionResult | undefined {
  return actionData &&
    typeof actionData === 'object' &&
    (actionData as { status?: unknown }).status === 'error'
    ? (actionData as SubmissionResult)
    : undefined;
}

export function errorsOf(result: SubmissionResult | undefined, name: string): FieldError[] | undefined {
  return result?.fieldErrors?.[name];
}

/** A success or information notice (not an error). */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  const toneClass =
    tone === 'success'
      ? 'border-green-700 bg-green-50 text-green-900'
      : 'border-sky-700 bg-sky-50 text-sky-900';
  return (
    <div role="status" className={`mb-4 rounded border-s-4 p-3 ${toneClass}`}>
      {children}
    </div>
  );
}

export const linkClass = 'text-brand-700 underline';

/** New password and its confirmation, as on sign-up, invitation, reset and the account page. */
export function NewPasswordFields({ result }: { result: SubmissionResult | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('accounts.field.newPassword')}
        hint={t('accounts.field.passwordHint', { min: passwordMinLength })}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        errors={errorsOf(result, 'password')}
      />
      <TextField
        label={t('accounts.field.passwordConfirm')}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errorsOf(result, 'passwordConfirm')}
      />
    </>
  );
}

/** A single-use link that is wrong, used or expired: says so and offers the way forward. */
export function InvalidLinkPage({
  title,
  body,
  to,
  linkText,
}: {
  title: string;
  body: string;
  to: string;
  linkText: string;
}) {
  const href = useHref();
  return (
    <AuthShell title={title}>
      <FormAlert>
        <p>{body}</p>
      </FormAlert>
      <Link to={href(to)} className={linkClass}>
        {linkText}
      </Link>
    </AuthShell>
  );
}
