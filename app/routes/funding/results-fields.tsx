import { useId } from 'react';
import { Form } from 'react-router';
import { indicatorMeasures, resultTypes } from '#db/schema/funding-results-values';
import { URL_MAX } from '~/modules/funding/funding-limits';
import { REPORT_TEXT_MAX, RESULT_TEXT_MAX, RESULT_TITLE_MAX } from '~/modules/funding/results/results-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, ErrorList, FormAlert, SelectField, SubmitButton, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The forms of a programme's workspace (results, indicators, periods, progress reports, transfers).
 * Many forms share the page, so each carries its `formKey`: a refusal comes back to the form that was
 * sent (with what was typed), the others keep their stored values. Field names are the schema's paths.
 */
export type Values = Record<string, string>;
export type Refusal = (SubmissionResult & { formKey?: string }) | undefined;

function useFields(formKey: string, refused: Refusal, initial: Values) {
  const mine = refused?.formKey === formKey ? refused : undefined;
  const v = (name: string) => {
    const typed = mine?.values?.[name];
    if (typed !== undefined) return Array.isArray(typed) ? (typed[0] ?? '') : typed;
    return initial[name] ?? '';
  };
  return { mine, v, errors: (name: string) => mine?.fieldErrors?.[name] };
}

export function WorkspaceForm({
  formKey,
  intent,
  refused,
  initial = {},
  hidden = {},
  submit,
  children,
}: {
  formKey: string;
  intent: string;
  refused: Refusal;
  initial?: Values;
  hidden?: Values;
  submit: string;
  children: (f: ReturnType<typeof useFields>) => React.ReactNode;
}) {
  const fields = useFields(formKey, refused, initial);
  return (
    <Form method="post" className="mt-3" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="formKey" value={formKey} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert error={fields.mine?.formError} />
      {children(fields)}
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}

type F = ReturnType<typeof useFields>;

function Translated({
  f,
  name,
  label,
  max,
  rows,
}: {
  f: F;
  name: string;
  label: string;
  max: number;
  rows?: number;
}) {
  const { t } = useI18n();
  return (
    <>
      {(['ar', 'en'] as const).map((lang) => {
        const path = `${name}.${lang}`;
        const props = {
          label: t('funding.work.inLanguage', { field: label, language: t(`funding.language.${lang}`) }),
          name: path,
          lang,
          maxLength: max,
          defaultValue: f.v(path),
          errors: f.errors(path),
        };
        return rows ? <TextArea key={lang} rows={rows} {...props} /> : <TextField key={lang} {...props} />;
      })}
    </>
  );
}

function Language({ f }: { f: F }) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      label={t('funding.form.originalLanguage')}
      name="originalLanguage"
      defaultValue={f.v('originalLanguage') || locale}
      errors={f.errors('originalLanguage')}
    >
      <option value="ar">{t('funding.language.ar')}</option>
      <option value="en">{t('funding.language.en')}</option>
    </SelectField>
  );
}

export function ResultFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('funding.work.resultType')}
        name="type"
        defaultValue={f.v('type') || 'outcome'}
        errors={f.errors('type')}
      >
        {resultTypes.map((type) => (
          <option key={type} value={type}>
            {t(`funding.resultType.${type}`)}
          </option>
        ))}
      </SelectField>
      <Language f={f} />
      <Translated f={f} name="title" label={t('funding.work.title.field')} max={RESULT_TITLE_MAX} />
      <Translated
        f={f}
        name="description"
        label={t('funding.work.description')}
        max={RESULT_TEXT_MAX}
        rows={3}
      />
    </>
  );
}

export function IndicatorFields({ f }: { f: F }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <Language f={f} />
      <Translated f={f} name="title" label={t('funding.work.indicator')} max={RESULT_TITLE_MAX} />
      <SelectField
        label={t('funding.work.measure')}
        name="measure"
        defaultValue={f.v('measure') || 'unit'}
        errors={f.errors('measure')}
      >
        {indicatorMeasures.map((m) => (
          <option key={m} value={m}>
            {t(`funding.measure.${m}`)}
          </option>
        ))}
      </SelectField>
      <div className="mb-4 flex items-center gap-2">
        <input id={id} type="checkbox" name="ascending" defaultChecked={f.v('ascending') !== ''} />
        <label htmlFor={id}>{t('funding.work.ascending')}</label>
        <ErrorList errors={f.errors('ascending')} />
      </div>
      <TextField
        label={t('funding.work.baselineValue')}
        name="baselineValue"
        inputMode="decimal"
        defaultValue={f.v('baselineValue')}
        errors={f.errors('baselineValue')}
      />
      <TextField
        label={t('funding.work.baselineDate')}
        name="baselineDate"
        type="date"
        defaultValue={f.v('baselineDate')}
        errors={f.errors('baselineDate')}
      />
    </>
  );
}

export function PeriodFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('funding.work.periodStart')}
        name="periodStart"
        type="date"
        defaultValue={f.v('periodStart')}
        errors={f.errors('periodStart')}
      />
      <TextField
        label={t('funding.work.periodEnd')}
        name="periodEnd"
        type="date"
        defaultValue={f.v('periodEnd')}
        errors={f.errors('periodEnd')}
      />
      <TextField
        label={t('funding.work.target')}
        name="targetValue"
        inputMode="decimal"
        defaultValue={f.v('targetValue')}
        errors={f.errors('targetValue')}
      />
      <TextField
        label={t('funding.work.actual')}
        hint={t('funding.work.actualHint')}
        name="actualValue"
        inputMode="decimal"
        defaultValue={f.v('actualValue')}
        errors={f.errors('actualValue')}
      />
      <TextField
        label={t('funding.work.actualComment')}
        name="actualComment"
        defaultValue={f.v('actualComment')}
        errors={f.errors('actualComment')}
      />
    </>
  );
}

export function ReportFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('funding.work.periodStart')}
        name="periodStart"
        type="date"
        defaultValue={f.v('periodStart')}
        errors={f.errors('periodStart')}
      />
      <TextField
        label={t('funding.work.periodEnd')}
        name="periodEnd"
        type="date"
        defaultValue={f.v('periodEnd')}
        errors={f.errors('periodEnd')}
      />
      <Language f={f} />
      <Translated f={f} name="summary" label={t('funding.work.reportText')} max={REPORT_TEXT_MAX} rows={6} />
      <TextField
        label={t('funding.work.documentUrl')}
        name="documentUrl"
        type="url"
        dir="ltr"
        maxLength={URL_MAX}
        defaultValue={f.v('documentUrl')}
        errors={f.errors('documentUrl')}
      />
    </>
  );
}

export function TransferFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('funding.programme.organisation')}
        name="organisation"
        defaultValue={f.v('organisation')}
        errors={f.errors('organisation')}
      />
      <TextField
        label={t('funding.dashboard.amountUsd')}
        name="amountUsd"
        inputMode="decimal"
        defaultValue={f.v('amountUsd')}
        errors={f.errors('amountUsd')}
      />
      <TextField
        label={t('funding.programme.date')}
        name="transferredOn"
        type="date"
        defaultValue={f.v('transferredOn')}
        errors={f.errors('transferredOn')}
      />
    </>
  );
}
