import { data } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { findMechanism, mechanismDetail } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { guardPublic } from '~/permissions/guard.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/mechanism';
import { countryNames } from './country-names.server';
import { RecordBadges, Sources } from './instrument-fields';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * A consultation mechanism: its members, chair history, secretariat, focus, working groups, focal
 * points, GCM engagement, meetings on the platform, contributions to regional reviews and its
 * database of regional activities in support of the GCM.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const mechanism = await findMechanism({ subject: viewer.subject, key: params.slug });
  if (!mechanism) throw data({ code: 'notFound' }, { status: 404 });
  const detail = await mechanismDetail({ subject: viewer.subject, mechanism });
  const names = await countryNames([
    ...mechanism.memberStates,
    ...mechanism.observerStates,
    ...detail.chairs.flatMap((c) => (c.countryIso3 ? [c.countryIso3] : [])),
    ...detail.activities.flatMap((a) => a.countries),
  ]);
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    mechanism: {
      id: mechanism.id,
      slug: mechanism.slug,
      kind: mechanism.kind,
      name: mechanism.name,
      acronym: mechanism.acronym,
      memberStates: mechanism.memberStates,
      observerStates: mechanism.observerStates,
      secretariat: mechanism.secretariat,
      thematicFocus: mechanism.thematicFocus,
      gcmEngagement: mechanism.gcmEngagement,
      workingGroups: mechanism.workingGroups,
      focalPoints: mechanism.focalPoints,
      reviewContributions: mechanism.reviewContributions,
      confirmation: mechanism.confirmation,
      sources: mechanism.sources,
      status: mechanism.status,
    },
    chairs: detail.chairs.map((c) => ({
      id: c.id,
      kind: c.kind,
      countryIso3: c.countryIso3,
      holder: c.holder,
      fromOn: c.fromOn,
      untilOn: c.untilOn,
    })),
    activities: detail.activities.map((a) => ({
      id: a.id,
      title: a.title,
      aims: a.aims,
      heldOn: a.heldOn,
      status: a.status,
      objectives: a.objectives,
      countries: a.countries,
    })),
    meetings: detail.meetings,
    names,
    mayRecord: detail.mayRecord,
    mayManage: detail.mayManage,
    notice:
      notice === 'saved' || notice === 'activityRecorded' || notice === 'activityDeleted'
        ? (notice as 'saved' | 'activityRecorded' | 'activityDeleted')
        : null,
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.mechanism.name).text,
          description: i18n.t('instruments.mechanism.metaDescription', {
            name: i18n.pick(loaderData.mechanism.name).text,
          }),
        })
      : null,
  );

function States({ codes, names }: { codes: readonly string[]; names: Record<string, Translated> }) {
  const { pick } = useI18n();
  return (
    <ul className="flex flex-wrap gap-2">
      {codes.map((c) => (
        <li key={c} className="rounded bg-slate-100 px-2 py-0.5">
          {names[c] ? pick(names[c]).text : <bdi dir="ltr">{c}</bdi>}
        </li>
      ))}
    </ul>
  );
}

