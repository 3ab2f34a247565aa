import { Form } from 'react-router';
import { practiceCallStatuses } from '#db/schema/hub-practice-values';
import { CALL_TEXT_MAX, CALL_THEME_MAX } from '~/modules/hub/practices/call-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { ObjectiveChecks, useHubForm } from './hub-fields';
import type { HubReference } from './hub-routes.server';

type CallFormKey =
  | 'audienceAr'
  | 'audienceEn'
  | 'contactEmail'
  | 'contactName'
  | 'deadline'
  | 'deadlineDate'
  | 'deadlineTime'
  | 'descriptionAr'
  | 'descriptionEn'
  | 'objectives'
  | 'originalLanguage'
  | 'status'
  | 'themeAr'
  | 'themeEn'
  | 'timeZone';

export interface CallFormValues {
  'theme.ar'?: string;
  'theme.en'?: string;
  'description.ar'?: string;
  'description.en'?: string;
  'audience.ar'?: string;
  'audience.en'?: string;
  originalLanguage?: string;
  objectives?: string[];
  deadlineDate?: string;
  deadlineTime?: string;
  timeZone?: string;
  contactName?: string;
  contactEmail?: string;
  status?: string;
  version?: number;
}

/**
 * The call for practices form (create and edit, Hub editors): theme and description in both languages,
 * the objectives sought, who may submit, the deadline as a local date and time in a named time zone,
 * the contact, and (on edit) open or closed. Works without script.
 */
export function CallForm({
  reference,
  timeZones,
  result,
  initial = {},
  withStatus,
  submitLabel,
}: {
  reference: HubReference;
  timeZones: readonly string[];
  result: SubmissionResult | undefined;
  initial?: CallFormValues;
  withStatus: boolean;
  submitLabel: string;
}) {
  const { t, locale } = useI18n();
  const tt = (key: CallFormKey) => t(`hub-practices.callForm.${key}`);
  const { errors, text, set } = useHubForm(result, initial);
  return (
    <Form method="post" className="mt-6" noValidate>
      <CsrfInput />
      {initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
      <FormAlert error={formAlertOf(result)} />
      <SelectField
        label={tt('originalLanguage')}
        name="originalLanguage"
        defaultValue={text('originalLanguage') || locale}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('hub.lang.ar')}</option>
        <option value="en">{t('hub.lang.en')}</option>
      </SelectField>
      <TextField
        label={tt('themeAr')}
        name="theme.ar"
        lang="ar"
        maxLength={CALL_THEME_MAX}
        defaultValue={text('theme.ar')}
        errors={errors('theme.ar')}
      />
      <TextField
        label={tt('themeEn')}
        name="theme.en"
        lang="en"
        maxLength={CALL_THEME_MAX}
        defaultValue={text('theme.en')}
        errors={errors('theme.en')}
      />
      <TextArea
        label={tt('descriptionAr')}
        name="description.ar"
        lang="ar"
        rows={4}
        maxLength={CALL_TEXT_MAX}
        defaultValue={text('description.ar')}
        errors={errors('description.ar')}
      />
      <TextArea
        label={tt('descriptionEn')}
        name="description.en"
        lang="en"
        rows={4}
        maxLength={CALL_TEXT_MAX}
        defaultValue={text('description.en')}
        errors={errors('description.en')}
      />
      <ObjectiveChecks
        legend={tt('objectives')}
        reference={reference}
        chosen={set('objectives')}
        errors={errors('objectives')}
      />
      <TextArea
        label={tt('audienceAr')}
        name="audience.ar"
        lang="ar"
        rows={2}
        defaultValue={text('audience.ar')}
        errors={errors('audience.ar')}
      />
      <TextArea
        label={tt('audienceEn')}
        name="audience.en"
        lang="en"
        rows={2}
        defaultValue={text('audience.en')}
        errors={errors('audience.en')}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{tt('deadline')}</legend>
        <TextField
          label={tt('deadlineDate')}
          name="deadlineDate"
          type="date"
          required
          defaultValue={text('deadlineDate')}
          errors={errors('deadlineDate')}
        />
        <TextField
          label={tt('deadlineTime')}
          name="deadlineTime"
          type="time"
          required
          defaultValue={text('deadlineTime') || '23:59'}
          errors={errors('deadlineTime')}
        />
        <SelectField
          label={tt('timeZone')}
          name="timeZone"
          dir="ltr"
          defaultValue={text('timeZone') || 'UTC'}
          errors={errors('timeZone')}
        >
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <TextField
        label={tt('contactName')}
        name="contactName"
        required
        defaultValue={text('contactName')}
        errors={errors('contactName')}
      />
      <TextField
        label={tt('contactEmail')}
        name="contactEmail"
        type="email"
        dir="ltr"
        required
        defaultValue={text('contactEmail')}
        errors={errors('contactEmail')}
      />
      {withStatus ? (
        <SelectField
          label={tt('status')}
          name="status"
          defaultValue={text('status') || 'open'}
          errors={errors('status')}
        >
          {practiceCallStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`hub-practices.callStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
