import type { Translated } from '#db/schema/columns';
import type { CycleRow } from '~/modules/reviews/review-records.server';
import { formValues } from '~/platform/forms.server';
import { type CycleFormValues, MILESTONE_ROWS_MIN } from './cycle-form-values';

/** The cycle form's rows ("add a milestone" without JavaScript) and a stored cycle as the form's values. */

const str = (values: CycleFormValues, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/** How many milestone rows the form shows: as many as it declared or sent (`milestones[N].…`). */
export function milestoneRowsOf(values: CycleFormValues): number {
  const indices = Object.keys(values)
    .map((k) => /^milestones\[(\d+)\]\./.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const declared = Number(str(values, 'milestoneRows')) || 0;
  return Math.min(Math.max(declared, indices.length ? Math.max(...indices) + 1 : 0), 60);
}

/** "Add a milestone" without JavaScript: the same values, one more row, nothing saved. */
export function withAnotherMilestone(form: FormData) {
  const values = formValues(form);
  values.milestoneRows = String(milestoneRowsOf(values) + 1);
  return { status: 'ok' as const, values };
}

/** A stored cycle as the form's values. */
export function valuesFromCycle(
  cycle: CycleRow,
  states: readonly string[],
  milestones: readonly {
    kind: string;
    title: Translated;
    startsOn: string;
    endsOn: string | null;
    location: Translated;
    summary: Translated;
  }[],
): CycleFormValues {
  const values: CycleFormValues = {
    regionId: cycle.regionId,
    'title.ar': cycle.title.ar ?? '',
    'title.en': cycle.title.en ?? '',
    'description.ar': cycle.description.ar ?? '',
    'description.en': cycle.description.en ?? '',
    'partners.ar': cycle.partners.ar ?? '',
    'partners.en': cycle.partners.en ?? '',
    templateId: cycle.templateId ?? '',
    submissionDeadline: cycle.submissionDeadline ?? '',
    states: [...states],
    milestoneRows: String(Math.max(milestones.length + 1, MILESTONE_ROWS_MIN)),
  };
  milestones.forEach((m, i) => {
    const row = `milestones[${i}]`;
    Object.assign(values, {
      [`${row}.kind`]: m.kind,
      [`${row}.title.ar`]: m.title.ar ?? '',
      [`${row}.title.en`]: m.title.en ?? '',
      [`${row}.startsOn`]: m.startsOn,
      [`${row}.endsOn`]: m.endsOn ?? '',
      [`${row}.location.ar`]: m.location.ar ?? '',
      [`${row}.location.en`]: m.location.en ?? '',
      [`${row}.summary.ar`]: m.summary.ar ?? '',
      [`${row}.summary.en`]: m.summary.en ?? '',
    });
  });
  return values;
}
