import type { CycleStatus, ReviewStatus } from '#db/schema/review-values';
import type { InputIssue } from './input-fields';
import { isoDay } from './input-fields';

/**
 * The rules a cycle must meet, as a list of refusals (empty when it is fine), so the form shows
 * every reason at once: a submission deadline in the past, no states in scope, states outside the
 * cycle's region, a template that is not published or answers no objective, milestone dates out
 * of order.
 */
export function cycleIssues(options: {
  now: Date;
  submissionDeadline: string;
  /** The deadline already stored (an edit may keep a deadline that has passed). */
  previousDeadline?: string | null;
  states: readonly string[];
  regionMembers: ReadonlySet<string>;
  template: { status: string; objectiveSections: number } | null;
  /** In the form's order; a row left out is null and keeps its place, so refusals name the right row. */
  milestones: readonly ({ startsOn: string; endsOn?: string | null } | null)[];
}): InputIssue[] {
  const issues: InputIssue[] = [];
  const today = isoDay(options.now);
  if (options.submissionDeadline < today && options.submissionDeadline !== options.previousDeadline) {
    issues.push({ field: 'submissionDeadline', code: 'cycleDeadlinePast' });
  }
  if (!options.states.length) issues.push({ field: 'states', code: 'cycleStatesRequired' });
  const outside = options.states.filter((s) => !options.regionMembers.has(s));
  if (outside.length) {
    issues.push({
      field: 'states',
      code: 'cycleStatesOutsideRegion',
      params: { states: outside.join(', '), count: outside.length },
    });
  }
  if (options.template?.status !== 'published') {
    issues.push({ field: 'templateId', code: 'cycleTemplateNotPublished' });
  } else if (options.template.objectiveSections === 0) {
    issues.push({ field: 'templateId', code: 'cycleTemplateWithoutObjectives' });
  }
  options.milestones.forEach((m, i) => {
    if (m?.endsOn && m.endsOn < m.startsOn) {
      issues.push({ field: `milestones[${i}].endsOn`, code: 'datesOutOfOrder' });
    }
  });
  return issues;
}

/** The cycle's life: draft → open (focal points may start reviews) → closed (no more submissions). */
export const cycleTransitions = {
  open: { from: ['draft', 'closed'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
} as const satisfies Record<string, { from: readonly CycleStatus[]; to: CycleStatus }>;
export type CycleAction = keyof typeof cycleTransitions;

export const cycleActionsFrom = (status: CycleStatus): CycleAction[] =>
  (Object.keys(cycleTransitions) as CycleAction[]).filter((a) =>
    (cycleTransitions[a].from as readonly CycleStatus[]).includes(status),
  );

/** Statuses of a review that count as handed in (no reminder, "submitted" in the tracker). */
export const handedInStatuses: readonly ReviewStatus[] = ['submitted', 'acknowledged', 'published'];

/** Whole days from `now` (UTC day) to a YYYY-MM-DD date; negative once it has passed. */
export function daysUntil(date: string, now: Date): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  return Math.round((target - today) / 86_400_000);
}
