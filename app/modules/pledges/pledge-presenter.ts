import type { Translated } from '#db/schema/columns';
import type { PledgeDetail } from './get-pledge.server';
import type { PledgeListItem } from './list-pledges.server';

/** The JSON shapes of the public pledge API and the rows of the CSV export. */

const both = (value: Translated | null | undefined) => ({ ar: value?.ar ?? null, en: value?.en ?? null });

export function presentPledgeListItem(item: PledgeListItem) {
  return {
    id: item.id,
    title: both(item.title),
    status: item.status,
    kind: item.kind,
    forms: item.forms,
    level: item.level,
    pledger:
      item.pledger.type === 'state'
        ? { type: 'state' as const, iso3: item.pledger.iso3, name: both(item.pledger.name) }
        : {
            type: 'organisation' as const,
            id: item.pledger.id,
            name: both(item.pledger.name),
            category: item.pledger.category,
          },
    pledgerCategory: item.pledgerCategory,
    objectives: item.objectives,
    principles: item.principles,
    countries: item.countries,
    regions: item.regions,
    sdgTargets: item.sdgTargets,
    financial: item.financialAmount
      ? { amount: item.financialAmount, currency: item.financialCurrency }
      : null,
    startDate: item.startDate,
    endDate: item.endDate,
    publishedAt: item.publishedAt ? new Date(item.publishedAt).toISOString() : null,
    lastProgressOn: item.lastProgressOn,
    freshness: item.freshness,
    isSample: item.isSample,
  };
}

/** A published pledge for the API: no workflow history, quality findings or creator. */
export function presentPledgeDetail(detail: PledgeDetail) {
  const { pledge } = detail;
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: pledge.id,
    title: both(pledge.title),
    description: both(pledge.description),
    originalLanguage: pledge.originalLanguage,
    status: pledge.status,
    kind: pledge.kind,
    forms: pledge.forms,
    level: pledge.level,
    refugeeOnly: pledge.refugeeOnly,
    pledger: pledge.countryIso3
      ? { type: 'state' as const, iso3: pledge.countryIso3 }
      : { type: 'organisation' as const, id: pledge.organisationId, name: both(detail.organisationName) },
    pledgerCategory: detail.pledgerCategory,
    sdgTargets: pledge.sdgTargets,
    partners: detail.partners.map((p) =>
      p.countryIso3
        ? { type: 'state' as const, iso3: p.countryIso3, confirmed: Boolean(p.confirmedAt) }
        : {
            type: 'organisation' as const,
            id: p.organisationId,
            name: both(p.organisationName),
            confirmed: Boolean(p.confirmedAt),
          },
    ),
    matchesPledgeId: pledge.matchesPledgeId,
    financial: pledge.financialAmount
      ? { amount: pledge.financialAmount, currency: pledge.financialCurrency }
      : null,
    objectives: detail.tags.objectives,
    principles: detail.tags.principles,
    countries: detail.tags.countries,
    regions: detail.tags.regions,
    startDate: pledge.startDate,
    endDate: pledge.endDate,
    publishedAt: iso(pledge.publishedAt),
    closedAt: iso(pledge.closedAt),
    lastProgressOn: pledge.lastProgressOn,
    freshness: detail.freshness,
    isSample: pledge.isSample,
    indicators: detail.indicators.map((i) => ({
      id: i.id,
      name: both(i.name),
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      dueDate: i.dueDate,
    })),
    updates: detail.updates.map((u) => ({
      id: u.id,
      reportedOn: u.reportedOn,
      status: u.status,
      narrative: both(u.narrative),
      values: u.values.map((v) => ({ indicatorId: v.indicatorId, value: v.value })),
    })),
  };
}

export const csvHeader = [
  'id',
  'title_ar',
  'title_en',
  'status',
  'kind',
  'forms',
  'level',
  'pledger_type',
  'pledger_id',
  'pledger_name_ar',
  'pledger_name_en',
  'objectives',
  'principles',
  'countries',
  'regions',
  'financial_amount',
  'financial_currency',
  'start_date',
  'end_date',
  'published_at',
  'last_progress_on',
  'freshness',
  'is_sample',
] as const;

export function csvRowOf(item: PledgeListItem): (string | number | boolean | null)[] {
  const p = item.pledger;
  return [
    item.id,
    item.title.ar ?? null,
    item.title.en ?? null,
    item.status,
    item.kind,
    item.forms.join(';'),
    item.level,
    p.type,
    p.type === 'state' ? p.iso3 : p.id,
    p.name.ar ?? null,
    p.name.en ?? null,
    item.objectives.join(';'),
    item.principles.join(';'),
    item.countries.join(';'),
    item.regions.join(';'),
    item.financialAmount,
    item.financialCurrency,
    item.startDate,
    item.endDate,
    item.publishedAt ? new Date(item.publishedAt).toISOString() : null,
    item.lastProgressOn,
    item.freshness,
    item.isSample,
  ];
}
