import { Form } from 'react-router';
import { documentLanguages, resourceAudiences, resourceLicences, resourceTypes } from '#db/schema/hub-values';
import {
  RESOURCE_ABSTRACT_MAX,
  RESOURCE_FILE_MAX_BYTES,
  RESOURCE_TITLE_MAX,
} from '~/modules/hub/resources/resource-schema';
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

export interface ResourceFormValues {
  'title.ar'?: string;
  'title.en'?: string;
  'abstract.ar'?: string;
  'abstract.en'?: string;
  originalLanguage?: string;
  documentLanguages?: string[];
  type?: string;
  publisher?: string;
  authors?: string;
  publicationDate?: string;
  audiences?: string[];
  objectives?: string[];
  principles?: string[];
  countries?: string[];
  regions?: string[];
  isGlobal?: boolean;
  licence?: string;
  url?: string;
  version?: number;
}

/**
 * The resource form (submit and revise): bilingual title and abstract with the original language, what
 * the document is and who made it, what it concerns (objectives, principles, geography), and on
 * submission the file or a link. Works without script; a refused save keeps everything typed.
 */
export function ResourceForm({
  reference,
  result,
  initial = {},
  withFile,
  submitLabel,
}: {
  reference: HubReference;
  result: SubmissionResult | undefined;
  initial?: ResourceFormValues;
  withFile: boolean;
  submitLabel: string;
}) {
  const { t, locale } = useI18n();
  const tt = (key: string) => t(`hub.form.${key}`);
  const { errors, text, set, checked } = useHubForm(result, initial);
  return (
    <Form method="post" encType={withFile ? 'multipart/form-data' : undefined} className="mt-6" noValidate>
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
        label={tt('titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={RESOURCE_TITLE_MAX}
        defaultValue={text('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={tt('titleEn')}
        name="title.en"
        lang="en"
        maxLength={RESOURCE_TITLE_MAX}
        defaultValue={text('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={tt('abstractAr')}
        name="abstract.ar"
        lang="ar"
        rows={5}
        maxLength={RESOURCE_ABSTRACT_MAX}
        defaultValue={text('abstract.ar')}
        errors={errors('abstract.ar')}
      />
      <TextArea
        label={tt('abstractEn')}
        name="abstract.en"
        lang="en"
        rows={5}
        maxLength={RESOURCE_ABSTRACT_MAX}
        defaultValue={text('abstract.en')}
        errors={errors('abstract.en')}
      />
      <SelectField
        label={tt('type')}
        name="type"
        required
        defaultValue={text('type')}
        errors={errors('type')}
      >
        <option value="">{t('hub.choose')}</option>
        {resourceTypes.map((k) => (
          <option key={k} value={k}>
            {t(`hub.type.${k}`)}
          </option>
        ))}
      </SelectField>
      <Checks
        legend={tt('documentLanguages')}
        name="documentLanguages"
        chosen={set('documentLanguages')}
        errors={errors('documentLanguages')}
        options={documentLanguages.map((l) => ({ value: l, label: t(`hub.lang.${l}`) }))}
      />
      <TextField
        label={tt('publisher')}
        name="publisher"
        required
        defaultValue={text('publisher')}
        errors={errors('publisher')}
      />
      <TextArea
        label={tt('authors')}
        hint={tt('authorsHint')}
        name="authors"
        rows={3}
        defaultValue={text('authors')}
        errors={errors('authors')}
      />
      <TextField
        label={tt('publicationDate')}
        name="publicationDate"
        type="date"
        defaultValue={text('publicationDate')}
        errors={errors('publicationDate')}
      />
      <Checks
        legend={tt('audiences')}
        name="audiences"
        chosen={set('audiences')}
        options={resourceAudiences.map((a) => ({ value: a, label: t(`hub.audience.${a}`) }))}
      />
      <ObjectiveChecks
        legend={tt('objectives')}
        reference={reference}
        chosen={set('objectives')}
        errors={errors('objectives')}
      />
      <PrincipleChecks legend={tt('principles')} reference={reference} chosen={set('principles')} />
      <WhereFields
        legend={tt('scope')}
        labels={{ isGlobal: tt('isGlobal'), countries: tt('countries'), regions: tt('regions') }}
        reference={reference}
        isGlobal={checked('isGlobal')}
        countries={set('countries')}
        regions={set('regions')}
        errors={errors}
      />
      <SelectField
        label={tt('licence')}
        name="licence"
        required
        defaultValue={text('licence')}
        errors={errors('licence')}
      >
        <option value="">{t('hub.choose')}</option>
        {resourceLicences.map((k) => (
          <option key={k} value={k}>
            {t(`hub.licence.${k}`)}
          </option>
        ))}
      </SelectField>
      {withFile ? (
        <div className="mb-4">
          <label htmlFor="resource-file" className="block font-medium">
            {tt('file')}
          </label>
          <p id="resource-file-hint" className="text-sm text-slate-600">
            {t('hub.form.fileHint', { megabytes: RESOURCE_FILE_MAX_BYTES / (1024 * 1024) })}
          </p>
          <input
            id="resource-file"
            type="file"
            name="file"
            accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            aria-describedby="resource-file-hint"
            className="mt-1 block"
          />
          {errors('file')?.map((e) => (
            <p key={e.code} className="mt-1 text-sm text-red-700">
              {t(`errors.${e.code}`, e.params)}
            </p>
          ))}
        </div>
      ) : null}
      <TextField
        label={tt('url')}
        name="url"
        type="url"
        dir="ltr"
        defaultValue={text('url')}
        errors={errors('url')}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
