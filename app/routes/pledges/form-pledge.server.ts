import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { countries, organisationMembers, organisations, roleAssignments } from '#db/schema/index';
import { underServedObjectives as underServedInRadar } from '~/modules/coverage/under-served-objectives.server';
import type { PledgeDetail } from '~/modules/pledges/get-pledge.server';
import { mayPledgeOnBehalf, pledgerScopes } from '~/modules/pledges/pledge-policy';
import { MAX_INDICATORS, MAX_PARTNERS } from '~/modules/pledges/pledge-schema';
import type { QualityFinding } from '~/modules/pledges/quality-check';
import { qualityOfValues } from '~/modules/pledges/quality-of-form';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import {
  type LeastReportedInReview,
  leastReportedForCountry,
} from '~/modules/reviews/synthesis/least-reported-for-country.server';
import type { Subject } from '~/permissions/resolver';
import { currencyCodes } from '~/platform/currencies';
import { readTogether } from '~/platform/db.server';
import { isAppError } from '~/platform/errors';
import { formValues, refusal } from '~/platform/forms.server';
import type { Locale } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import { type FormValues, INDICATOR_ROWS_MIN, PARTNER_ROWS_MIN, type PledgeFormState } from './form-values';

/**
 * The pledge form's server side: its choices (reference lists, organisations, the pledgers the
 * user may speak for), the quality check of what was typed, and refusals with their findings.
 * Field names are pledgeInputSchema's paths (`indicators[0].target`), so the form is its input.
 */

export async function pledgeFormOptions(locale: Locale) {
  const [objectives, principles, countryList, regions, orgs, focalStates] = await Promise.all([
    listObjectives({ withTitle: false }),
    listPrinciples(),
    listCountries({ locale, limit: 500 }),
    listRegions(),
    getDb()
      .select({
        id: organisations.id,
        name: organisations.name,
        hasMembers: sql<boolean>`exists (select 1 from ${organisationMembers} m where m.organisation_id = ${organisations.id})`,
      })
      .from(organisations)
      .orderBy(asc(organisations.createdAt))
      .limit(2000),
    getDb()
      .selectDistinct({ iso3: roleAssignments.scopeId })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.role, 'focal_point'), eq(roleAssignments.scopeType, 'country'))),
  ]);
  return {
    objectives: objectives.items.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    principles: principles.map((p) => ({ key: p.key, name: p.name })),
    countries: countryList.items.map((c) => ({ iso3: c.iso3, name: c.name })),
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    organisations: orgs.map((o) => ({ id: o.id, name: o.name })),
    /** Partners someone on the platform can answer for (a member, a focal point), as form keys. */
    reachablePartners: [
      ...orgs.filter((o) => o.hasMembers).map((o) => `o:${o.id}`),
      ...focalStates.flatMap((s) => (s.iso3 ? [`c:${s.iso3}`] : [])),
    ],
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
const clamp = (n: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.isFinite(n) ? n : min));

export const indicatorRowsOf = (values: FormValues) =>
  clamp(Number(one(values, 'indicatorRows')), INDICATOR_ROWS_MIN, MAX_INDICATORS);
export const partnerRowsOf = (values: FormValues) =>
  clamp(Number(one(values, 'partnerRows')), PARTNER_ROWS_MIN, MAX_PARTNERS);

/**
 * A domain refusal as the form's state: the kit's refusal (each refusal beside the field of its
 * path, the user's values kept) with the quality findings the page shows beside the form.
 */
export function refuse(form: FormData, error: unknown, findings: QualityFinding[]) {
  const own = isAppError(error) ? (error.details?.findings as QualityFinding[] | undefined) : undefined;
  return refusal(form, error, { findings: own ?? findings });
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
    'title.ar': pledge.title.ar ?? '',
    'title.en': pledge.title.en ?? '',
    'description.ar': pledge.description.ar ?? '',
    'description.en': pledge.description.en ?? '',
    originalLanguage: pledge.originalLanguage,
    pledgerCategory:
      detail.pledgerCategory && detail.pledgerCategory !== 'state' ? detail.pledgerCategory : '',
    sdgTargets: pledge.sdgTargets,
    kind: pledge.kind,
    matchesPledgeId: pledge.matchesPledgeId ?? '',
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
    values[`indicators[${i}].name.ar`] = ind.name.ar ?? '';
    values[`indicators[${i}].name.en`] = ind.name.en ?? '';
    values[`indicators[${i}].unit`] = ind.unit;
    values[`indicators[${i}].baseline`] = ind.baseline === null ? '' : String(ind.baseline);
    values[`indicators[${i}].target`] = String(ind.target);
    values[`indicators[${i}].dueDate`] = ind.dueDate ?? '';
  });
  partners.forEach((p, i) => {
    values[`partners[${i}]`] = p.organisationId ? `o:${p.organisationId}` : `c:${p.countryIso3}`;
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

export interface UnderServedHint {
  radar: {
    region: { id: string; name: Translated };
    objectives: { objective: number; total: number; shortLabel: Translated }[];
  }[];
  review:
    | (Omit<LeastReportedInReview, 'objectives'> & {
        objectives: { objective: number; count: number; shortLabel: Translated }[];
      })
    | null;
}
const noUnderServedHint: UnderServedHint = { radar: [], review: null };

/**
 * The "under-served objectives" hint, for the pledger's state (or its organisation's country): the
 * coverage radar's least-covered objectives in its region (every kind of public activity counts, as
 * on the radar), and the objectives the latest published regional synthesis covering that state
 * found least reported. Empty when the country is unknown.
 */
export async function underServedObjectives(
  pledger: { organisationId: string | null; countryIso3: string | null },
  objectives: PledgeFormOptions['objectives'],
): Promise<UnderServedHint> {
  const db = getDb();
  let iso3 = pledger.countryIso3;
  if (!iso3 && pledger.organisationId) {
    const [org] = await db
      .select({ countryIso3: organisations.countryIso3 })
      .from(organisations)
      .where(eq(organisations.id, pledger.organisationId));
    iso3 = org?.countryIso3 ?? null;
  }
  if (!iso3) return noUnderServedHint;
  const labels = new Map(objectives.map((o) => [o.number, o.shortLabel]));
  const label = (objective: number) => labels.get(objective) ?? {};
  const [radar, review] = await readTogether(db, [
    () => underServedInRadar({ db, iso3 }),
    () => leastReportedForCountry({ db, iso3 }),
  ]);
  return {
    radar: radar.map((hint) => ({
      region: hint.region,
      objectives: hint.objectives.map((o) => ({ ...o, shortLabel: label(o.objective) })),
    })),
    review: review
      ? { ...review, objectives: review.objectives.map((o) => ({ ...o, shortLabel: label(o.objective) })) }
      : null,
  };
}
