import { Link } from 'react-router';
import { listMySupportRequests } from '~/modules/hub/support/list-hub-support.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/support-mine';
import { SupportList, supportListRow } from './support-list';

/** The requests for support the signed-in person made, newest first. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  return { rows: (await listMySupportRequests({ subject: viewer.subject })).map(supportListRow) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-support.mine.title') }));

export default function SupportMine({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <div className="max-w-4xl">
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub-support.mine.title')}</h1>
      <p className="mt-2">
        <Link to={href('/hub/support/new')}>{t('hub-support.mine.new')}</Link>
      </p>
      {loaderData.rows.length === 0 ? (
        <p className="mt-4">{t('hub-support.mine.none')}</p>
      ) : (
        <SupportList rows={loaderData.rows} />
      )}
    </div>
  );
}
