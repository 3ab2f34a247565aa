import { Link } from 'react-router';
import { listMyReviews } from '~/modules/hub/review/review-queues.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/my-reviews';

/** A reviewer's panels: what waits for their conflict answer or review, and what they finished. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  return { items: await listMyReviews({ subject: viewer.subject }) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.myReviews.title') }));

export default function MyReviews({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const state = (a: (typeof loaderData.items)[number]) =>
    a.submittedAt
      ? 'submitted'
      : a.conflict === 'declared'
        ? 'declared'
        : a.conflict === 'none'
          ? 'toReview'
          : 'toAnswer';
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub.myReviews.title')}</h1>
      {loaderData.items.length === 0 ? <p className="mt-2">{t('hub.myReviews.empty')}</p> : null}
      <ul className="mt-4 space-y-2">
        {loaderData.items.map((a) => (
          <li key={a.id}>
            <Link to={href(`/hub/reviews/${a.id}`)}>
              <TranslatedText value={a.title} />
            </Link>{' '}
            <span className="text-sm text-slate-700">{t(`hub.myReviews.state.${state(a)}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
