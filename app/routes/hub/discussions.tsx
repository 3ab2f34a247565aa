import { Link } from 'react-router';
import { spacePhase } from '~/modules/hub/discussions/discussion-policy';
import { listSpaces } from '~/modules/hub/discussions/list-spaces.server';
import { moderatesAny } from '~/modules/hub/discussions/report-queue.server';
import { canCurateHub } from '~/modules/hub/hub-policy';
import { guardPublic } from '~/permissions/guard.server';
import { getDb } from '~/platform/platform.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/discussions';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The Hub's discussion spaces the reader may open, newest first (public ones for everyone, signed-in
 * and group spaces by the index's read rule); the editors' way to a new space and the moderators' way
 * to the report queue.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [list, moderator] = await Promise.all([
    listSpaces({ subject: viewer.subject, limit: 100 }),
    moderatesAny(getDb(), viewer.subject),
  ]);
  const now = new Date();
  return {
    items: list.items.map((s) => ({
      ...s,
      phase: spacePhase(s, now),
      lastDay: new Date(s.closesAt.getTime() - 1),
    })),
    total: list.total,
    curator: canCurateHub(viewer.subject),
    moderator,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('discussions.list.title'),
    description: i18n.t('discussions.list.intro'),
  }));

export default function DiscussionsPage({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { items, total, curator, moderator } = loaderData;
  const day = (d: Date | string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('discussions.list.title')}</h1>
      <p className="mt-2 text-slate-700">{t('discussions.list.intro')}</p>
      {curator || moderator ? (
        <p className="mt-3 flex flex-wrap gap-4">
          {curator ? <Link to={href('/hub/discussions/new')}>{t('discussions.list.new')}</Link> : null}
          <Link to={href('/hub/discussions/reports')}>{t('discussions.list.reports')}</Link>
        </p>
      ) : null}
      <p className="mt-4 text-slate-700">{t('content.type.discussion.count', { count: total })}</p>
      {items.length ? (
        <ul className="mt-2 space-y-4">
          {items.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 p-3">
              <h2 className="text-lg font-semibold">
                <Link to={href(`/hub/discussions/${s.id}`)}>
                  <TranslatedText value={s.title} />
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span className="rounded bg-slate-100 px-2">{t(`discussions.phase.${s.phase}`)}</span>
                <span>{t('discussions.list.dates', { opens: day(s.opensAt), closes: day(s.lastDay) })}</span>
                <span>{s.languages.map((l) => t(`discussions.lang.${l}`)).join('، ')}</span>
                <span>{t('discussions.list.posts', { count: s.posts })}</span>
                {s.audience !== 'public' ? <span>{t(`discussions.audience.${s.audience}`)}</span> : null}
                {s.isSample ? <SampleBadge /> : null}
              </p>
              <TranslatedText as="p" value={s.description} className="mt-1 line-clamp-3 text-slate-700" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t('discussions.list.empty')}</p>
      )}
    </div>
  );
}
