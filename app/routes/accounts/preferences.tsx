import { data, redirect } from 'react-router';
import { z } from 'zod';
import { safeRedirectPath } from '~/modules/accounts/safe-redirect';
import { setDigits } from '~/modules/accounts/set-digits.server';
import { guardPublic } from '~/permissions/guard.server';
import { platformCookies } from '~/platform/cookies.server';
import { parseForm, readForm } from '~/platform/forms.server';
import { DigitsSwitch } from '~/ui/digits-switch';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/preferences';
import { AuthShell } from './shared';
import { langOf } from './shared.server';

const schema = z.object({ digits: z.enum(['arab', 'latn']), returnTo: z.string().optional() });

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.preferences.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return null;
}

/** Anyone may choose the numerals: kept in a cookie, and on the account when signed in. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const { digits } = parsed.data;
  if (viewer.user) await setDigits({ userId: viewer.user.id, digits, requestId: context.requestId });
  const cookie = platformCookies().serialize('digits', digits, { maxAge: 365 * 86_400 });
  return redirect(safeRedirectPath(parsed.data.returnTo, `/${langOf(params)}`), {
    headers: { 'Set-Cookie': cookie },
  });
}

/** Without JavaScript the switch posts here and comes back; this page is only reached directly. */
export default function Preferences() {
  const { t } = useI18n();
  return (
    <AuthShell title={t('accounts.preferences.title')} intro={t('accounts.preferences.intro')}>
      <DigitsSwitch />
    </AuthShell>
  );
}
