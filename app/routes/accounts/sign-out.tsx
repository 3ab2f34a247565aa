import { Form, redirect } from 'react-router';
import { destroySession } from '~/modules/accounts/session.server';
import { guardPublic } from '~/permissions/guard.server';
import { readForm } from '~/platform/forms.server';
import { CsrfInput, SubmitButton } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/sign-out';
import { AuthShell } from './shared';
import { langOf } from './shared.server';

/** GET only asks: signing out changes state, so it needs the POST (with its CSRF token) below. */
export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.signOut.title') }));

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  if (!viewer.user) throw redirect(`/${langOf(params)}`);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await guardPublic(request);
  await readForm(request, context);
  const cookie = await destroySession(request);
  return redirect(`/${langOf(params)}`, { headers: { 'Set-Cookie': cookie } });
}

export default function SignOut() {
  const { t } = useI18n();
  return (
    <AuthShell title={t('accounts.signOut.title')} intro={t('accounts.signOut.confirm')}>
      <Form method="post">
        <CsrfInput />
        <SubmitButton>{t('accounts.signOut.submit')}</SubmitButton>
      </Form>
    </AuthShell>
  );
}
