import { data, Form, redirect } from 'react-router';
import { findMechanism, getActivity } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { deleteActivity, updateActivity } from '~/modules/instruments/mechanisms/record-activity.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { guard, guardPublic } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { isUuid } from '~/platform/uuid';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/activity';
import { ActivityForm } from './activity-fields';
import { countryNames } from './country-names.server';
import { RecordBadges, translatedValues } from './instrument-fields';

/** One activity of a mechanism: public once published; those who may record it correct it here. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const mechanism = await findMechanism({ subject: viewer.subject, key: params.slug });
  const found = mechanism ? await getActivity({ subject: viewer.subject, mechanism, id: params.id }) : null;
  if (!mechanism || !found) throw data({ code: 'notFound' }, { status: 404 });
  const { activity, mayRecord } = found;
  const tags = activity;
  const [{ items: objectives }, names] = await Promise.all([
    listObjectives({ withTitle: false }),
    countryNames([...mechanism.memberStates, ...tags.countries]),
  ]);
  return {
    mechanism: { slug: mechanism.slug, name: mechanism.name },
    activity: {
      id: activity.id,
      title: activity.title,
      aims: activity.aims,
      outputs: activity.outputs,
      heldOn: activity.heldOn,
      status: activity.status,
      version: activity.version,
      originalLanguage: activity.originalLanguage,
      objectives: tags.objectives,
      countries: tags.countries,
    },
    names,
    objectives: objectives.map((o) => ({ number: o.number, label: o.shortLabel })),
    memberStates: mayRecord
      ? mechanism.memberStates.map((iso3) => ({ iso3, name: names[iso3] ?? { en: iso3 } }))
      : [],
    mayRecord,
    saved: new URL(request.url).searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'mechanisms.activities.record');
  if (!isUuid(params.id)) throw data({ code: 'notFound' }, { status: 404 });
  const form = await readForm(request, context);
  if (form.get('intent') === 'delete') {
    // The operation checks who may record this mechanism's activities before the version is read.
    const deleted = await attemptForm(form, () =>
      deleteActivity({
        subject: viewer.subject,
        activityId: params.id,
        expectedVersion: Number(form.get('version')),
        requestId: context.requestId,
      }),
    );
    if (!deleted.ok) return deleted.response;
    throw redirect(`/${langOf(params)}/mechanisms/${deleted.value.mechanismSlug}?notice=activityDeleted`);
  }
  const done = await attemptForm(form, {
    run: (input) =>
      updateActivity({
        subject: viewer.subject,
        activityId: params.id,
        input,
        requestId: context.requestId,
      }),
  });
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/mechanisms/${params.slug}/activities/${params.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.pick(loaderData.activity.title).text }) : null);

export default function Activity({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number, pick, list } = useI18n();
  const href = useHref();
  const { activity: a, mechanism: m, names } = loaderData;
  return (
    <article aria-labelledby="activity-title">
      <Breadcrumbs
        items={[
          { to: href('/mechanisms'), label: t('instruments.mechanisms.title') },
          { to: href(`/mechanisms/${m.slug}`), label: pick(m.name).text },
          { label: t('instruments.activity.crumb') },
        ]}
      />
      <h1 id="activity-title" className="text-3xl font-bold">
        <TranslatedText value={a.title} />
        <RecordBadges status={a.status} />
      </h1>
      <p className="mt-1 text-slate-700">
        <Link to={href(`/mechanisms/${m.slug}`)}>
          <TranslatedText value={m.name} />
        </Link>{' '}
        · {date(a.heldOn)}
      </p>
      {loaderData.saved ? <FormAlert tone="success">{t('instruments.activity.saved')}</FormAlert> : null}
      <dl className="mt-6 grid max-w-3xl gap-y-3 rounded border border-slate-200 bg-white p-4">
        <dt className="font-medium">{t('instruments.activity.aims')}</dt>
        <dd>
          <TranslatedText as="p" value={a.aims} className="whitespace-pre-line" />
        </dd>
        <dt className="font-medium">{t('instruments.activity.outputs')}</dt>
        <dd>
          {a.outputs.ar || a.outputs.en ? (
            <TranslatedText as="p" value={a.outputs} className="whitespace-pre-line" />
          ) : (
            <span className="text-slate-600">{t('instruments.notRecorded')}</span>
          )}
        </dd>
        <dt className="font-medium">{t('instruments.activity.objectives')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-2">
            {a.objectives.map((o) => (
              <li key={o}>
                <Link to={href(`/objectives/${o}`)}>
                  {t('instruments.activity.objective', { n: number(o) })}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">{t('instruments.activity.countries')}</dt>
        <dd>
          {a.countries.length
            ? list(a.countries.map((c) => (names[c] ? pick(names[c]).text : c)))
            : t('instruments.notRecorded')}
        </dd>
      </dl>
      {loaderData.mayRecord ? (
        <section aria-labelledby="edit-activity" className="mt-10">
          <h2 id="edit-activity" className="text-xl font-bold">
            {t('instruments.activity.edit')}
          </h2>
          <ActivityForm
            result={actionData as SubmissionResult | undefined}
            values={{
              originalLanguage: a.originalLanguage,
              heldOn: a.heldOn,
              status: a.status,
              ...translatedValues('title', a.title),
              ...translatedValues('aims', a.aims),
              ...translatedValues('outputs', a.outputs),
            }}
            objectives={loaderData.objectives}
            chosenObjectives={a.objectives}
            memberStates={loaderData.memberStates}
            chosenCountries={a.countries}
            version={a.version}
            submitLabel={t('instruments.form.save')}
          />
          <h3 className="mt-8 text-lg font-bold">{t('instruments.activity.deleteHeading')}</h3>
          <p className="mt-1 max-w-3xl">{t('instruments.activity.deleteIntro')}</p>
          <Form method="post" className="mt-3">
            <CsrfInput />
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="version" value={a.version} />
            <SubmitButton>{t('instruments.activity.delete')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
