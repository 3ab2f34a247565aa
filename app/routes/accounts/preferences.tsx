import { data, redirect } from 'react-router';
import { z } from 'zod';
import { safeRedirectPath } from '~/modules/accounts/safe-redirect';
import { setPreferences } from '~/modules/accounts/set-preferences.server';
import { guardPublic } from '~/permissions/guard.server';
import { platformCookies } from '~/platform/cookies.server';
import { parseForm, readForm } from '~/platform/forms.server';
import { calendarPreferences } from '~/platform/i18n/locales';
import { CalendarSwitch } from '~/ui/calendar-switch';
import { DigitsSwitch } from '~/ui/digits-switch';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/preferences';
import { AuthShell } from './shared';
import { langOf } from './shared.server';

// Each switch posts only its own choice; a post with neither is refused.
const schema = z
  .object({
    digits: z.enum(['arab', 'latn']).optional(),
    calendar: z.enum(calendarPreferences).optional(),
    returnTo: z.string().optional(),
  })
  .refine((v) => v.digits !== undefined || v.calendar !== undefined, { path: ['digits'] });

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.preferences.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return null;
}

/** Anyone may choose the numerals and the calendar: kept in cookies, and on the account when signed in. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardPublic(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const { digits, calendar } = parsed.data;
  if (viewer.user)
    await setPreferences({ userId: viewer.user.id, digits, calendar, requestId: context.requestId });
  const headers = new Headers();
  const year = { maxAge: 365 * 86_400 };
  if (digits) headers.append('Set-Cookie', platformCookies().serialize('digits', digits, year));
  if (calendar) headers.append('Set-Cookie', platformCookies().serialize('calendar', calendar, year));
  return redirect(safeRedirectPath(parsed.data.returnTo, `/${langOf(params)}`), { headers });
}

/** Without JavaScript the switch posts here and comes back; this page is only reached directly. */
export default function Preferences() {
  const { t } = useI18n();
  return (
    <AuthShell title={t('accounts.preferences.title')} intro={t('accounts.preferences.intro')}>
      <DigitsSwitch />
      <CalendarSwitch className="mt-4" />
    </AuthShell>
  );
}
