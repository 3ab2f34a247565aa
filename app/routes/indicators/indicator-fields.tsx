import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import {
  disaggregationDimensions,
  disaggregationValues,
  type IndicatorDisaggregations,
  indicatorUnits,
} from '#db/schema/indicator-values';
import {
  INDICATOR_CODE_MAX,
  INDICATOR_NAME_MAX,
  INDICATOR_TEXT_MAX,
} from '~/modules/indicators/indicator-schema';
import { dimensionLabel, unitLabel, valueLabel } from '~/modules/indicators/indicator-tables';
import type { SubmissionResult } from '~/platform/forms.server';
import { ObjectiveBoxes, TranslatedFields } from '~/ui/form-fields';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useErrorText,
  valuesOf,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { type FormValues, listErrors, useFields } from '../instruments/instrument-fields';

/** The record as the form shows it: texts by schema path, objectives and breakdowns as ticked boxes. */
export interface IndicatorFormRecord {
  values: FormValues;
  objectives: number[];
  disaggregations: IndicatorDisaggregations;
  version?: number;
}

/**
 * The secretariat's indicator form (new and edit): code (fixed once created), names, definition,
 * objectives, SDG indicator, unit, the breakdowns ticked per dimension, source, provisional.
 */
export function IndicatorForm({
  result,
  record,
  objectives,
  codeFixed,
  submitLabel,
}: {
  result?: SubmissionResult;
  record: IndicatorFormRecord;
  objectives: { number: number; label: Translated }[];
  codeFixed?: boolean;
  submitLabel: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { v, errors } = useFields(result, record.values);
  const errorText = useErrorText();
  const chosen = new Set(valuesOf(result, 'objectives', record.objectives.map(String)));
  const objectiveErrors = listErrors(result, 'objectives');
  const provisional = result ? v('provisional') === 'on' : record.values.provisional === 'on';
  return (
    <Form method="post" className="mt-4 max-w-3xl" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value="save" />
      {record.version ? <input type="hidden" name="version" value={record.version} /> : null}
      <FormAlert error={result?.formError} />
      <TextField
        label={t('indicators.edit.code')}
        hint={codeFixed ? t('indicators.edit.codeFixed') : t('indicators.edit.codeHint')}
        name="code"
        dir="ltr"
        maxLength={INDICATOR_CODE_MAX}
        readOnly={codeFixed}
        defaultValue={v('code')}
        errors={errors('code')}
      />
      <TranslatedFields
        name="name"
        label={{ ar: t('indicators.edit.nameAr'), en: t('indicators.edit.nameEn') }}
        result={result}
        values={record.values}
        maxLength={INDICATOR_NAME_MAX}
      />
      <TranslatedFields
        name="definition"
        label={{ ar: t('indicators.edit.definitionAr'), en: t('indicators.edit.definitionEn') }}
        result={result}
        values={record.values}
        rows={3}
        maxLength={INDICATOR_TEXT_MAX}
      />
      <ObjectiveBoxes
        legend={t('indicators.objectives')}
        objectives={objectives}
        chosen={chosen}
        errors={objectiveErrors}
      />
      <TextField
        label={t('indicators.sdg')}
        hint={t('indicators.edit.sdgHint')}
        name="sdgIndicator"
        dir="ltr"
        inputMode="decimal"
        defaultValue={v('sdgIndicator')}
        errors={errors('sdgIndicator')}
      />
      <SelectField
        label={t('indicators.unitHeading')}
        name="unit"
        defaultValue={v('unit')}
        errors={errors('unit')}
      >
        <option value="">{t('indicators.edit.chooseUnit')}</option>
        {indicatorUnits.map((u) => (
          <option key={u} value={u}>
            {unitLabel(i18n, u)}
          </option>
        ))}
      </SelectField>
      {disaggregationDimensions.map((dimension) => {
        const name = `disaggregations.${dimension}`;
        const stored = record.disaggregations.find((d) => d.dimension === dimension)?.values ?? [];
        const ticked = new Set(valuesOf(result, name, stored));
        const dimensionErrors = listErrors(result, name);
        return (
          <fieldset
            key={dimension}
            className="mb-4"
            aria-describedby={dimensionErrors ? `${dimension}-err` : undefined}
          >
            <legend className="font-medium">
              {t('indicators.edit.breakdownBy', { dimension: dimensionLabel(i18n, dimension) })}
            </legend>
            <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {disaggregationValues[dimension].map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="checkbox" name={name} value={value} defaultChecked={ticked.has(value)} />
                  <span>{valueLabel(i18n, value)}</span>
                </label>
              ))}
            </div>
            {dimensionErrors ? (
              <p id={`${dimension}-err`} className="mt-1 text-sm text-red-700">
                {dimensionErrors.map(errorText).join(' ')}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <TranslatedFields
        name="source"
        label={{ ar: t('indicators.edit.sourceAr'), en: t('indicators.edit.sourceEn') }}
        result={result}
        values={record.values}
        rows={2}
        maxLength={INDICATOR_TEXT_MAX}
      />
      <label className="mb-4 flex items-center gap-2">
        <input type="checkbox" name="provisional" defaultChecked={provisional} />
        <span>{t('indicators.edit.provisional')}</span>
      </label>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
