import type { Translated } from '#db/schema/columns';
import type { CycleRow } from '~/modules/reviews/review-records.server';
import { formValues } from '~/platform/forms.server';
import { type CycleFormValues, MILESTONE_ROWS_MIN } from './cycle-form-values';

/** The cycle form's flat values (milestone.N.field rows) to the domain's input, and back. */

const str = (values: CycleFormValues, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const list = (values: CycleFormValues, key: string) => {
  const v = values[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
const translated = (values: CycleFormValues, prefix: string): Translated => ({
  ar: str(values, `${prefix}Ar`),
  en: str(values, `${prefix}En`),
});

export function milestoneRowsOf(values: CycleFormValues): number {
  const indices = Object.keys(values)
    .map((k) => /^milestone\.(\d+)\./.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const declared = Number(str(values, 'milestoneRows')) || 0;
  return Math.min(Math.max(declared, indices.length ? Math.max(...indices) + 1 : 0), 60);
}

const milestoneFields = [
  'titleAr',
  'titleEn',
  'startsOn',
  'endsOn',
  'locationAr',
  'locationEn',
  'summaryAr',
  'summaryEn',
];

/**
 * The domain input of the form's values. Blank or removed milestone rows are left out; `rowOf`
 * maps the input's milestone index back to the form row, so refusals land beside the right row.
 */
export function cycleInputFromValues(values: CycleFormValues) {
  const rowOf: number[] = [];
  const milestones = [];
  for (let row = 0; row < milestoneRowsOf(values); row++) {
    const at = (f: string) => str(values, `milestone.${row}.${f}`);
    if (at('remove') || milestoneFields.every((f) => !at(f).trim())) continue;
    rowOf.push(row);
    milestones.push({
      kind: at('kind'),
      title: { ar: at('titleAr'), en: at('titleEn') },
      startsOn: at('startsOn'),
      endsOn: at('endsOn'),
      location: { ar: at('locationAr'), en: at('locationEn') },
      summary: { ar: at('summaryAr'), en: at('summaryEn') },
    });
  }
  return {
    input: {
      regionId: str(values, 'regionId'),
      title: translated(values, 'title'),
      description: translated(values, 'description'),
      partners: translated(values, 'partners'),
      templateId: str(values, 'templateId'),
      submissionDeadline: str(values, 'submissionDeadline'),
      states: list(values, 'states'),
      milestones,
    },
    /** Moves "milestones.N.x" errors to the form row N came from. */
    mapField: (field: string) =>
      field.replace(/^milestones\.(\d+)/, (_, n: string) => `milestone.${rowOf[Number(n)] ?? n}`),
  };
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
    titleAr: cycle.title.ar ?? '',
    titleEn: cycle.title.en ?? '',
    descriptionAr: cycle.description.ar ?? '',
    descriptionEn: cycle.description.en ?? '',
    partnersAr: cycle.partners.ar ?? '',
    partnersEn: cycle.partners.en ?? '',
    templateId: cycle.templateId ?? '',
    submissionDeadline: cycle.submissionDeadline ?? '',
    states: [...states],
    milestoneRows: String(Math.max(milestones.length + 1, MILESTONE_ROWS_MIN)),
  };
  milestones.forEach((m, i) => {
    Object.assign(values, {
      [`milestone.${i}.kind`]: m.kind,
      [`milestone.${i}.titleAr`]: m.title.ar ?? '',
      [`milestone.${i}.titleEn`]: m.title.en ?? '',
      [`milestone.${i}.startsOn`]: m.startsOn,
      [`milestone.${i}.endsOn`]: m.endsOn ?? '',
      [`milestone.${i}.locationAr`]: m.location.ar ?? '',
      [`milestone.${i}.locationEn`]: m.location.en ?? '',
      [`milestone.${i}.summaryAr`]: m.summary.ar ?? '',
      [`milestone.${i}.summaryEn`]: m.summary.en ?? '',
    });
  });
  return values;
}
