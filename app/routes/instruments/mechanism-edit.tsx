import { data, Form, redirect } from 'react-router';
import { chairKinds, mechanismKinds } from '#db/schema/instrument-values';
import { LONG_TEXT_MAX, NAME_MAX } from '~/modules/instruments/instruments-schema';
import { addChair } from '~/modules/instruments/mechanisms/add-chair.server';
import { linkableMeetings, linkMeeting } from '~/modules/instruments/mechanisms/link-meeting.server';
import { findMechanism } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { updateMechanism } from '~/modules/instruments/mechanisms/update-mechanism.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SelectField, SubmitButton, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/mechanism-edit';
import { stateOptions } from './country-names.server';
import {
  type FormValues,
  LinesField,
  OriginalLanguageField,
  StatusField,
  TranslatedFields,
  translatedValues,
  useFields,
} from './instrument-fields';

/** The Network secretariat keeps a mechanism's entry, its chair history and its meetings. */
async function load(request: Request, slug: string) {
  const viewer = await guard(request, 'instruments.manage');
  const mechanism = await findMechanism({ subject: viewer.subject, key: slug });
  if (!mechanism) throw data({ code: 'notFound' }, { status: 404 });
  return { viewer, mechanism };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { mechanism: m } = await load(request, params.slug);
  const [states, meetings] = await Promise.all([stateOptions(), linkableMeetings({ mechanismId: m.id })]);
  return {
    mechanism: { slug: m.slug, name: m.name, version: m.version },
    values: {
      kind: m.kind,
      acronym: m.acronym ?? '',
      originalLanguage: m.originalLanguage,
      status: m.status,
      memberStates: m.memberStates.join('\n'),
      observerStates: m.observerStates.join('\n'),
      workingGroups: m.workingGroups.join('\n'),
      focalPoints: m.focalPoints.join('\n'),
      reviewContributions: m.reviewContributions.join('\n'),
      sources: m.sources.join('\n'),
      ...translatedValues('name', m.name),
      ...translatedValues('secretariat', m.secretariat),
      ...translatedValues('thematicFocus', m.thematicFocus),
      ...translatedValues('gcmEngagement', m.gcmEngagement),
    } satisfies FormValues,
    states,
    meetings,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, mechanism } = await load(request, params.slug);
  const options = { subject: viewer.subject, mechanismId: mechanism.id, requestId: context.requestId };
  const done = await attemptForm(
    { request, context },
    {
      run: async (input) => {
        if (input.intent === 'chair') return addChair({ ...options, input });
        if (input.intent === 'meeting') return linkMeeting({ ...options, input });
        return updateMechanism({ ...options, input });
      },
      extra: (form) => ({ intent: String(form.get('intent') ?? 'save') }),
    },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/mechanisms/${mechanism.slug}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('instruments.mechanism.edit') }));

