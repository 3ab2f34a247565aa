import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { sortByName } from '~/platform/i18n/collation';
import { ChoicePicker } from '~/ui/choice-picker';
import { ErrorList, SelectField, valueOf as submitted, valuesOf } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import type { HubReference } from './hub-routes.server';

/**
 * What the Hub's forms and lists share: the checkbox groups and the "where" of a record (objectives,
 * principles, global / countries / regions), how a form reads back what was typed, and the list
 * filters and pager over the same reference data.
 */

/**
 * A Hub form's read-back after a refusal: a field's refusals (with its items' `objectives[0]`, and a
 * whole text's `title` beside its Arabic field `title.ar`), the text typed, the boxes ticked.
 */
export function useHubForm(result: SubmissionResult | undefined, initialValues: object) {
  const initial = initialValues as Record<string, unknown>;
  const errors = (name: string): FieldError[] | undefined => {
    const all = Object.entries(result?.fieldErrors ?? {}).flatMap(([path, list]) =>
      path === name || path.startsWith(`${name}[`) || `${path}.ar` === name ? list : [],
    );
    return all.length ? all : undefined;
  };
  const text = (name: string) => submitted(result, name, (initial[name] as string | undefined) ?? '');
  const set = (name: string) =>
    new Set(valuesOf(result, name, (initial[name] as string[] | undefined) ?? []));
  // An unchecked box sends nothing, so a refused submission without it means unchecked.
  const checked = (name: string) => (result ? submitted(result, name) === 'on' : Boolean(initial[name]));
  return { errors, text, set, checked };
}

/** A group of checkboxes with one name (a list field), its refusals beside it. */
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
  errors?: FieldError[];
}) {
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
      <ErrorList errors={errors} />
    </fieldset>
  );
}

/** The 23 objectives as boxes (`objectives`). */
export function ObjectiveChecks({
  legend,
  reference,
  chosen,
  errors,
}: {
  legend: string;
  reference: HubReference;
  chosen: Set<string>;
  errors?: FieldError[];
}) {
  const { t, pick, number } = useI18n();
  return (
    <Checks
      legend={legend}
      name="objectives"
      chosen={chosen}
      errors={errors}
      options={reference.objectives.map((o) => ({
        value: String(o.key),
        label: t('hub.objectiveLabel', { number: number(o.key), label: pick(o.name).text }),
      }))}
    />
  );
}

/** The ten guiding principles as boxes (`principles`). */
export function PrincipleChecks({
  legend,
  reference,
  chosen,
}: {
  legend: string;
  reference: HubReference;
  chosen: Set<string>;
}) {
  const { pick } = useI18n();
  return (
    <Checks
      legend={legend}
      name="principles"
      chosen={chosen}
      options={reference.principles.map((p) => ({ value: p.key, label: pick(p.name).text }))}
    />
  );
}

/** Where a record applies: global (`isGlobal`), countries (a picker by name) and regions. */
export function WhereFields({
  legend,
  labels,
  reference,
  isGlobal,
  countries,
  regions,
  errors,
}: {
  legend: string;
  labels: { isGlobal: string; countries: string; regions: string };
  reference: HubReference;
  isGlobal: boolean;
  countries: Set<string>;
  regions: Set<string>;
  errors: (name: string) => FieldError[] | undefined;
}) {
  const { pick, locale } = useI18n();
  return (
    <fieldset className="mb-4 rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">{legend}</legend>
      <label className="flex items-start gap-2 py-1">
        <input type="checkbox" name="isGlobal" defaultChecked={isGlobal} className="mt-1" />
        <span>{labels.isGlobal}</span>
      </label>
      <ChoicePicker
        label={labels.countries}
        name="countries"
        options={sortByName(reference.countries, locale, (c) => c.name).map((c) => ({
          value: c.key,
          label: pick(c.name).text,
          aliases: [c.name.ar ?? '', c.name.en ?? ''],
        }))}
        defaultValue={[...countries]}
        errors={errors('countries')}
      />
      <SelectField
        label={labels.regions}
        name="regions"
        multiple
        size={6}
        defaultValue={[...regions]}
        errors={errors('regions')}
      >
        {reference.regions.map((r) => (
          <option key={r.key} value={r.key}>
            {pick(r.name).text}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}

type Filters = Record<string, string | number | boolean | undefined>;

/** A filter over the objectives; `count` adds each one's facet count. */
export function ObjectiveFilter({
  label,
  reference,
  filters,
  count,
}: {
  label: string;
  reference: HubReference;
  filters: Filters;
  count?: (objective: number) => number;
}) {
  const { t, pick, number } = useI18n();
  return (
    <SelectField label={label} name="objective" defaultValue={String(filters.objective ?? '')}>
      <option value="">{t('hub.all')}</option>
      {reference.objectives.map((o) => {
        const values = { number: number(o.key), label: pick(o.name).text };
        return (
          <option key={o.key} value={o.key}>
            {count
              ? t('hub.objectiveFacet', { ...values, count: number(count(o.key)) })
              : t('hub.objectiveLabel', values)}
          </option>
        );
      })}
    </SelectField>
  );
}

/** A filter over one list of reference data: principles, regions or countries (by name). */
export function ReferenceFilter({
  label,
  name,
  reference,
  filters,
}: {
  label: string;
  name: 'principle' | 'region' | 'country';
  reference: HubReference;
  filters: Filters;
}) {
  const { t, pick, locale } = useI18n();
  const entries =
    name === 'principle'
      ? reference.principles
      : name === 'region'
        ? reference.regions
        : sortByName(reference.countries, locale, (c) => c.name);
  return (
    <SelectField label={label} name={name} defaultValue={String(filters[name] ?? '')}>
      <option value="">{t('hub.all')}</option>
      {entries.map((e) => (
        <option key={e.key} value={e.key}>
          {pick(e.name).text}
        </option>
      ))}
    </SelectField>
  );
}

/** Previous / next over a filtered list, keeping the filters. */
export function ListPager({
  filters,
  page,
  pageSize,
  total,
}: {
  filters: Filters;
  page: number;
  pageSize: number;
  total: number;
}) {
  const { t } = useI18n();
  const query = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v !== undefined) params.set(k, String(v));
    params.set('page', String(p));
    return `?${params}`;
  };
  return (
    <nav aria-label={t('hub.pages')} className="mt-4 flex gap-4">
      {page > 1 ? <Link to={query(page - 1)}>{t('hub.previous')}</Link> : null}
      {page * pageSize < total ? <Link to={query(page + 1)}>{t('hub.next')}</Link> : null}
    </nav>
  );
}
