import { asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { data } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { countries, organisations } from '#db/schema/index';
import { countPublicContentByObjective } from '~/modules/content/count-content.server';
import type { PledgeDetail } from '~/modules/pledges/get-pledge.server';
import { mayPledgeOnBehalf, pledgerScopes } from '~/modules/pledges/pledge-policy';
import {
  type InputIssue,
  MAX_INDICATORS,
  MAX_PARTNERS,
  parseNumberInput,
} from '~/modules/pledges/pledge-schema';
import { type QualityFinding, type QualityInput, qualityCheck } from '~/modules/pledges/quality-check';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import type { Subject } from '~/permissions/resolver';
import { currencyCodes } from '~/platform/currencies';
import { isAppError } from '~/platform/errors';
import { type FieldError, formValues } from '~/platform/forms.server';
import type { Locale } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import { findUuid } from '~/platform/uuid';
import { type FormValues, INDICATOR_ROWS_MIN, PARTNER_ROWS_MIN, type PledgeFormState } from './form-values';

/**
 * The pledge form's server side: its choices (reference lists, organisations, the pledgers the
 * user may speak for), and the mapping between the flat form fields and the nested input the
 * domain's pledgeInputSchema expects (indicator.0.target → indicators[0].target).
 */

export async function pledgeFormOptions(locale: Locale) {
  const [objectives, principles, countryList, regions, orgs] = await Promise.all([
    listObjectives({ withTitle: false }),
    listPrinciples(),
    listCountries({ locale, limit: 500 }),
    listRegions(),
    getDb()
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .orderBy(asc(organisations.createdAt))
      .limit(2000),
  ]);
  return {
    objectives: objectives.items.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    principles: principles.map((p) => ({ key: p.key, name: p.name })),
    countries: countryList.items.map((c) => ({ iso3: c.iso3, name: c.name })),
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    organisations: orgs,
    currencies: [...currencyCodes],
  };
}
export type PledgeFormOptions = Awaited<ReturnType<typeof pledgeFormOptions>>;

/**
 * The organisations and states this subject may make a pledge for: its memberships and
 * focal-point grants; for reviewers and administrators (on behalf), also every verified
 * organisation and every state. Organisations first, then states, each by name.
 */
export async function pledgerChoices(subject: Subject, locale: Locale = 'ar') {
  const { organisationIds, countryCodes } = pledgerScopes(subject);
  const onBehalf = mayPledgeOnBehalf(subject);
  const db = getDb();
  const orgConditions: SQL[] = [];
  if (organisationIds.length) orgConditions.push(inArray(organisations.id, organisationIds));
  if (onBehalf) orgConditions.push(eq(organisations.verified, true));
  const [orgs, states] = await Promise.all([
    orgConditions.length
      ? db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(or(...orgConditions))
          .limit(5000)
      : [],
    countryCodes.length || onBehalf
      ? db
          .select({ iso3: countries.iso3, name: countries.name })
          .from(countries)
          .where(onBehalf ? undefined : inArray(countries.iso3, countryCodes))
      : [],
  ]);
  const byName = (a: { name: Translated }, b: { name: Translated }) =>
    (a.name[locale] ?? a.name.ar ?? a.name.en ?? '').localeCompare(
      b.name[locale] ?? b.name.ar ?? b.name.en ?? '',
      locale,
    );
  return [
    ...orgs.sort(byName).map((o) => ({ value: `o:${o.id}`, name: o.name, group: 'organisation' as const })),
    ...states.sort(byName).map((s) => ({ value: `c:${s.iso3}`, name: s.name, group: 'state' as const })),
  ];
}

/** 'o:<uuid>' → organisation, 'c:<ISO3>' → state. */
export function parsePledger(value: string | undefined) {
  if (value?.startsWith('o:')) return { organisationId: value.slice(2), countryIso3: null };
  if (value?.startsWith('c:')) return { organisationId: null, countryIso3: value.slice(2) };
  return { organisationId: null, countryIso3: null };
}

const one = (values: FormValues, name: string): string => {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const many = (values: FormValues, name: string): string[] => {
  const v = values[name];
  return (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);
};
const clamp = (n: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.isFinite(n) ? n : min));

export const indicatorRowsOf = (values: FormValues) =>
  clamp(Number(one(values, 'indicatorRows')), INDICATOR_ROWS_MIN, MAX_INDICATORS);
export const partnerRowsOf = (values: FormValues) =>
  clamp(Number(one(values, 'partnerRows')), PARTNER_ROWS_MIN, MAX_PARTNERS);

const indicatorFields = ['nameAr', 'nameEn', 'unit', 'baseline', 'target', 'dueDate'] as const;

/** The flat form values as pledgeInputSchema's input; blank indicator and partner rows are left out. */
export function inputFromValues(values: FormValues) {
  const indicatorRows: number[] = [];
  const indicators = [];
  for (let i = 0; i < indicatorRowsOf(values); i++) {
    const field = (f: (typeof indicatorFields)[number]) => one(values, `indicator.${i}.${f}`).trim();
    const row = {
      nameAr: field('nameAr'),
      nameEn: field('nameEn'),
      unit: field('unit'),
      baseline: field('baseline'),
      target: field('target'),
      dueDate: field('dueDate'),
    };
    if (!Object.values(row).some(Boolean)) continue;
    indicatorRows.push(i);
    indicators.push({
      name: { ar: row.nameAr, en: row.nameEn },
      unit: row.unit,
      baseline: row.baseline,
      target: row.target,
      dueDate: row.dueDate,
    });
  }
  const partners = [];
  for (let i = 0; i < partnerRowsOf(values); i++) {
    const { organisationId, countryIso3 } = parsePledger(one(values, `partner.${i}`));
    if (organisationId || countryIso3) partners.push({ organisationId, countryIso3 });
  }
  const match = one(values, 'matchesPledge').trim();
  return {
    indicatorRows,
    input: {
      title: { ar: one(values, 'titleAr'), en: one(values, 'titleEn') },
      description: { ar: one(values, 'descriptionAr'), en: one(values, 'descriptionEn') },
      originalLanguage: one(values, 'originalLanguage'),
      kind: one(values, 'kind'),
      matchesPledgeId: match ? (findUuid(match) ?? match) : undefined,
      partners,
      forms: many(values, 'forms'),
      financialAmount: one(values, 'financialAmount'),
      financialCurrency: one(values, 'financialCurrency'),
      objectives: many(values, 'objectives'),
      principles: many(values, 'principles'),
      level: one(values, 'level'),
      countries: many(values, 'countries'),
      regions: many(values, 'regions'),
      startDate: one(values, 'startDate'),
      endDate: one(values, 'endDate'),
      refugeeOnly: one(values, 'refugeeOnly'),
      indicators,
    },
  };
}

const asNumber = (v: string) => {
  const n = parseNumberInput(v);
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** The quality check's view of what the user typed; partners already confirmed count as confirmed. */
export function qualityOfValues(
  values: FormValues,
  options: { today?: Date; confirmedPartners?: Set<string> } = {},
): QualityFinding[] {
  const { input } = inputFromValues(values);
  const pledge: QualityInput = {
    title: input.title,
    description: input.description,
    endDate: input.endDate || null,
    indicators: input.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: asNumber(i.baseline),
      target: asNumber(i.target),
    })),
    partners: input.partners.map((p) => ({
      confirmed:
        options.confirmedPartners?.has(p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`) ??
        false,
    })),
  };
  return qualityCheck({ pledge, today: options.today ?? new Date() });
}

/** Where an issue of the nested input goes in the flat form. */
function fieldOf(path: string, indicatorRows: number[]): string {
  const p = path.split('.');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if ((p[0] === 'title' || p[0] === 'description') && (p[1] === 'ar' || p[1] === 'en'))
    return p[0] + cap(p[1]);
  if (p[0] === 'indicators' && p[1] !== undefined && p[2]) {
    const row = indicatorRows[Number(p[1])] ?? Number(p[1]);
    const field = p[2] === 'name' && (p[3] === 'ar' || p[3] === 'en') ? `name${cap(p[3])}` : p[2];
    return `indicator.${row}.${field}`;
  }
  if (p[0] === 'matchesPledgeId') return 'matchesPledge';
  if (p[0] === 'organisationId' || p[0] === 'countryIso3') return 'pledger';
  return p[0] ?? '_form';
}

/** A domain refusal as the form's state: every issue beside its field, the rest above the form. */
export function stateFromError(
  form: FormData,
  error: unknown,
  options: { findings: QualityFinding[] },
): PledgeFormState {
  if (!isAppError(error)) throw error;
  const values = formValues(form);
  const { indicatorRows } = inputFromValues(values);
  const details = error.details as
    | { issues?: InputIssue[]; field?: string; findings?: QualityFinding[] }
    | undefined;
  const fieldErrors: Record<string, FieldError[]> = {};
  const add = (field: string, e: FieldError) => {
    fieldErrors[field] = [...(fieldErrors[field] ?? []), e];
  };
  if (details?.issues) {
    for (const issue of details.issues) {
      add(fieldOf(issue.field, indicatorRows), {
        code: issue.code,
        ...(issue.params ? { params: issue.params } : {}),
      });
    }
  } else if (typeof error.params.field === 'string') {
    add(fieldOf(error.params.field, indicatorRows), { code: error.code, params: error.params });
  }
  const formError = Object.keys(fieldErrors).length ? undefined : { code: error.code, params: error.params };
  return {
    status: 'error',
    values,
    fieldErrors,
    ...(formError ? { formError } : {}),
    findings: details?.findings ?? options.findings,
  };
}

/** Answers the form again with the user's values and the refusal, in the error's status. */
export function refuse(form: FormData, error: unknown, findings: QualityFinding[]) {
  const state = stateFromError(form, error, { findings });
  return data(state, { status: isAppError(error) ? error.status : 400 });
}

/** "Add another indicator / partner": the same values, one more row, no save. */
export function withAnotherRow(
  form: FormData,
  intent: string,
  options: { confirmedPartners?: Set<string> } = {},
) {
  const values = formValues(form);
  if (intent === 'addIndicator')
    values.indicatorRows = String(Math.min(indicatorRowsOf(values) + 1, MAX_INDICATORS));
  if (intent === 'addPartner') values.partnerRows = String(Math.min(partnerRowsOf(values) + 1, MAX_PARTNERS));
  const state: PledgeFormState = {
    status: 'ok',
    values,
    fieldErrors: {},
    findings: qualityOfValues(values, options),
  };
  return state;
}

/** A stored pledge as the form's flat values. */
export function valuesFromPledge(detail: PledgeDetail): FormValues {
  const { pledge, indicators, partners, tags } = detail;
  const values: FormValues = {
    titleAr: pledge.title.ar ?? '',
    titleEn: pledge.title.en ?? '',
    descriptionAr: pledge.description.ar ?? '',
    descriptionEn: pledge.description.en ?? '',
    originalLanguage: pledge.originalLanguage,
    kind: pledge.kind,
    matchesPledge: pledge.matchesPledgeId ?? '',
    forms: pledge.forms,
    financialAmount: pledge.financialAmount === null ? '' : String(pledge.financialAmount),
    financialCurrency: pledge.financialCurrency ?? '',
    objectives: tags.objectives.map(String),
    principles: tags.principles,
    level: pledge.level,
    countries: tags.countries,
    regions: tags.regions,
    startDate: pledge.startDate ?? '',
    endDate: pledge.endDate ?? '',
    refugeeOnly: pledge.refugeeOnly ? 'on' : '',
    indicatorRows: String(Math.max(INDICATOR_ROWS_MIN, indicators.length + 1)),
    partnerRows: String(Math.max(PARTNER_ROWS_MIN, partners.length + 1)),
  };
  indicators.forEach((ind, i) => {
    values[`indicator.${i}.nameAr`] = ind.name.ar ?? '';
    values[`indicator.${i}.nameEn`] = ind.name.en ?? '';
    values[`indicator.${i}.unit`] = ind.unit;
    values[`indicator.${i}.baseline`] = ind.baseline === null ? '' : String(ind.baseline);
    values[`indicator.${i}.target`] = String(ind.target);
    values[`indicator.${i}.dueDate`] = ind.dueDate ?? '';
  });
  partners.forEach((p, i) => {
    values[`partner.${i}`] = p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`;
  });
  return values;
}

/** The partners that have confirmed, as 'o:<id>' / 'c:<ISO3>' keys. */
export const confirmedPartnersOf = (detail: PledgeDetail) =>
  new Set(
    detail.partners
      .filter((p) => p.confirmedAt)
      .map((p) => (p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`)),
  );

/** The pledger's name: its organisation's, or its state's. */
export async function pledgerNameOf(detail: PledgeDetail) {
  if (detail.pledge.organisationId) return detail.organisationName;
  if (!detail.pledge.countryIso3) return null;
  const [row] = await getDb()
    .select({ name: countries.name })
    .from(countries)
    .where(inArray(countries.iso3, [detail.pledge.countryIso3]));
  return row?.name ?? null;
}

/**
 * The five objectives with the fewest pledges tagged in the pledger's region (the M49 region of
 * its state, or of its organisation's country), for the "under-served" hint. Empty when the
 * region is unknown. Only published pledges count (drafts and pledges under review do not).
 */
export async function underServedObjectives(
  pledger: { organisationId: string | null; countryIso3: string | null },
  objectives: PledgeFormOptions['objectives'],
) {
  const db = getDb();
  let iso3 = pledger.countryIso3;
  if (!iso3 && pledger.organisationId) {
    const [org] = await db
      .select({ countryIso3: organisations.countryIso3 })
      .from(organisations)
      .where(eq(organisations.id, pledger.organisationId));
    iso3 = org?.countryIso3 ?? null;
  }
  if (!iso3) return [];
  const [country] = await db
    .select({ regionId: countries.regionId })
    .from(countries)
    .where(eq(countries.iso3, iso3));
  if (!country?.regionId) return [];
  const counts = await countPublicContentByObjective({ types: ['pledge'], region: country.regionId });
  const labels = new Map(objectives.map((o) => [o.number, o.shortLabel]));
  return [...counts]
    .sort((a, b) => a.total - b.total || a.objective - b.objective)
    .slice(0, 5)
    .map((c) => ({ objective: c.objective, total: c.total, shortLabel: labels.get(c.objective) ?? {} }));
}
