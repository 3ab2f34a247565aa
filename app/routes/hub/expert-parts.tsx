import {
  type ExpertAvailability,
  type ExpertLanguage,
  expertAvailabilities,
  expertLanguages,
} from '#db/schema/hub-expert-values';
import { EXPERT_BIOGRAPHY_MAX, EXPERT_BIOGRAPHY_MIN } from '~/modules/hub/experts/expert-schema';
import type { FieldError } from '~/platform/errors';
import { SelectField, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { Checks } from './hub-fields';
import type { HubReference } from './hub-routes.server';

type Values = (name: string, fallback?: string) => string;
type ValuesOf = (name: string, fallback: string[]) => string[];
type Errors = (name: string) => FieldError[] | undefined;

/** The fields of an expert profile, named by the schema's paths (expert-schema.ts). */
export function ExpertFields(props: {
  reference: HubReference;
  value: Values;
  values: ValuesOf;
  errors: Errors;
  initial: {
    objectives: string[];
    principles: string[];
    languages: string[];
    regions: string[];
  };
}) {
  const { t, pick, number, locale } = useI18n();
  const { reference, value, values, errors, initial } = props;
  return (
    <>
      <TextField
        label={t('hub-experts.form.name')}
        name="name"
        required
        defaultValue={value('name')}
        errors={errors('name')}
        autoComplete="name"
      />
      <TextField
        label={t('hub-experts.form.organisation')}
        name="organisation"
        defaultValue={value('organisation')}
        errors={errors('organisation')}
      />
      <SelectField
        label={t('hub-experts.form.originalLanguage')}
        name="originalLanguage"
        defaultValue={value('originalLanguage', locale)}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('hub-experts.lang.ar')}</option>
        <option value="en">{t('hub-experts.lang.en')}</option>
      </SelectField>
      <TextArea
        label={t('hub-experts.form.biographyAr')}
        name="biography.ar"
        lang="ar"
        rows={5}
        hint={t('hub-experts.form.biographyHint', { min: EXPERT_BIOGRAPHY_MIN, max: EXPERT_BIOGRAPHY_MAX })}
        defaultValue={value('biography.ar')}
        errors={[...(errors('biography') ?? []), ...(errors('biography.ar') ?? [])]}
      />
      <TextArea
        label={t('hub-experts.form.biographyEn')}
        name="biography.en"
        lang="en"
        rows={5}
        defaultValue={value('biography.en')}
        errors={errors('biography.en')}
      />
      <Checks
        legend={t('hub-experts.form.objectives')}
        name="objectives"
        chosen={new Set(values('objectives', initial.objectives))}
        errors={errors('objectives')}
        options={reference.objectives.map((o) => ({
          value: String(o.key),
          label: t('hub-experts.objectiveLabel', { number: number(o.key), label: pick(o.name).text }),
        }))}
      />
      <Checks
        legend={t('hub-experts.form.principles')}
        name="principles"
        chosen={new Set(values('principles', initial.principles))}
        errors={errors('principles')}
        options={reference.principles.map((p) => ({ value: p.key, label: pick(p.name).text }))}
      />
      <Checks
        legend={t('hub-experts.form.languages')}
        name="languages"
        chosen={new Set(values('languages', initial.languages))}
        errors={errors('languages')}
        options={expertLanguages.map((l) => ({ value: l, label: t(`hub-experts.lang.${l}`) }))}
      />
      <Checks
        legend={t('hub-experts.form.regions')}
        name="regions"
        chosen={new Set(values('regions', initial.regions))}
        errors={errors('regions')}
        options={reference.regions.map((r) => ({ value: r.key, label: pick(r.name).text }))}
      />
      <SelectField
        label={t('hub-experts.form.availability')}
        name="availability"
        defaultValue={value('availability', 'available')}
        errors={errors('availability')}
      >
        {expertAvailabilities.map((a) => (
          <option key={a} value={a}>
            {t(`hub-experts.availability.${a}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t('hub-experts.form.contact')}</legend>
        <p className="mb-2 text-sm text-slate-600">{t('hub-experts.form.contactHint')}</p>
        <TextField
          label={t('hub-experts.form.contactEmail')}
          name="contactEmail"
          type="email"
          dir="ltr"
          required
          autoComplete="email"
          defaultValue={value('contactEmail')}
          errors={errors('contactEmail')}
        />
        <TextField
          label={t('hub-experts.form.telephone')}
          name="telephone"
          type="tel"
          dir="ltr"
          autoComplete="tel"
          defaultValue={value('telephone')}
          errors={errors('telephone')}
        />
      </fieldset>
    </>
  );
}

/** Expertise, languages, regions and availability of a profile, as a definition list. */
export function ExpertFacts({
  expert,
  reference,
}: {
  expert: {
    objectives: number[];
    principles: string[];
    languages: ExpertLanguage[];
    regions: string[];
    availability: ExpertAvailability;
  };
  reference: HubReference;
}) {
  const { t, pick, number, list } = useI18n();
  const nameOf = <K,>(items: { key: K; name: { ar?: string; en?: string } }[], key: K) =>
    pick(items.find((i) => i.key === key)?.name).text || String(key);
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium">{t('hub-experts.facts.objectives')}</dt>
      <dd>
        {list(
          expert.objectives.map((o) =>
            t('hub-experts.objectiveLabel', { number: number(o), label: nameOf(reference.objectives, o) }),
          ),
        )}
      </dd>
      {expert.principles.length ? (
        <>
          <dt className="font-medium">{t('hub-experts.facts.principles')}</dt>
          <dd>{list(expert.principles.map((p) => nameOf(reference.principles, p)))}</dd>
        </>
      ) : null}
      <dt className="font-medium">{t('hub-experts.facts.languages')}</dt>
      <dd>{list(expert.languages.map((l) => t(`hub-experts.lang.${l}`)))}</dd>
      <dt className="font-medium">{t('hub-experts.facts.regions')}</dt>
      <dd>{list(expert.regions.map((r) => nameOf(reference.regions, r)))}</dd>
      <dt className="font-medium">{t('hub-experts.facts.availability')}</dt>
      <dd>{t(`hub-experts.availability.${expert.availability}`)}</dd>
    </dl>
  );
}
