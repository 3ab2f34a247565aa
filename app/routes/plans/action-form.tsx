import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { actionStatuses } from '#db/schema/plan-values';
import {
  ACTION_DESCRIPTION_MAX,
  ACTION_TITLE_MAX,
  ENTITY_MAX,
  INDICATOR_NAME_MAX,
  PARTNERS_MAX,
  UNIT_MAX,
} from '~/modules/plans/plan-limits';
import { sdgTargets } from '~/modules/reference/sdg-targets';
import { currencyCodes } from '~/platform/currencies';
import type { SubmissionResult } from '~/platform/forms.server';
import { ChoicePicker } from '~/ui/choice-picker';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

const textFields = [
  'title.ar',
  'title.en',
  'description.ar',
  'description.en',
  'originalLanguage',
  'leadEntity.ar',
  'leadEntity.en',
  'partners.ar',
  'partners.en',
  'startDate',
  'endDate',
  'budget.amount',
  'budget.currency',
  'indicator.name.ar',
  'indicator.name.en',
  'indicator.unit.ar',
  'indicator.unit.en',
  'indicator.baseline',
  'indicator.target',
  'status',
] as const;
export type ActionFormValues = Record<(typeof textFields)[number], string> & {
  objectives: string[];
  principles: string[];
  sdgTargets: string[];
};

interface Option<K> {
  key: K;
  name: Translated;
}

/**
 * An action of the plan: created (intent "create") or saved (intent "save", with its version).
 * Objectives and principles are checkbox groups, SDG targets a searchable picker (checkboxes
 * without JavaScript); names (lead entity, partners, unit) in either language or both; the
 * indicator is optional but complete when given.
 */
