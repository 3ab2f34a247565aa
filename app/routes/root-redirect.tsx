import { redirect } from 'react-router';
import { requestLocale } from '~/root.server';
import type { Route } from './+types/root-redirect';

/** "/" → /ar or /en: by the language cookie, then Accept-Language, then Arabic. */
export function loader({ request, params }: Route.LoaderArgs) {
  return redirect(`/${requestLocale(request, params)}`, { headers: { Vary: 'Cookie, Accept-Language' } });
}
