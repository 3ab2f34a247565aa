import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { type ActionStatus, actionStatuses } from '#db/schema/plan-values';
import { NARRATIVE_MAX } from '~/modules/plans/plan-limits';
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

/** The progress update form of an action (intent "progress"): date, status, value, narrative. */
export function ProgressForm({
  result,
  today,
  status,
  indicator,
}: {
  result?: SubmissionResult;
  today: string;
  status: ActionStatus;
  /** The action's indicator, when it has one (the value field is shown only then). */
  indicator: { name: Translated; unit: Translated; target: number } | null;
}) {
  const { t, locale, number, pick } = useI18n();
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <Form method="post" noValidate className="max-w-3xl">
      <CsrfInput />
      <input type="hidden" name="intent" value="progress" />
      {result && Object.keys(result.fieldErrors).length ? (
        <FormAlert>{t('plans.form.checkFields')}</FormAlert>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label={t('plans.field.reportedOn')}
          name="reportedOn"
          type="date"
          required
          max={today}
          defaultValue={submitted(result, 'reportedOn', today)}
          errors={errors('reportedOn')}
        />
        <SelectField
          label={t('plans.field.updateStatus')}
          name="status"
          defaultValue={submitted(result, 'status', status)}
          errors={errors('status')}
        >
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`plans.actionStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {indicator ? (
        <TextField
          label={t('plans.field.value', { name: pick(indicator.name).text })}
          hint={t('plans.field.valueHint', {
            target: number(indicator.target),
            unit: pick(indicator.unit).text,
          })}
          name="value"
          inputMode="decimal"
          defaultValue={submitted(result, 'value')}
          errors={errors('value')}
        />
      ) : (
        <p className="mb-4 text-sm text-slate-700">{t('plans.field.noIndicatorValue')}</p>
      )}
      <SelectField
        label={t('plans.field.originalLanguage')}
        name="originalLanguage"
        defaultValue={submitted(result, 'originalLanguage', locale)}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('plans.language.ar')}</option>
        <option value="en">{t('plans.language.en')}</option>
      </SelectField>
      <TextArea
        label={t('plans.field.narrativeAr')}
        name="narrative.ar"
        lang="ar"
        rows={4}
        maxLength={NARRATIVE_MAX}
        defaultValue={submitted(result, 'narrative.ar')}
        errors={errors('narrative.ar')}
      />
      <TextArea
        label={t('plans.field.narrativeEn')}
        name="narrative.en"
        lang="en"
        rows={4}
        maxLength={NARRATIVE_MAX}
        defaultValue={submitted(result, 'narrative.en')}
        errors={errors('narrative.en')}
      />
      <SubmitButton>{t('plans.progressForm.submit')}</SubmitButton>
    </Form>
  );
}
