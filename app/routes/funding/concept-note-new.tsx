import { Form, Link, redirect } from 'react-router';
import { MARKER_MAX, MARKER_MIN, markerKeys } from '#db/schema/funding-values';
import { NOTE_SUMMARY_MAX, NOTE_TITLE_MAX } from '~/modules/funding/funding-limits';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { guard } from '~/permissions/guard.server';
import { scopesFor } from '~/permissions/resolver';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { sortByName } from '~/platform/i18n/collation';
import { ObjectiveBoxes } from '~/ui/form-fields';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/concept-note-new';
import { listErrors, OriginalLanguageField, TranslatedFields } from './funding-fields';
import { fundingNames } from './funding-names.server';

/** A government's focal point (or the fund's secretariat) submits a concept note. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'funding.submit');
  const scopes = scopesFor(viewer.subject, 'funding.submit');
  const [names, { items: objectives }] = await Promise.all([
    fundingNames(),
    listObjectives({ withTitle: false }),
  ]);
  return {
    countries: scopes.any
      ? names.countries
      : names.countries.filter((c) => scopes.countries.includes(c.iso3)),
    regions: scopes.any ? names.regions : [],
    areas: names.areas,
    objectives: objectives.map((o) => ({ number: o.number, label: o.shortLabel })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'funding.submit');
  const done = await attemptForm(
    { request, context },
    { run: (input) => submitConceptNote({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/funding/concept-notes/${done.value.id}?notice=submitted`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.form.title') }));

export default function NewConceptNote({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, locale } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const errors = (name: string) => result?.fieldErrors?.[name];
  const v = (name: string, fallback = '') => submitted(result, name, fallback);
  const chosen = new Set(valuesOf(result, 'objectives'));
  const objectiveErrors = listErrors(result, 'objectives');
  const only = loaderData.countries.length === 1 ? loaderData.countries[0]!.iso3 : '';
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.form.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('funding.form.intro')}</p>
      <Form method="post" className="mt-6 max-w-3xl" noValidate>
        <CsrfInput />
        <FormAlert error={result?.formError} />
        <OriginalLanguageField result={result} />
        <TranslatedFields
          name="title"
          label={{ ar: t('funding.form.titleAr'), en: t('funding.form.titleEn') }}
          maxLength={NOTE_TITLE_MAX}
          result={result}
        />
        <TranslatedFields
          name="summary"
          label={{ ar: t('funding.form.summaryAr'), en: t('funding.form.summaryEn') }}
          rows={5}
          maxLength={NOTE_SUMMARY_MAX}
          result={result}
        />
        <SelectField
          label={t('funding.form.country')}
          name="countryIso3"
          defaultValue={v('countryIso3', only)}
          errors={errors('countryIso3')}
        >
          <option value="">{t('funding.form.none')}</option>
          {sortByName(loaderData.countries, locale, (c) => c.name).map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {pick(c.name).text}
            </option>
          ))}
        </SelectField>
        {loaderData.regions.length ? (
          <SelectField
            label={t('funding.form.region')}
            name="regionId"
            defaultValue={v('regionId')}
            errors={errors('regionId')}
          >
            <option value="">{t('funding.form.none')}</option>
            {loaderData.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {pick(r.name).text}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t('funding.form.thematicArea')}
          name="thematicAreaId"
          defaultValue={v('thematicAreaId')}
          errors={errors('thematicAreaId')}
        >
          <option value="">{t('funding.form.none')}</option>
          {loaderData.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {pick(a.name).text}
            </option>
          ))}
        </SelectField>
        <ObjectiveBoxes
          legend={t('funding.form.objectives')}
          objectives={loaderData.objectives}
          chosen={chosen}
          errors={objectiveErrors}
        />
        <TextArea
          label={t('funding.form.unOrganisations')}
          hint={t('funding.form.onePerLine')}
          name="unOrganisations"
          rows={3}
          defaultValue={v('unOrganisations')}
          errors={listErrors(result, 'unOrganisations')}
        />
        <TextArea
          label={t('funding.form.governmentEntities')}
          hint={t('funding.form.governmentEntitiesHint')}
          name="governmentEntities"
          rows={3}
          defaultValue={v('governmentEntities')}
          errors={listErrors(result, 'governmentEntities')}
        />
        <TextArea
          label={t('funding.form.stakeholders')}
          hint={t('funding.form.onePerLine')}
          name="stakeholders"
          rows={3}
          defaultValue={v('stakeholders')}
          errors={listErrors(result, 'stakeholders')}
        />
        <TextField
          label={t('funding.form.budget')}
          name="budgetRequestedUsd"
          inputMode="decimal"
          defaultValue={v('budgetRequestedUsd')}
          errors={errors('budgetRequestedUsd')}
        />
        <TextField
          label={t('funding.form.duration')}
          name="durationMonths"
          inputMode="numeric"
          defaultValue={v('durationMonths')}
          errors={errors('durationMonths')}
        />
        <fieldset className="mb-4">
          <legend className="font-medium">{t('funding.form.markers')}</legend>
          <p className="text-sm text-slate-600">{t('funding.form.markersHint')}</p>
          {markerKeys.map((key) => (
            <SelectField
              key={key}
              label={t(`funding.form.${key}`)}
              name={key}
              defaultValue={v(key)}
              errors={errors(key)}
            >
              <option value="">{t('funding.form.none')}</option>
              {Array.from({ length: MARKER_MAX - MARKER_MIN + 1 }, (_, i) => MARKER_MIN + i).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
        <SubmitButton>{t('funding.form.submit')}</SubmitButton>
      </Form>
    </>
  );
}
