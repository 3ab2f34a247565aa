import { Form } from 'react-router';
import { practiceCriteria, practiceStages } from '#db/schema/hub-practice-values';
import { compactYears } from '~/modules/hub/practices/practice-rules';
import {
  PRACTICE_SUMMARY_MAX,
  PRACTICE_TEXT_MAX,
  PRACTICE_TITLE_MAX,
} from '~/modules/hub/practices/practice-schema';
import type { Translated } from '~/platform/forms/fields';
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
import { Checks, ObjectiveChecks, PrincipleChecks, useHubForm, WhereFields } from './hub-fields';
import type { HubReference } from './hub-routes.server';

type PracticeFormKey =
  | 'call'
  | 'contact'
  | 'contactEmail'
  | 'contactHint'
  | 'contactName'
  | 'countries'
  | 'criteria'
  | 'endDate'
  | 'endDateHint'
  | 'implementers'
  | 'isGlobal'
  | 'noCall'
  | 'objectives'
  | 'originalLanguage'
  | 'partners'
  | 'partnersHint'
  | 'period'
  | 'principles'
  | 'regions'
  | 'replicability'
  | 'replicabilityHint'
  | 'results'
  | 'resultsHint'
  | 'stage'
  | 'startDate'
  | 'summaryAr'
  | 'summaryEn'
  | 'titleAr'
  | 'titleEn'
  | 'where';

export interface PracticeFormValues {
  'title.ar'?: string;
  'title.en'?: string;
  'summary.ar'?: string;
  'summary.en'?: string;
  originalLanguage?: string;
  implementers?: string;
  partners?: string;
  objectives?: string[];
  principles?: string[];
  countries?: string[];
  regions?: string[];
  isGlobal?: boolean;
  startDate?: string;
  endDate?: string;
  stage?: string;
  results?: string;
  replicability?: string;
  contactName?: string;
  contactEmail?: string;
  criteria?: string[];
  callId?: string;
  version?: number;
}

/**
 * The practice form (submit and edit): bilingual title and summary with the original language, who
 * implements it and with whom, what it concerns and where, its period and stage, results and
 * replicability, the contact person (shown to signed-in readers only) and the Network's criteria as a
 * checklist. On submission, the open call it answers. Works without script; a refused save keeps
 * everything typed.
 */
export function PracticeForm({
  reference,
  result,
  initial = {},
  calls,
  submitLabel,
}: {
  reference: HubReference;
  result: SubmissionResult | undefined;
  initial?: PracticeFormValues;
  /** Open calls to choose from (submission only). */
  calls?: { id: string; theme: Translated }[];
  submitLabel: string;
}) {
  const { t, pick, locale } = useI18n();
  const tt = (key: PracticeFormKey) => t(`hub-practices.form.${key}`);
  const { errors, text, set, checked } = useHubForm(result, initial);
  return (
    <Form method="post" className="mt-6" noValidate>
      <CsrfInput />
      {initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
      <FormAlert error={formAlertOf(result)} />
      {calls ? (
        <SelectField label={tt('call')} name="callId" defaultValue={text('callId')} errors={errors('callId')}>
          <option value="">{tt('noCall')}</option>
          {calls.map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.theme).text}
            </option>
          ))}
        </SelectField>
      ) : null}
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
        label={tt('titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={PRACTICE_TITLE_MAX}
        defaultValue={text('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={tt('titleEn')}
        name="title.en"
        lang="en"
        maxLength={PRACTICE_TITLE_MAX}
        defaultValue={text('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={tt('summaryAr')}
        name="summary.ar"
        lang="ar"
        rows={5}
        maxLength={PRACTICE_SUMMARY_MAX}
        defaultValue={text('summary.ar')}
        errors={errors('summary.ar')}
      />
      <TextArea
        label={tt('summaryEn')}
        name="summary.en"
        lang="en"
        rows={5}
        maxLength={PRACTICE_SUMMARY_MAX}
        defaultValue={text('summary.en')}
        errors={errors('summary.en')}
      />
      <TextField
        label={tt('implementers')}
        name="implementers"
        required
        defaultValue={text('implementers')}
        errors={errors('implementers')}
      />
      <TextArea
        label={tt('partners')}
        hint={tt('partnersHint')}
        name="partners"
        rows={3}
        defaultValue={text('partners')}
        errors={errors('partners')}
      />
      <ObjectiveChecks
        legend={tt('objectives')}
        reference={reference}
        chosen={set('objectives')}
        errors={errors('objectives')}
      />
      <PrincipleChecks legend={tt('principles')} reference={reference} chosen={set('principles')} />
      <WhereFields
        legend={tt('where')}
        labels={{ isGlobal: tt('isGlobal'), countries: tt('countries'), regions: tt('regions') }}
        reference={reference}
        isGlobal={checked('isGlobal')}
        countries={set('countries')}
        regions={set('regions')}
        errors={errors}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{tt('period')}</legend>
        <TextField
          label={tt('startDate')}
          name="startDate"
          type="date"
          required
          defaultValue={text('startDate')}
          errors={errors('startDate')}
        />
        <TextField
          label={tt('endDate')}
          hint={tt('endDateHint')}
          name="endDate"
          type="date"
          defaultValue={text('endDate')}
          errors={errors('endDate')}
        />
        <SelectField
          label={tt('stage')}
          name="stage"
          required
          defaultValue={text('stage')}
          errors={errors('stage')}
        >
          <option value="">{t('hub.choose')}</option>
          {practiceStages.map((s) => (
            <option key={s} value={s}>
              {t(`hub-practices.stage.${s}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <TextArea
        label={tt('results')}
        hint={tt('resultsHint')}
        name="results"
        rows={5}
        maxLength={PRACTICE_TEXT_MAX}
        required
        defaultValue={text('results')}
        errors={errors('results')}
      />
      <TextArea
        label={tt('replicability')}
        hint={tt('replicabilityHint')}
        name="replicability"
        rows={4}
        maxLength={PRACTICE_TEXT_MAX}
        required
        defaultValue={text('replicability')}
        errors={errors('replicability')}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{tt('contact')}</legend>
        <p className="mb-2 text-sm text-slate-600">{tt('contactHint')}</p>
        <TextField
          label={tt('contactName')}
          name="contactName"
          required
          autoComplete="name"
          defaultValue={text('contactName')}
          errors={errors('contactName')}
        />
        <TextField
          label={tt('contactEmail')}
          name="contactEmail"
          type="email"
          dir="ltr"
          required
          autoComplete="email"
          defaultValue={text('contactEmail')}
          errors={errors('contactEmail')}
        />
      </fieldset>
      <Checks
        legend={tt('criteria')}
        name="criteria"
        chosen={set('criteria')}
        errors={errors('criteria')}
        options={practiceCriteria.map((c) => ({
          value: c,
          label: t(`hub-practices.criterion.${c}`, compactYears),
        }))}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
