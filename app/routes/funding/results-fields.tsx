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
  const errors = (name: string) => mine?.fieldErrors?.[name];
  /** What every input of these forms takes: its name, what was typed or stored, its refusals. */
  const field = (name: string) => ({ name, defaultValue: v(name), errors: errors(name) });
  return { mine, v, errors, field };
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
      <TextField label={t('funding.work.baselineValue')} {...f.field('baselineValue')} inputMode="decimal" />
      <TextField label={t('funding.work.baselineDate')} {...f.field('baselineDate')} type="date" />
    </>
  );
}

export function PeriodFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t('funding.work.periodStart')} {...f.field('periodStart')} type="date" />
      <TextField label={t('funding.work.periodEnd')} {...f.field('periodEnd')} type="date" />
      <TextField label={t('funding.work.target')} {...f.field('targetValue')} inputMode="decimal" />
      <TextField
        label={t('funding.work.actual')}
        hint={t('funding.work.actualHint')}
        {...f.field('actualValue')}
        inputMode="decimal"
      />
      <TextField label={t('funding.work.actualComment')} {...f.field('actualComment')} />
    </>
  );
}

export function ReportFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t('funding.work.periodStart')} {...f.field('periodStart')} type="date" />
      <TextField label={t('funding.work.periodEnd')} {...f.field('periodEnd')} type="date" />
      <Language f={f} />
      <Translated f={f} name="summary" label={t('funding.work.reportText')} max={REPORT_TEXT_MAX} rows={6} />
      <TextField
        label={t('funding.work.documentUrl')}
        {...f.field('documentUrl')}
        type="url"
        dir="ltr"
        maxLength={URL_MAX}
      />
    </>
  );
}

export function TransferFields({ f }: { f: F }) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t('funding.programme.organisation')} {...f.field('organisation')} />
      <TextField label={t('funding.dashboard.amountUsd')} {...f.field('amountUsd')} inputMode="decimal" />
      <TextField label={t('funding.programme.date')} {...f.field('transferredOn')} type="date" />
    </>
  );
}
