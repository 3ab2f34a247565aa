import { Form } from 'react-router';
import { PLAN_TITLE_MAX, SUMMARY_MAX } from '~/modules/plans/plan-limits';
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

/** The plan's header as form values (strings), from the record or the user's last submission. */
export type PlanFormValues = Record<
  | 'title.ar'
  | 'title.en'
  | 'summary.ar'
  | 'summary.en'
  | 'originalLanguage'
  | 'periodStart'
  | 'periodEnd'
  | 'adoptedOn',
  string
>;

/**
 * The plan header form: creates a plan (intent "create") or saves it (intent "save", with the
 * version it was opened with). Works without script.
 */
export function PlanForm({
  intent,
  values,
  result,
  planId,
  version,
  submitLabel,
}: {
  intent: 'create' | 'save';
  planId?: string;
  values: PlanFormValues;
  /** The refused submission, when it was this form's. */
  result?: SubmissionResult;
  version?: number;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const value = (name: keyof PlanFormValues) => submitted(result, name, values[name]);
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <Form method="post" noValidate className="max-w-3xl">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {planId ? <input type="hidden" name="planId" value={planId} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {result && Object.keys(result.fieldErrors).length ? (
        <FormAlert>{t('plans.form.checkFields')}</FormAlert>
      ) : null}
      <SelectField
        label={t('plans.field.originalLanguage')}
        hint={t('plans.field.originalLanguageHint')}
        name="originalLanguage"
        defaultValue={value('originalLanguage')}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('plans.language.ar')}</option>
        <option value="en">{t('plans.language.en')}</option>
      </SelectField>
      <TextField
        label={t('plans.field.titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={PLAN_TITLE_MAX}
        defaultValue={value('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={t('plans.field.titleEn')}
        name="title.en"
        lang="en"
        maxLength={PLAN_TITLE_MAX}
        defaultValue={value('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={t('plans.field.summaryAr')}
        name="summary.ar"
        lang="ar"
        rows={4}
        maxLength={SUMMARY_MAX}
        defaultValue={value('summary.ar')}
        errors={errors('summary.ar')}
      />
      <TextArea
        label={t('plans.field.summaryEn')}
        name="summary.en"
        lang="en"
        rows={4}
        maxLength={SUMMARY_MAX}
        defaultValue={value('summary.en')}
        errors={errors('summary.en')}
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField
          label={t('plans.field.periodStart')}
          name="periodStart"
          type="date"
          required
          defaultValue={value('periodStart')}
          errors={errors('periodStart')}
        />
        <TextField
          label={t('plans.field.periodEnd')}
          name="periodEnd"
          type="date"
          required
          defaultValue={value('periodEnd')}
          errors={errors('periodEnd')}
        />
        <TextField
          label={t('plans.field.adoptedOn')}
          hint={t('plans.field.adoptedOnHint')}
          name="adoptedOn"
          type="date"
          defaultValue={value('adoptedOn')}
          errors={errors('adoptedOn')}
        />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
