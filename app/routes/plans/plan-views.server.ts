import type { ActionView } from '~/modules/plans/plan-contents.server';
import type { PlanRow } from '~/modules/plans/plan-records.server';
import type { ActionSummary } from './action-card';
import type { ActionFormValues } from './action-form';
import type { PlanFormValues } from './plan-form';

/** What the plan pages send to the browser: only the fields they show, dates as strings. */

export function actionSummary(a: ActionView): ActionSummary {
  return {
    id: a.id,
    position: a.position,
    title: a.title,
    status: a.status,
    leadEntity: a.leadEntity,
    partners: a.partners,
    startDate: a.startDate,
    endDate: a.endDate,
    budgetAmount: a.budgetAmount,
    budgetCurrency: a.budgetCurrency,
    objectives: a.objectives,
    sdgTargets: a.sdgTargets,
    indicator:
      a.indicatorUnit !== null && a.indicatorBaseline !== null && a.indicatorTarget !== null
        ? {
            name: a.indicatorName,
            unit: a.indicatorUnit,
            baseline: a.indicatorBaseline,
            target: a.indicatorTarget,
          }
        : null,
    latest: a.latest,
    progress: a.progress,
    updates: a.updates.map((u) => ({
      id: u.id,
      reportedOn: u.reportedOn,
      status: u.status,
      value: u.value,
      narrative: u.narrative,
    })),
  };
}

export function planHeader(plan: PlanRow) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: plan.id,
    title: plan.title,
    summary: plan.summary,
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    adoptedOn: plan.adoptedOn,
    publishedAt: iso(plan.publishedAt),
    updatedAt: iso(plan.updatedAt),
    version: plan.version,
    isSample: plan.isSample,
  };
}

const num = (n: number | null) => (n === null ? '' : String(n));

export function planFormValues(plan: PlanRow | null, locale: 'ar' | 'en'): PlanFormValues {
  return {
    'title.ar': plan?.title.ar ?? '',
    'title.en': plan?.title.en ?? '',
    'summary.ar': plan?.summary.ar ?? '',
    'summary.en': plan?.summary.en ?? '',
    originalLanguage: plan?.originalLanguage ?? locale,
    periodStart: plan?.periodStart ?? '',
    periodEnd: plan?.periodEnd ?? '',
    adoptedOn: plan?.adoptedOn ?? '',
  };
}

export function actionFormValues(a: ActionView): ActionFormValues {
  return {
    'title.ar': a.title.ar ?? '',
    'title.en': a.title.en ?? '',
    'description.ar': a.description.ar ?? '',
    'description.en': a.description.en ?? '',
    originalLanguage: a.originalLanguage,
    'leadEntity.ar': a.leadEntity.ar ?? '',
    'leadEntity.en': a.leadEntity.en ?? '',
    'partners.ar': a.partners.ar ?? '',
    'partners.en': a.partners.en ?? '',
    startDate: a.startDate,
    endDate: a.endDate,
    'budget.amount': num(a.budgetAmount),
    'budget.currency': a.budgetCurrency ?? '',
    'indicator.name.ar': a.indicatorName.ar ?? '',
    'indicator.name.en': a.indicatorName.en ?? '',
    'indicator.unit.ar': a.indicatorUnit?.ar ?? '',
    'indicator.unit.en': a.indicatorUnit?.en ?? '',
    'indicator.baseline': num(a.indicatorBaseline),
    'indicator.target': num(a.indicatorTarget),
    status: a.status,
    objectives: a.objectives.map(String),
    principles: a.principles,
    sdgTargets: a.sdgTargets,
  };
}
