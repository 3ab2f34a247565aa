import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { documentLanguages, resourceAudiences, resourceLicences, resourceTypes } from '#db/schema/hub-values';
import { RESOURCE_ABSTRACT_MAX, RESOURCE_TITLE_MAX } from '~/modules/hub/resources/resource-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import { sortByName } from '~/platform/i18n/collation';
import { ChoicePicker } from '~/ui/choice-picker';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
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

export function Checks({
  legend,
  name,
  options,
  chosen,
  errors,
}: {
  legend: string;
  name: string;
  options: { value: string; label: ReactNode }[];
  chosen: Set<string>;
  errors?: { code: string }[];
}) {
  const { t } = useI18n();
  return (
    <fieldset
      className="mb-4 rounded border border-slate-300 p-3"
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="px-1 font-medium">{legend}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 py-1">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={chosen.has(o.value)}
              className="mt-1"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <ul className="mt-1 text-sm text-red-700">
          {errors.map((e) => (
            <li key={e.code}>{t(`errors.${e.code}`)}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
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
  const { t, pick, number, locale } = useI18n();
  const tt = (key: string) => t(`hub.form.${key}`);
  // A refusal of a whole text (`title`: neither language given) shows beside its Arabic field; one of
  // a checkbox group's items (`objectives[0]`) beside the group.
  const errors = (name: string) => {
    const all = Object.entries(result?.fieldErrors ?? {}).flatMap(([path, list]) =>
      path === name || path.startsWith(`${name}[`) || `${path}.ar` === name ? list : [],
    );
    return all.length ? all : undefined;
  };
  const text = (name: keyof ResourceFormValues) =>
    submitted(result, name, (initial[name] as string | undefined) ?? '');
  const set = (name: keyof ResourceFormValues) =>
    new Set(valuesOf(result, name, (initial[name] as string[] | undefined) ?? []));
  // An unchecked box sends nothing, so a refused submission without it means unchecked.
  const isGlobal = result ? submitted(result, 'isGlobal') === 'on' : Boolean(initial.isGlobal);
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
      <Checks
        legend={tt('objectives')}
        name="objectives"
        chosen={set('objectives')}
        errors={errors('objectives')}
        options={reference.objectives.map((o) => ({
          value: String(o.key),
          label: t('hub.objectiveLabel', { number: number(o.key), label: pick(o.name).text }),
        }))}
      />
      <Checks
        legend={tt('principles')}
        name="principles"
        chosen={set('principles')}
        options={reference.principles.map((p) => ({ value: p.key, label: pick(p.name).text }))}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{tt('scope')}</legend>
        <label className="flex items-start gap-2 py-1">
          <input type="checkbox" name="isGlobal" defaultChecked={isGlobal} className="mt-1" />
          <span>{tt('isGlobal')}</span>
        </label>
        <ChoicePicker
          label={tt('countries')}
          name="countries"
          options={sortByName(reference.countries, locale, (c) => c.name).map((c) => ({
            value: c.key,
            label: pick(c.name).text,
            aliases: [c.name.ar ?? '', c.name.en ?? ''],
          }))}
          defaultValue={[...set('countries')]}
          errors={errors('countries')}
        />
        <SelectField
          label={tt('regions')}
          name="regions"
          multiple
          size={6}
          defaultValue={[...set('regions')]}
          errors={errors('regions')}
        >
          {reference.regions.map((r) => (
            <option key={r.key} value={r.key}>
              {pick(r.name).text}
            </option>
          ))}
        </SelectField>
      </fieldset>
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
            {tt('fileHint')}
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
