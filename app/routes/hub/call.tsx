import { Link } from 'react-router';
import { getCall } from '~/modules/hub/practices/calls.server';
import { listPractices } from '~/modules/hub/practices/list-practices.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/call';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * A call for practices: its theme, the objectives it seeks, who may submit, the deadline in its time
 * zone (closed from that instant), the contact for signed-in readers, and the approved practices
 * submitted to it; while open, the way to submit one.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [found, reference] = await Promise.all([
    orErrorPage(() => getCall({ subject: viewer.subject, callId: params.id })),
    hubReference(),
  ]);
  const practices = await listPractices({ filters: { callId: found.call.id }, limit: 100 });
  const notice = new URL(request.url).searchParams.get('notice') === 'saved' ? 'saved' : null;
  return {
    ...found,
    notice,
    practices: practices.items,
    signedIn: Boolean(viewer.user),
    objectives: reference.objectives.filter((o) => found.call.objectives.includes(o.key)),
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.call.theme).text }) : null);

export default function CallPage({ loaderData }: Route.ComponentProps) {
  const { t, date, number, pick } = useI18n();
  const href = useHref();
  const { call, can, practices, signedIn, notice } = loaderData;
  return (
    <article aria-labelledby="call-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/calls')}>{t('hub-practices.calls.title')}</Link>
      </p>
      {notice ? <FormAlert tone="success">{t('hub-practices.notice.callSaved')}</FormAlert> : null}
      <h1 id="call-title" className="mt-2 text-2xl font-bold">
        <TranslatedText value={call.theme} />
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        <span>{t(`hub-practices.callStatus.${call.status}`)}</span>
        {call.isSample ? <SampleBadge /> : null}
      </p>
      <TranslatedText as="p" value={call.description} className="mt-4 whitespace-pre-line" />
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('hub-practices.call.objectives')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-2">
            {loaderData.objectives.map((o) => (
              <li key={o.key}>
                <Link to={href(`/hub/practices?objective=${o.key}`)}>
                  {t('hub.objectiveLabel', { number: number(o.key), label: pick(o.name).text })}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">{t('hub-practices.call.audience')}</dt>
        <dd>
          <TranslatedText value={call.audience} />
        </dd>
        <dt className="font-medium">{t('hub-practices.call.deadline')}</dt>
        <dd>
          {date(call.deadlineAt, { dateStyle: 'full', timeStyle: 'short', timeZone: call.timeZone })} (
          <bdi dir="ltr">{call.timeZone}</bdi>)
        </dd>
        <dt className="font-medium">{t('hub-practices.call.contact')}</dt>
        <dd>
          {call.contact ? (
            <>
              <bdi>{call.contact.name}</bdi>
              {t('hub.listSeparator')}
              <a href={`mailto:${call.contact.email}`} dir="ltr" className="underline">
                {call.contact.email}
              </a>
            </>
          ) : signedIn ? null : (
            <Link to={href('/sign-in')}>{t('hub-practices.page.contactSignIn')}</Link>
          )}
        </dd>
      </dl>
      <p className="mt-6 flex flex-wrap gap-4">
        {call.open ? (
          <Link to={href(`/hub/practices/new?call=${call.id}`)} className="font-medium">
            {t('hub-practices.call.submit')}
          </Link>
        ) : (
          <span>{t('hub-practices.call.closedNote')}</span>
        )}
        {can.manage ? (
          <Link to={href(`/hub/calls/${call.id}/edit`)}>{t('hub-practices.calls.edit')}</Link>
        ) : null}
      </p>
      <section aria-labelledby="call-practices" className="mt-6">
        <h2 id="call-practices" className="text-xl font-semibold">
          {t('hub-practices.call.practices')}
        </h2>
        <p className="text-slate-700">{t('content.type.hub_practice.count', { count: practices.length })}</p>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {practices.map((p) => (
            <li key={p.id}>
              <Link to={href(`/hub/practices/${p.id}`)}>
                <TranslatedText value={p.title} />
              </Link>
              {p.promising ? (
                <span className="ms-2 text-sm text-green-900">{t('hub-practices.promising')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
