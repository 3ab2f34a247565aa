import { Link } from 'react-router';
import { practiceCriteria } from '#db/schema/hub-practice-values';
import { getPractice } from '~/modules/hub/practices/get-practice.server';
import { compactYears } from '~/modules/hub/practices/practice-rules';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/practice';
import { hubReference } from './hub-routes.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = ['submitted', 'revised', 'decided', 'promising'] as const;

/**
 * A practice's page: what it is, who implements it, where and when, what it concerns, its results and
 * replicability, the criteria it meets and the call it answered. The contact person only for
 * signed-in readers (anonymous readers are asked to sign in; the address is not in their HTML). The
 * submitter and the editors also see its status and the editor's message. 404 to anyone else while
 * it is not approved.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [found, reference] = await Promise.all([
    orErrorPage(() => getPractice({ subject: viewer.subject, practiceId: params.id })),
    hubReference(),
  ]);
  const notice = new URL(request.url).searchParams.get('notice');
  const named = <K,>(list: { key: K; name: { ar?: string; en?: string } }[], keys: readonly K[]) =>
    list.filter((x) => keys.includes(x.key));
  return {
    ...found,
    signedIn: Boolean(viewer.user),
    notice: notices.find((n) => n === notice) ?? null,
    objectives: named(reference.objectives, found.tags.objectives),
    principles: named(reference.principles, found.tags.principles),
    places: [
      ...named(reference.countries, found.tags.countries),
      ...named(reference.regions, found.tags.regions),
    ],
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.practice.title).text }) : null);

export default function PracticePage({ loaderData }: Route.ComponentProps) {
  const { t, number, date, pick } = useI18n();
  const href = useHref();
  const { practice: p, contact, can, call, editorMessage, notice, afterDecember2018, signedIn } = loaderData;
  const day = (iso: string) => date(new Date(`${iso}T00:00:00Z`));
  return (
    <article aria-labelledby="practice-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/practices')}>{t('hub-practices.list.title')}</Link>
      </p>
      {notice ? <FormAlert tone="success">{t(`hub-practices.notice.${notice}`)}</FormAlert> : null}
      <h1 id="practice-title" className="mt-2 text-2xl font-bold">
        <TranslatedText value={p.title} />
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        <span>{t(`hub-practices.stage.${p.stage}`)}</span>
        {p.promising ? (
          <span className="rounded bg-green-100 px-2 text-sm text-green-900">
            {t('hub-practices.promising')}
          </span>
        ) : null}
        {p.isSample ? <SampleBadge /> : null}
        {p.status !== 'approved' ? (
          <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">
            {t(`hub-practices.status.${p.status}`)}
          </span>
        ) : null}
      </p>
      {editorMessage && p.status !== 'approved' ? (
        <section aria-labelledby="message-title" className="mt-4 rounded border border-amber-300 p-3">
          <h2 id="message-title" className="font-semibold">
            {t(
              p.status === 'declined'
                ? 'hub-practices.page.declineReason'
                : 'hub-practices.page.clarification',
            )}
          </h2>
          <p className="whitespace-pre-line">
            <bdi>{editorMessage}</bdi>
          </p>
        </section>
      ) : null}
      <TranslatedText as="p" value={p.summary} className="mt-4 whitespace-pre-line" />
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('hub-practices.page.implementers')}</dt>
        <dd>
          <bdi>{p.implementers}</bdi>
        </dd>
        {p.partners.length ? (
          <>
            <dt className="font-medium">{t('hub-practices.page.partners')}</dt>
            <dd>
              {p.partners.map((a, i) => (
                <span key={a}>
                  {i ? t('hub.listSeparator') : null}
                  <bdi>{a}</bdi>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t('hub-practices.page.where')}</dt>
        <dd>
          {p.isGlobal ? t('hub-practices.page.global') : null}
          {loaderData.places.map((c, i) => (
            <span key={c.key}>
              {i || p.isGlobal ? t('hub.listSeparator') : null}
              <TranslatedText value={c.name} />
            </span>
          ))}
        </dd>
        <dt className="font-medium">{t('hub-practices.page.period')}</dt>
        <dd>
          {p.endDate
            ? t('hub-practices.page.periodRange', { start: day(p.startDate), end: day(p.endDate) })
            : t('hub-practices.page.periodSince', { start: day(p.startDate) })}
          <br />
          <span className="text-sm text-slate-700">
            {t(
              afterDecember2018 ? 'hub-practices.page.afterCompact' : 'hub-practices.page.beforeCompact',
              compactYears,
            )}
          </span>
        </dd>
        <dt className="font-medium">{t('hub-practices.page.objectives')}</dt>
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
        {loaderData.principles.length ? (
          <>
            <dt className="font-medium">{t('hub-practices.page.principles')}</dt>
            <dd>
              {loaderData.principles.map((x, i) => (
                <span key={x.key}>
                  {i ? t('hub.listSeparator') : null}
                  <TranslatedText value={x.name} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {call ? (
          <>
            <dt className="font-medium">{t('hub-practices.page.call')}</dt>
            <dd>
              <Link to={href(`/hub/calls/${call.id}`)}>
                <TranslatedText value={call.theme} />
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="results-title" className="mt-6">
        <h2 id="results-title" className="text-xl font-semibold">
          {t('hub-practices.page.results')}
        </h2>
        <p className="mt-1 whitespace-pre-line" dir="auto" data-user-text>
          {p.results}
        </p>
      </section>
      <section aria-labelledby="replicability-title" className="mt-6">
        <h2 id="replicability-title" className="text-xl font-semibold">
          {t('hub-practices.page.replicability')}
        </h2>
        <p className="mt-1 whitespace-pre-line" dir="auto" data-user-text>
          {p.replicability}
        </p>
      </section>
      <section aria-labelledby="criteria-title" className="mt-6">
        <h2 id="criteria-title" className="text-xl font-semibold">
          {t('hub-practices.page.criteria')}
        </h2>
        <ul className="mt-1 space-y-1">
          {practiceCriteria.map((c) => (
            <li key={c}>
              {t(
                p.criteria.includes(c)
                  ? 'hub-practices.page.criterionMet'
                  : 'hub-practices.page.criterionNotMet',
                {
                  criterion: t(`hub-practices.criterion.${c}`, compactYears),
                },
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contact-title" className="mt-6">
        <h2 id="contact-title" className="text-xl font-semibold">
          {t('hub-practices.page.contact')}
        </h2>
        {contact ? (
          <p className="mt-1">
            <bdi>{contact.name}</bdi>
            {t('hub.listSeparator')}
            <a href={`mailto:${contact.email}`} dir="ltr" className="underline">
              {contact.email}
            </a>
          </p>
        ) : (
          <p className="mt-1">
            {signedIn ? null : <Link to={href('/sign-in')}>{t('hub-practices.page.contactSignIn')}</Link>}
          </p>
        )}
      </section>
      <p className="mt-6 flex flex-wrap gap-4">
        {can.edit ? (
          <Link to={href(`/hub/practices/${p.id}/edit`)}>{t('hub-practices.page.edit')}</Link>
        ) : null}
        {can.curate ? (
          <Link to={href(`/hub/practices/${p.id}/review`)}>{t('hub-practices.page.review')}</Link>
        ) : null}
      </p>
    </article>
  );
}
