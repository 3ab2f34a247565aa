import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { milestoneKinds } from '#db/schema/review-values';
import {
  CYCLE_DESCRIPTION_MAX,
  CYCLE_PARTNERS_MAX,
  CYCLE_TITLE_MAX,
  MILESTONE_LOCATION_MAX,
  MILESTONE_SUMMARY_MAX,
  MILESTONE_TITLE_MAX,
} from '~/modules/reviews/cycles/cycle-limits';
import type { FieldError } from '~/platform/forms.server';
import { CsrfInput, ErrorList, SelectField, SubmitButton, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { type CycleFormValues, MILESTONE_ROWS_MIN } from './cycle-form-values';

export interface CycleFormOptions {
  regions: { id: string; name: Translated }[];
  regionId: string | null;
  states: { iso3: string; name: Translated }[];
  templates: { id: string; title: Translated; versionNumber: number }[];
}

const str = (values: CycleFormValues, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/**
 * The cycle form (new and edit), without JavaScript: states as checkboxes, milestones as rows
 * ("add a milestone" posts the form back with one more row), summaries on the edit page only.
 */
export function CycleForm({
  options,
  values,
  fieldErrors = {},
  version,
  withSummaries = false,
  regionLocked = false,
}: {
  options: CycleFormOptions;
  values: CycleFormValues;
  fieldErrors?: Record<string, FieldError[]>;
  version?: number;
  withSummaries?: boolean;
  regionLocked?: boolean;
}) {
  const { t, pick } = useI18n();
  const errs = (field: string) => fieldErrors[field];
  const both = (field: string, lang: 'ar' | 'en') => [
    ...(lang === 'ar' ? (errs(field) ?? []) : []),
    ...(errs(`${field}.${lang}`) ?? []),
  ];
  // A new form checks every member state; a form sent back keeps what was checked (maybe none).
  const chosenStates = new Set(
    values.states !== undefined
      ? [values.states].flat()
      : values.statesSent
        ? []
        : options.states.map((s) => s.iso3),
  );
  const rows = Math.max(Number(str(values, 'milestoneRows')) || 0, MILESTONE_ROWS_MIN);
  const regionName = options.regions.find((r) => r.id === options.regionId)?.name;

  return (
    <Form method="post" noValidate className="space-y-6">
      <CsrfInput />
      {/* Enter in a field saves (the first submit button is the form's default), not "add a milestone". */}
      <button type="submit" name="intent" value="save" hidden tabIndex={-1} aria-hidden="true" />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="milestoneRows" value={rows} />
      <input type="hidden" name="statesSent" value="1" />

      <fieldset className="rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t('reviews-cycles.form.about')}</legend>
        {regionLocked || options.regions.length <= 1 ? (
          <>
            <input type="hidden" name="regionId" value={options.regionId ?? ''} />
            <p className="mb-4">
              <span className="font-medium">{t('reviews-cycles.field.region')}</span>{' '}
              <bdi>{pick(regionName).text}</bdi>
            </p>
          </>
        ) : (
          <SelectField
            label={t('reviews-cycles.field.region')}
            name="regionId"
            defaultValue={options.regionId ?? ''}
            errors={errs('regionId')}
          >
            {options.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {pick(r.name).text}
              </option>
            ))}
          </SelectField>
        )}
        <ErrorList errors={regionLocked ? errs('regionId') : undefined} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            label={t('reviews-cycles.field.titleAr')}
            name="title.ar"
            lang="ar"
            maxLength={CYCLE_TITLE_MAX}
            defaultValue={str(values, 'title.ar')}
            errors={both('title', 'ar')}
          />
          <TextField
            label={t('reviews-cycles.field.titleEn')}
            name="title.en"
            lang="en"
            maxLength={CYCLE_TITLE_MAX}
            defaultValue={str(values, 'title.en')}
            errors={both('title', 'en')}
          />
          <TextField
            label={t('reviews-cycles.field.partnersAr')}
            hint={t('reviews-cycles.field.partnersHint')}
            name="partners.ar"
            lang="ar"
            maxLength={CYCLE_PARTNERS_MAX}
            defaultValue={str(values, 'partners.ar')}
            errors={both('partners', 'ar')}
          />
          <TextField
            label={t('reviews-cycles.field.partnersEn')}
            hint={t('reviews-cycles.field.partnersHint')}
            name="partners.en"
            lang="en"
            maxLength={CYCLE_PARTNERS_MAX}
            defaultValue={str(values, 'partners.en')}
            errors={both('partners', 'en')}
          />
          <TextArea
            label={t('reviews-cycles.field.descriptionAr')}
            name="description.ar"
            lang="ar"
            rows={4}
            maxLength={CYCLE_DESCRIPTION_MAX}
            defaultValue={str(values, 'description.ar')}
            errors={both('description', 'ar')}
          />
          <TextArea
            label={t('reviews-cycles.field.descriptionEn')}
            name="description.en"
            lang="en"
            rows={4}
            maxLength={CYCLE_DESCRIPTION_MAX}
            defaultValue={str(values, 'description.en')}
            errors={both('description', 'en')}
          />
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            label={t('reviews-cycles.field.template')}
            hint={t('reviews-cycles.field.templateHint')}
            name="templateId"
            defaultValue={str(values, 'templateId')}
            errors={errs('templateId')}
          >
            <option value="">{t('reviews-cycles.field.choose')}</option>
            {options.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {t('reviews-cycles.templateOption', {
                  title: pick(tpl.title).text,
                  version: tpl.versionNumber,
                })}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('reviews-cycles.field.deadline')}
            name="submissionDeadline"
            type="date"
            dir="ltr"
            defaultValue={str(values, 'submissionDeadline')}
            errors={errs('submissionDeadline')}
          />
        </div>
      </fieldset>

      <fieldset
        className="rounded border border-slate-200 bg-white p-4"
        aria-describedby={errs('states') ? 'states-errors' : undefined}
      >
        <legend className="px-1 font-semibold">{t('reviews-cycles.field.states')}</legend>
        <p className="mb-3 text-sm text-slate-600">{t('reviews-cycles.field.statesHint')}</p>
        <ErrorList id="states-errors" errors={errs('states')} />
        <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
          {options.states.map((s) => (
            <li key={s.iso3}>
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  name="states"
                  value={s.iso3}
                  defaultChecked={chosenStates.has(s.iso3)}
                />
                <bdi>{pick(s.name).text}</bdi>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t('reviews-cycles.field.milestones')}</legend>
        <p className="mb-3 text-sm text-slate-600">{t('reviews-cycles.field.milestonesHint')}</p>
        {Array.from({ length: rows }, (_, i) => {
          const name = (f: string) => `milestones[${i}].${f}`;
          const value = (f: string) => str(values, name(f));
          const rowErrs = (f: string) => errs(name(f));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a milestone row is its position in the form
            <fieldset key={i} className="mb-4 rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold">
                {t('reviews-cycles.field.milestoneNumber', { number: i + 1 })}
              </legend>
              <div className="grid gap-x-4 sm:grid-cols-2">
                <SelectField
                  label={t('reviews-cycles.field.milestoneKind')}
                  name={name('kind')}
                  defaultValue={value('kind') || 'consultation'}
                  errors={rowErrs('kind')}
                >
                  {milestoneKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`reviews.milestone.${k}`)}
                    </option>
                  ))}
                </SelectField>
                <div className="grid grid-cols-2 gap-x-4">
                  <TextField
                    label={t('reviews-cycles.field.startsOn')}
                    name={name('startsOn')}
                    type="date"
                    dir="ltr"
                    defaultValue={value('startsOn')}
                    errors={rowErrs('startsOn')}
                  />
                  <TextField
                    label={t('reviews-cycles.field.endsOn')}
                    name={name('endsOn')}
                    type="date"
                    dir="ltr"
                    defaultValue={value('endsOn')}
                    errors={rowErrs('endsOn')}
                  />
                </div>
                <TextField
                  label={t('reviews-cycles.field.milestoneTitleAr')}
                  name={name('title.ar')}
                  lang="ar"
                  maxLength={MILESTONE_TITLE_MAX}
                  defaultValue={value('title.ar')}
                  errors={[...(rowErrs('title') ?? []), ...(rowErrs('title.ar') ?? [])]}
                />
                <TextField
                  label={t('reviews-cycles.field.milestoneTitleEn')}
                  name={name('title.en')}
                  lang="en"
                  maxLength={MILESTONE_TITLE_MAX}
                  defaultValue={value('title.en')}
                  errors={rowErrs('title.en')}
                />
                <TextField
                  label={t('reviews-cycles.field.locationAr')}
                  name={name('location.ar')}
                  lang="ar"
                  maxLength={MILESTONE_LOCATION_MAX}
                  defaultValue={value('location.ar')}
                  errors={rowErrs('location.ar')}
                />
                <TextField
                  label={t('reviews-cycles.field.locationEn')}
                  name={name('location.en')}
                  lang="en"
                  maxLength={MILESTONE_LOCATION_MAX}
                  defaultValue={value('location.en')}
                  errors={rowErrs('location.en')}
                />
                {withSummaries ? (
                  <>
                    <TextArea
                      label={t('reviews-cycles.field.summaryAr')}
                      hint={t('reviews-cycles.field.summaryHint')}
                      name={name('summary.ar')}
                      lang="ar"
                      rows={3}
                      maxLength={MILESTONE_SUMMARY_MAX}
                      defaultValue={value('summary.ar')}
                      errors={rowErrs('summary.ar')}
                    />
                    <TextArea
                      label={t('reviews-cycles.field.summaryEn')}
                      hint={t('reviews-cycles.field.summaryHint')}
                      name={name('summary.en')}
                      lang="en"
                      rows={3}
                      maxLength={MILESTONE_SUMMARY_MAX}
                      defaultValue={value('summary.en')}
                      errors={rowErrs('summary.en')}
                    />
                  </>
                ) : null}
              </div>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name={name('remove')} value="1" />
                {t('reviews-cycles.field.removeMilestone')}
              </label>
            </fieldset>
          );
        })}
        <button
          type="submit"
          name="intent"
          value="addMilestone"
          formNoValidate
          className="rounded border border-slate-400 px-3 py-1 text-sm"
        >
          {t('reviews-cycles.form.addMilestone')}
        </button>
      </fieldset>

      <SubmitButton name="intent" value="save">
        {t('reviews-cycles.form.save')}
      </SubmitButton>
    </Form>
  );
}