export default function MechanismEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date } = useI18n();
  const href = useHref();
  const { mechanism: m, values } = loaderData;
  const result = actionData as (SubmissionResult & { intent?: string }) | undefined;
  const of = (intent: string) => (result?.intent === intent ? result : undefined);
  const save = of('save');
  const chair = useFields(of('chair'));
  const meeting = useFields(of('meeting'));
  const main = useFields(save, values);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/mechanisms'), label: t('instruments.mechanisms.title') },
          { to: href(`/mechanisms/${m.slug}`), label: pick(m.name).text },
          { label: t('instruments.mechanism.edit') },
        ]}
      />
      <h1 className="text-3xl font-bold">{t('instruments.mechanism.edit')}</h1>
      <Form method="post" className="mt-4 max-w-3xl" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={m.version} />
        <FormAlert error={save?.formError} />
        <OriginalLanguageField result={save} values={values} />
        <TranslatedFields
          name="name"
          label={{ ar: t('instruments.mechanism.nameAr'), en: t('instruments.mechanism.nameEn') }}
          maxLength={NAME_MAX}
          result={save}
          values={values}
        />
        <TextField
          label={t('instruments.mechanism.acronym')}
          name="acronym"
          dir="ltr"
          defaultValue={main.v('acronym')}
          errors={main.errors('acronym')}
        />
        <SelectField
          label={t('instruments.mechanism.kind')}
          name="kind"
          defaultValue={main.v('kind')}
          errors={main.errors('kind')}
        >
          {mechanismKinds.map((k) => (
            <option key={k} value={k}>
              {t(`instruments.mechanismKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <LinesField
          name="memberStates"
          label={t('instruments.mechanism.memberCodes')}
          result={save}
          values={values}
          ltr
        />
        <LinesField
          name="observerStates"
          label={t('instruments.mechanism.observerCodes')}
          result={save}
          values={values}
          ltr
        />
        <TranslatedFields
          name="secretariat"
          label={{
            ar: t('instruments.mechanism.secretariatAr'),
            en: t('instruments.mechanism.secretariatEn'),
          }}
          maxLength={NAME_MAX}
          result={save}
          values={values}
        />
        {(['thematicFocus', 'gcmEngagement'] as const).map((k) => (
          <TranslatedFields
            key={k}
            name={k}
            label={{ ar: t(`instruments.mechanism.${k}Ar`), en: t(`instruments.mechanism.${k}En`) }}
            rows={3}
            maxLength={LONG_TEXT_MAX}
            result={save}
            values={values}
          />
        ))}
        {(['workingGroups', 'focalPoints', 'reviewContributions'] as const).map((k) => (
          <LinesField
            key={k}
            name={k}
            label={t(`instruments.mechanism.${k}`)}
            result={save}
            values={values}
          />
        ))}
        <LinesField name="sources" label={t('instruments.sources')} result={save} values={values} ltr />
        <StatusField result={save} values={values} />
        <SubmitButton>{t('instruments.form.save')}</SubmitButton>
      </Form>

      <section aria-labelledby="add-chair" className="mt-10 max-w-3xl">
        <h2 id="add-chair" className="text-xl font-bold">
          {t('instruments.chairs.add')}
        </h2>
        <p className="mt-1 text-slate-700">{t('instruments.chairs.addHint')}</p>
        <Form method="post" className="mt-4" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="chair" />
          <FormAlert error={of('chair')?.formError} />
          <SelectField
            label={t('instruments.chairs.kind')}
            name="kind"
            defaultValue={chair.v('kind')}
            errors={chair.errors('kind')}
          >
            {chairKinds.map((k) => (
              <option key={k} value={k}>
                {t(`instruments.chairKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('instruments.chairs.state')}
            name="countryIso3"
            defaultValue={chair.v('countryIso3')}
            errors={chair.errors('countryIso3')}
          >
            <option value="">{t('instruments.form.none')}</option>
            {loaderData.states.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {pick(c.name).text}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('instruments.chairs.holder')}
            name="holder"
            defaultValue={chair.v('holder')}
            errors={chair.errors('holder')}
          />
          <TextField
            label={t('instruments.chairs.from')}
            name="fromOn"
            type="date"
            defaultValue={chair.v('fromOn')}
            errors={chair.errors('fromOn')}
          />
          <TextField
            label={t('instruments.chairs.until')}
            name="untilOn"
            type="date"
            defaultValue={chair.v('untilOn')}
            errors={chair.errors('untilOn')}
          />
          <SubmitButton>{t('instruments.chairs.save')}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="link-meeting" className="mt-10 max-w-3xl">
        <h2 id="link-meeting" className="text-xl font-bold">
          {t('instruments.mechanism.linkMeeting')}
        </h2>
        {loaderData.meetings.length ? (
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="meeting" />
            <FormAlert error={of('meeting')?.formError} />
            <SelectField
              label={t('instruments.mechanism.meeting')}
              name="meetingId"
              defaultValue={meeting.v('meetingId')}
              errors={meeting.errors('meetingId')}
            >
              {loaderData.meetings.map((mt) => (
                <option key={mt.id} value={mt.id}>
                  {pick(mt.title).text} — {date(mt.startsOn)}
                </option>
              ))}
            </SelectField>
            <SubmitButton>{t('instruments.mechanism.linkSubmit')}</SubmitButton>
          </Form>
        ) : (
          <p className="mt-2 text-slate-600">{t('instruments.mechanism.noLinkable')}</p>
        )}
      </section>
    </>
  );
}
