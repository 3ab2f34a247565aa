import { data, Outlet } from 'react-router';
import { isLocale } from '~/platform/i18n/locales';
import type { Route } from './+types/lang-layout';

export function loader({ params }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data({ code: 'notFound' }, { status: 404 });
  return null;
}

export default function LangLayout() {
  return <Outlet />;
}
