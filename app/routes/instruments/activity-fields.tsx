import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { LONG_TEXT_MAX, NAME_MAX } from '~/modules/instruments/instruments-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import { ObjectiveBoxes } from '~/ui/form-fields';
import { CsrfInput, FormAlert, SubmitButton, TextField, valuesOf } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import {
  type FormValues,
  listErrors,
  OriginalLanguageField,
  StatusField,
  TranslatedFields,
  useFields,
} from './instrument-fields';

/** The activity form (new and edit): title, date, states, objectives, aims, outputs, status. */
export function ActivityForm({
  result,
  values = {},
  objectives,
  chosenObjectives = [],
  memberStates,
  chosenCountries = [],
  version,
  submitLabel,
}: {
  result?: SubmissionResult;
  values?: FormValues;
  objectives: { number: number; label: Translated }[];
  chosenObjectives?: number[];
  /** The mechanism's member states, offered as boxes to tick; others are typed by code. */
  memberStates: { iso3: string; name: Translated }[];
  chosenCountries?: string[];
  version?: number;
  submitLabel: string;
}) {
  const { t, pick } = useI18n();
  const { v, errors } = useFields(result, values);
  const chosen = new Set(valuesOf(result, 'objectives', chosenObjectives.map(String)));
  const objectiveErrors = listErrors(result, 'objectives');
  const members = new Set(memberStates.map((c) => c.iso3));
  const countries = valuesOf(result, 'countries', chosenCountries)
    .flatMap((c) => c.split(/[\s,،]+/))
    .filter(Boolean);
  const ticked = new Set(countries.filter((c) => members.has(c.toUpperCase())).map((c) => c.toUpperCase()));
  const typed = countries.filter((c) => !members.has(c.toUpperCase())).join(' ');
  return (
    <Form method="post" className="mt-4 max-w-3xl" noValidate>
      <CsrfInput />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <FormAlert error={result?.formError} />
      <OriginalLanguageField result={result} values={values} />
      <TranslatedFields
        name="title"
        label={{ ar: t('instruments.activity.titleAr'), en: t('instruments.activity.titleEn') }}
        maxLength={NAME_MAX}
        result={result}
        values={values}
      />
      <TextField
        label={t('instruments.activity.heldOn')}
        name="heldOn"
        type="date"
        defaultValue={v('heldOn')}
        errors={errors('heldOn')}
      />
      <TranslatedFields
        name="aims"
        label={{ ar: t('instruments.activity.aimsAr'), en: t('instruments.activity.aimsEn') }}
        rows={3}
        maxLength={LONG_TEXT_MAX}
        result={result}
        values={values}
      />
      <TranslatedFields
        name="outputs"
        label={{ ar: t('instruments.activity.outputsAr'), en: t('instruments.activity.outputsEn') }}
        rows={3}
        maxLength={LONG_TEXT_MAX}
        result={result}
        values={values}
      />
      <fieldset className="mb-4">
        <legend className="font-medium">{t('instruments.activity.countries')}</legend>
        {memberStates.length ? (
          <div className="mt-2 grid gap-1 sm:grid-cols-3">
            {memberStates.map((c) => (
              <label key={c.iso3} className="flex items-start gap-2">
                <input type="checkbox" name="countries" value={c.iso3} defaultChecked={ticked.has(c.iso3)} />
                <span>{pick(c.name).text}</span>
              </label>
            ))}
          </div>
        ) : null}
        <TextField
          label={t('instruments.activity.otherCountries')}
          hint={t('instruments.activity.otherCountriesHint')}
          name="countries"
          dir="ltr"
          defaultValue={typed}
          errors={errors('countries')}
        />
      </fieldset>
      <ObjectiveBoxes
        legend={t('instruments.activity.objectives')}
        objectives={objectives}
        chosen={chosen}
        errors={objectiveErrors}
      />
      <StatusField result={result} values={values} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
