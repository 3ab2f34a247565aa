import { guard } from '~/permissions/guard.server';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/review-queue';
import { PledgeTable } from './form-list-table';
import { pledgesWaiting } from './form-lists.server';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('pledges-form.queue.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'pledges.review');
  const [submitted, approved] = await Promise.all([pledgesWaiting('submitted'), pledgesWaiting('approved')]);
  return { submitted, approved };
}

export default function ReviewQueue({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { submitted, approved } = loaderData;
  const open = (p: { id: string }) => [
    { path: `/pledges/${p.id}/review`, label: t('pledges-form.action.review') },
  ];
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('pledges-form.queue.title')}
      </h1>
      <p className="mb-6 text-slate-700">{t('pledges-form.queue.intro')}</p>
      <section aria-labelledby="submitted-title">
        <h2 id="submitted-title" className="mb-2 text-xl font-semibold">
          {t('pledges-form.queue.submitted', { count: submitted.length })}
        </h2>
        {submitted.length ? (
          <PledgeTable
            caption={t('pledges-form.queue.title')}
            items={submitted}
            dateColumn="submitted"
            links={open}
          />
        ) : (
          <p className="mb-8">{t('pledges-form.queue.empty')}</p>
        )}
      </section>
      <section aria-labelledby="approved-title">
        <h2 id="approved-title" className="mb-2 text-xl font-semibold">
          {t('pledges-form.queue.approved', { count: approved.length })}
        </h2>
        {approved.length ? (
          <PledgeTable
            caption={t('pledges-form.queue.approvedCaption')}
            items={approved}
            dateColumn="submitted"
            links={open}
          />
        ) : (
          <p>{t('pledges-form.queue.approvedEmpty')}</p>
        )}
      </section>
    </article>
  );
}
