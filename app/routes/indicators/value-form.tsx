import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import {
  type Disaggregation,
  disaggregationValues,
  INDICATOR_YEAR_MIN,
  type IndicatorDisaggregations,
  type IndicatorUnit,
} from '#db/schema/indicator-values';
import { dimensionLabel, unitLabel, valueLabel } from '~/modules/indicators/indicator-tables';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';

/** The indicator as the value form needs it. */
export interface ChosenIndicator {
  id: string;
  code: string;
  name: Translated;
  unit: IndicatorUnit;
  disaggregations: IndicatorDisaggregations;
}

/** A value being corrected, as form values. */
export interface EditedValue {
  year: string;
  value: string;
  disaggregation: Disaggregation;
  sourceNote: Translated;
  version: string;
}

/**
 * The form of one indicator value (year, a breakdown per dimension of the indicator, value, source
 * notes), shared by the state's own page and the national review's panel: field names are the value
 * schema's paths (indicator-schema.ts).
 */
export function ValueForm({
  chosen,
  editing,
  result,
  latestYear,
}: {
  chosen: ChosenIndicator;
  editing: EditedValue | null;
  result?: SubmissionResult;
  latestYear: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const errors = (name: string) => result?.fieldErrors?.[name];
  const v = (name: string, fallback = '') => submitted(result, name, fallback);
  return (
    <Form method="post" className="mt-4" noValidate>
      <CsrfInput />
      <input type="hidden" name="indicatorId" value={chosen.id} />
      <input type="hidden" name="indicatorCode" value={chosen.code} />
      {editing ? <input type="hidden" name="version" value={editing.version} /> : null}
      <FormAlert error={result?.formError} />
      <TextField
        label={t('indicators.report.year')}
        hint={t('indicators.report.yearHint', { min: INDICATOR_YEAR_MIN, max: latestYear })}
        name="year"
        inputMode="numeric"
        defaultValue={v('year', editing?.year ?? '')}
        errors={errors('year')}
      />
      {chosen.disaggregations.map((d) => {
        const name = `disaggregation.${d.dimension}`;
        return (
          <SelectField
            key={d.dimension}
            label={dimensionLabel(i18n, d.dimension)}
            name={name}
            defaultValue={v(name, editing?.disaggregation[d.dimension] ?? '')}
            errors={errors(name)}
          >
            <option value="">{t('indicators.total')}</option>
            {d.values
              .filter((x) => (disaggregationValues[d.dimension] as readonly string[]).includes(x))
              .map((x) => (
                <option key={x} value={x}>
                  {valueLabel(i18n, x)}
                </option>
              ))}
          </SelectField>
        );
      })}
      <TextField
        label={t('indicators.report.value', { unit: unitLabel(i18n, chosen.unit) })}
        name="value"
        inputMode="decimal"
        defaultValue={v('value', editing?.value ?? '')}
        errors={errors('value')}
      />
      <TextArea
        label={t('indicators.report.sourceAr')}
        name="sourceNote.ar"
        rows={2}
        defaultValue={v('sourceNote.ar', editing?.sourceNote.ar ?? '')}
        errors={errors('sourceNote.ar')}
      />
      <TextArea
        label={t('indicators.report.sourceEn')}
        name="sourceNote.en"
        dir="ltr"
        rows={2}
        defaultValue={v('sourceNote.en', editing?.sourceNote.en ?? '')}
        errors={errors('sourceNote.en')}
      />
      <SubmitButton>{t('indicators.report.save')}</SubmitButton>
    </Form>
  );
}

/**
 * Choosing an indicator (a plain GET form) and, once one is chosen, its value form under a heading the
 * table's "correct" links point at (`#value-form`): the state's page and the review's panel alike.
 */
export function IndicatorValueEditor({
  catalogue,
  chosen,
  editing,
  result,
  latestYear,
}: {
  catalogue: readonly { code: string; name: Translated }[];
  chosen: ChosenIndicator | null;
  editing: EditedValue | null;
  result?: SubmissionResult;
  latestYear: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <Form method="get" className="mt-6 max-w-3xl">
        <SelectField
          label={t('indicators.report.chooseIndicator')}
          name="indicator"
          defaultValue={chosen?.code ?? ''}
        >
          <option value="">{t('indicators.report.chooseOne')}</option>
          {catalogue.map((i) => (
            <option key={i.code} value={i.code}>
              {`${i.code} — ${i18n.pick(i.name).text}`}
            </option>
          ))}
        </SelectField>
        <SubmitButton>{t('indicators.report.choose')}</SubmitButton>
      </Form>
      {chosen ? (
        <section aria-labelledby="value-form" className="mt-8 max-w-3xl">
          <h2 id="value-form" className="text-xl font-bold">
            {editing ? t('indicators.report.editHeading') : t('indicators.report.newHeading')}
          </h2>
          <p className="mt-1">
            <TranslatedText value={chosen.name} /> — {unitLabel(i18n, chosen.unit)}
          </p>
          <ValueForm chosen={chosen} editing={editing} result={result} latestYear={latestYear} />
        </section>
      ) : null}
    </>
  );
}