export default function Mechanism({ loaderData }: Route.ComponentProps) {
  const { t, date, number, pick, list } = useI18n();
  const href = useHref();
  const { mechanism: m, names } = loaderData;
  const has = (v: Translated) => Boolean(v.ar || v.en);
  return (
    <article aria-labelledby="mechanism-title">
      <Breadcrumbs
        items={[
          { to: href('/mechanisms'), label: t('instruments.mechanisms.title') },
          { label: m.acronym ?? pick(m.name).text },
        ]}
      />
      <h1 id="mechanism-title" className="text-3xl font-bold">
        <TranslatedText value={m.name} />
        <RecordBadges confirmation={m.confirmation} status={m.status} />
      </h1>
      <p className="mt-1 text-slate-700">
        {t(`instruments.mechanismKind.${m.kind}`)}
        {m.acronym ? (
          <>
            {' · '}
            <bdi dir="ltr">{m.acronym}</bdi>
          </>
        ) : null}
      </p>
      {loaderData.notice ? (
        <FormAlert tone="success">{t(`instruments.mechanism.notice.${loaderData.notice}`)}</FormAlert>
      ) : null}
      {loaderData.mayManage || loaderData.mayRecord ? (
        <p className="mt-3 flex flex-wrap gap-4">
          {loaderData.mayRecord ? (
            <Link to={href(`/mechanisms/${m.slug}/activities/new`)}>{t('instruments.activity.add')}</Link>
          ) : null}
          {loaderData.mayManage ? (
            <Link to={href(`/mechanisms/${m.slug}/edit`)}>{t('instruments.mechanism.edit')}</Link>
          ) : null}
        </p>
      ) : null}

      <dl className="mt-6 grid max-w-3xl gap-y-3 rounded border border-slate-200 bg-white p-4">
        {has(m.secretariat) ? (
          <>
            <dt className="font-medium">{t('instruments.mechanism.secretariat')}</dt>
            <dd>
              <TranslatedText value={m.secretariat} />
            </dd>
          </>
        ) : null}
        {has(m.thematicFocus) ? (
          <>
            <dt className="font-medium">{t('instruments.mechanism.thematicFocus')}</dt>
            <dd>
              <TranslatedText value={m.thematicFocus} />
            </dd>
          </>
        ) : null}
        {has(m.gcmEngagement) ? (
          <>
            <dt className="font-medium">{t('instruments.mechanism.gcmEngagement')}</dt>
            <dd>
              <TranslatedText value={m.gcmEngagement} />
            </dd>
          </>
        ) : null}
        <dt className="font-medium">
          {t('instruments.mechanism.memberStates', { count: m.memberStates.length })}
        </dt>
        <dd>
          {m.memberStates.length ? (
            <States codes={m.memberStates} names={names} />
          ) : (
            <span className="text-slate-600">{t('instruments.notRecorded')}</span>
          )}
        </dd>
        {m.observerStates.length ? (
          <>
            <dt className="font-medium">{t('instruments.mechanism.observerStates')}</dt>
            <dd>
              <States codes={m.observerStates} names={names} />
            </dd>
          </>
        ) : null}
        {(['workingGroups', 'focalPoints', 'reviewContributions'] as const).map((k) =>
          m[k].length ? (
            <div key={k} className="contents">
              <dt className="font-medium">{t(`instruments.mechanism.${k}`)}</dt>
              <dd>
                <ul className="ms-4 list-disc">
                  {m[k].map((item) => (
                    <li key={item}>
                      <bdi>{item}</bdi>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null,
        )}
      </dl>
      <Sources sources={m.sources} />

      <section aria-labelledby="chairs" className="mt-8">
        <h2 id="chairs" className="text-xl font-bold">
          {t('instruments.chairs.title')}
        </h2>
        {loaderData.chairs.length ? (
          <ol className="mt-3 space-y-1">
            {loaderData.chairs.map((c) => (
              <li key={c.id}>
                <span className="font-medium">
                  {c.countryIso3 && names[c.countryIso3] ? (
                    pick(names[c.countryIso3]).text
                  ) : (
                    <bdi>{c.holder}</bdi>
                  )}
                </span>{' '}
                — {t(`instruments.chairKind.${c.kind}`)} ·{' '}
                {c.untilOn
                  ? t('instruments.chairs.period', { from: date(c.fromOn), until: date(c.untilOn) })
                  : t('instruments.chairs.since', { from: date(c.fromOn) })}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-slate-600">{t('instruments.chairs.none')}</p>
        )}
      </section>

      <section aria-labelledby="meetings" className="mt-8">
        <h2 id="meetings" className="text-xl font-bold">
          {t('instruments.mechanism.meetings')}
        </h2>
        {loaderData.meetings.length ? (
          <ul className="mt-3 space-y-1">
            {loaderData.meetings.map((mt) => (
              <li key={mt.id}>
                <Link to={href(`/meetings/${mt.id}`)}>
                  <TranslatedText value={mt.title} />
                </Link>{' '}
                — {date(mt.startsOn)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t('instruments.mechanism.noMeetings')}</p>
        )}
      </section>

      <section aria-labelledby="activities" className="mt-8">
        <h2 id="activities" className="text-xl font-bold">
          {t('instruments.activities.title')}
        </h2>
        <p className="mt-1 text-slate-700">
          {t('instruments.activities.count', {
            count: loaderData.activities.filter((a) => a.status === 'published').length,
          })}
        </p>
        {loaderData.activities.length ? (
          <ul className="mt-3 space-y-3">
            {loaderData.activities.map((a) => (
              <li key={a.id} id={`activity-${a.id}`} className="rounded border border-slate-200 bg-white p-3">
                <Link to={href(`/mechanisms/${m.slug}/activities/${a.id}`)} className="font-bold">
                  <TranslatedText value={a.title} />
                </Link>
                <RecordBadges status={a.status} />
                <p className="text-sm text-slate-700">{date(a.heldOn)}</p>
                <TranslatedText as="p" value={a.aims} className="mt-1" />
                <p className="mt-1 text-sm">
                  {t('instruments.activity.objectivesList', {
                    list: list(a.objectives.map((o) => number(o))),
                  })}
                </p>
                {a.countries.length ? (
                  <p className="text-sm">
                    {t('instruments.activity.countriesList', {
                      list: list(a.countries.map((c) => (names[c] ? pick(names[c]).text : c))),
                    })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t('instruments.activities.none')}</p>
        )}
      </section>
    </article>
  );
}
