import { editableStatuses, mayCreatePledges } from '~/modules/pledges/pledge-policy';
import { canHandleSupport } from '~/modules/pledges/support/support-policy';
import { guardSignedIn } from '~/permissions/guard.server';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/mine';
import { PledgeTable } from './form-list-table';
import { myPledges } from './form-lists.server';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('pledges-form.mine.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  // Any signed-in user; anonymous visitors are sent to sign in.
  const viewer = await guardSignedIn(request);
  const search = new URL(request.url).searchParams;
  return {
    pledges: await myPledges(viewer.subject),
    canCreate: mayCreatePledges(viewer.subject),
    canHandleSupport: canHandleSupport(viewer.subject),
    submitted: search.has('submitted'),
  };
}

export default function MyPledges({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { pledges, canCreate, submitted } = loaderData;
  const links = [
    { path: '/pledges/partnerships', label: t('pledges-support.mine.partnerships') },
    ...(loaderData.canHandleSupport
      ? [
          { path: '/pledges/review', label: t('pledges-support.mine.reviewQueue') },
          { path: '/pledges/support', label: t('pledges-support.mine.supportQueue') },
        ]
      : []),
  ];
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      {submitted ? <FormAlert tone="success">{t('pledges-form.notice.submitted')}</FormAlert> : null}
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('pledges-form.mine.title')}
      </h1>
      <p className="mb-4 text-slate-700">{t('pledges-form.mine.intro', { count: pledges.length })}</p>
      {canCreate ? (
        <p className="mb-6">
          <a href={href('/pledges/new')} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t('pledges-form.mine.new')}
          </a>
        </p>
      ) : null}
      <nav aria-label={t('pledges-support.mine.more')} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {links.map((l) => (
            <li key={l.path}>
              <a href={href(l.path)}>{l.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {pledges.length ? (
        <PledgeTable
          caption={t('pledges-form.mine.title')}
          items={pledges}
          dateColumn="updated"
          links={(p) => [
            ...((editableStatuses as readonly string[]).includes(p.status)
              ? [{ path: `/pledges/${p.id}/edit`, label: t('pledges-form.action.edit') }]
              : []),
            { path: `/pledges/${p.id}`, label: t('pledges-form.action.view') },
          ]}
        />
      ) : (
        <p>{t('pledges-form.mine.empty')}</p>
      )}
    </article>
  );
}
