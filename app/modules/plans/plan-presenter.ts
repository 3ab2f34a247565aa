import type { Translated } from '#db/schema/columns';
import type { PlanListItem } from './list-plans.server';
import type { ActionView, PlanContents } from './plan-contents.server';
import type { ProgressSummary } from './plan-progress';

/** The JSON shape of plans in the open-data API (documented in app/modules/api/openapi.ts). */

const both = (t: Translated) => ({ ar: t.ar ?? null, en: t.en ?? null });
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const rounded = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

const presentSummary = (s: ProgressSummary) => ({
  actions: s.actions,
  byStatus: s.byStatus,
  actionsWithData: s.withData,
  averageProgress: rounded(s.averageProgress),
});

export function presentAction(a: ActionView) {
  return {
    id: a.id,
    position: a.position,
    title: both(a.title),
    description: both(a.description),
    originalLanguage: a.originalLanguage,
    leadEntity: both(a.leadEntity),
    partners: a.partners.ar || a.partners.en ? both(a.partners) : null,
    startDate: a.startDate,
    endDate: a.endDate,
    budget:
      a.budgetAmount !== null && a.budgetCurrency
        ? { amount: a.budgetAmount, currency: a.budgetCurrency }
        : null,
    objectives: a.objectives,
    principles: a.principles,
    sdgTargets: a.sdgTargets,
    status: a.status,
    indicator:
      a.indicatorUnit !== null
        ? {
            name: both(a.indicatorName),
            unit: both(a.indicatorUnit),
            baseline: a.indicatorBaseline,
            target: a.indicatorTarget,
            latestValue: a.latest?.value ?? null,
            latestOn: a.latest?.on ?? null,
          }
        : null,
    progress: rounded(a.progress),
    updates: a.updates.map((u) => ({
      reportedOn: u.reportedOn,
      status: u.status,
      value: u.value,
      narrative: both(u.narrative),
    })),
  };
}

export function presentPlan(plan: PlanListItem, contents: PlanContents) {
  return {
    id: plan.id,
    country: { iso3: plan.countryIso3, name: both(plan.countryName) },
    title: both(plan.title),
    summary: both(plan.summary),
    originalLanguage: plan.originalLanguage,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    adoptedOn: plan.adoptedOn,
    status: plan.status,
    publishedAt: iso(plan.publishedAt),
    updatedAt: iso(plan.updatedAt),
    isCurrent: plan.isCurrent,
    isSample: plan.isSample,
    progress: presentSummary(contents.summary),
    objectives: contents.rollup
      .filter((r) => r.actions > 0)
      .map((r) => ({ objective: r.objective, ...presentSummary(r) })),
    actions: contents.actions.map(presentAction),
  };
}