export function ActionForm({
  intent,
  values,
  result,
  planId,
  version,
  objectives,
  principles,
  submitLabel,
}: {
  intent: 'create' | 'save';
  planId?: string;
  values: ActionFormValues;
  result?: SubmissionResult;
  version?: number;
  objectives: Option<number>[];
  principles: Option<string>[];
  submitLabel: string;
}) {
  const { t, pick, number } = useI18n();
  const value = (name: (typeof textFields)[number]) => submitted(result, name, values[name]);
  const errors = (name: string) => result?.fieldErrors?.[name];
  /** The Arabic and the English input of one translatable field (`path.ar`, `path.en`). */
  const bilingual = (
    path: 'title' | 'leadEntity' | 'partners' | 'indicator.name' | 'indicator.unit',
    labels: [string, string],
    options: { maxLength: number; hint?: string },
  ) =>
    (['ar', 'en'] as const).map((lang, i) => (
      <TextField
        key={lang}
        label={labels[i]}
        hint={options.hint}
        name={`${path}.${lang}`}
        lang={lang}
        maxLength={options.maxLength}
        defaultValue={value(`${path}.${lang}`)}
        errors={errors(`${path}.${lang}`)}
      />
    ));
  const chosenObjectives = new Set(valuesOf(result, 'objectives', values.objectives));
  const chosenPrinciples = new Set(valuesOf(result, 'principles', values.principles));
  const sdgOptions = sdgTargets.map((s) => ({
    value: s.code,
    label: t('plans.sdgTarget', { code: s.code, title: pick(s.title).text }),
    aliases: [s.title.ar ?? '', s.title.en ?? ''],
  }));
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
      {bilingual('title', [t('plans.field.actionTitleAr'), t('plans.field.actionTitleEn')], {
        maxLength: ACTION_TITLE_MAX,
      })}
      <TextArea
        label={t('plans.field.descriptionAr')}
        name="description.ar"
        lang="ar"
        rows={4}
        maxLength={ACTION_DESCRIPTION_MAX}
        defaultValue={value('description.ar')}
        errors={errors('description.ar')}
      />
      <TextArea
        label={t('plans.field.descriptionEn')}
        name="description.en"
        lang="en"
        rows={4}
        maxLength={ACTION_DESCRIPTION_MAX}
        defaultValue={value('description.en')}
        errors={errors('description.en')}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {bilingual('leadEntity', [t('plans.field.leadEntityAr'), t('plans.field.leadEntityEn')], {
          maxLength: ENTITY_MAX,
          hint: t('plans.field.nameHint'),
        })}
        {bilingual('partners', [t('plans.field.partnersAr'), t('plans.field.partnersEn')], {
          maxLength: PARTNERS_MAX,
          hint: t('plans.field.partnersHint'),
        })}
        <TextField
          label={t('plans.field.startDate')}
          name="startDate"
          type="date"
          required
          defaultValue={value('startDate')}
          errors={errors('startDate')}
        />
        <TextField
          label={t('plans.field.endDate')}
          name="endDate"
          type="date"
          required
          defaultValue={value('endDate')}
          errors={errors('endDate')}
        />
        <TextField
          label={t('plans.field.budgetAmount')}
          hint={t('plans.field.budgetHint')}
          name="budget.amount"
          inputMode="decimal"
          defaultValue={value('budget.amount')}
          errors={errors('budget.amount')}
        />
        <SelectField
          label={t('plans.field.budgetCurrency')}
          name="budget.currency"
          defaultValue={value('budget.currency')}
          errors={errors('budget.currency')}
        >
          <option value="">{t('plans.field.noCurrency')}</option>
          {currencyCodes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label={t('plans.field.status')}
        name="status"
        defaultValue={value('status')}
        errors={errors('status')}
      >
        {actionStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`plans.actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>

      <fieldset className="mb-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-medium">{t('plans.field.objectives')}</legend>
        <p className="mb-2 text-sm text-slate-600">{t('plans.field.objectivesHint')}</p>
        <ErrorList errors={errors('objectives')} />
        <div className="grid gap-1 sm:grid-cols-2">
          {objectives.map((o) => (
            <label key={o.key} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="objectives"
                value={String(o.key)}
                defaultChecked={chosenObjectives.has(String(o.key))}
                className="mt-1"
              />
              <span>{t('plans.objectiveOption', { number: number(o.key), name: pick(o.name).text })}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="mb-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-medium">{t('plans.field.principles')}</legend>
        <ErrorList errors={errors('principles')} />
        <div className="grid gap-1 sm:grid-cols-2">
          {principles.map((p) => (
            <label key={p.key} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="principles"
                value={p.key}
                defaultChecked={chosenPrinciples.has(p.key)}
                className="mt-1"
              />
              <span>{pick(p.name).text}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <ChoicePicker
        label={t('plans.field.sdgTargets')}
        hint={t('plans.field.sdgTargetsHint')}
        name="sdgTargets"
        options={sdgOptions}
        defaultValue={valuesOf(result, 'sdgTargets', values.sdgTargets)}
        errors={errors('sdgTargets')}
      />

      <fieldset className="mb-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-medium">{t('plans.field.indicator')}</legend>
        <p className="mb-2 text-sm text-slate-600">{t('plans.field.indicatorHint', { min: 0, max: 100 })}</p>
        {bilingual('indicator.name', [t('plans.field.indicatorNameAr'), t('plans.field.indicatorNameEn')], {
          maxLength: INDICATOR_NAME_MAX,
        })}
        <div className="grid gap-x-4 sm:grid-cols-2">
          {bilingual('indicator.unit', [t('plans.field.indicatorUnitAr'), t('plans.field.indicatorUnitEn')], {
            maxLength: UNIT_MAX,
            hint: t('plans.field.indicatorUnitHint'),
          })}
          <TextField
            label={t('plans.field.indicatorBaseline')}
            name="indicator.baseline"
            inputMode="decimal"
            defaultValue={value('indicator.baseline')}
            errors={errors('indicator.baseline')}
          />
          <TextField
            label={t('plans.field.indicatorTarget')}
            name="indicator.target"
            inputMode="decimal"
            defaultValue={value('indicator.target')}
            errors={errors('indicator.target')}
          />
        </div>
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}

export const emptyActionValues = (locale: 'ar' | 'en'): ActionFormValues => ({
  ...(Object.fromEntries(textFields.map((f) => [f, ''])) as Record<(typeof textFields)[number], string>),
  originalLanguage: locale,
  status: 'planned',
  objectives: [],
  principles: [],
  sdgTargets: [],
});
