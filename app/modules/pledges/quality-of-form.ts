import type { Translated } from '#db/schema/columns';
import { parseNumber } from '~/platform/forms/fields';
import { formInput } from '~/platform/forms/paths';
import { type QualityFinding, type QualityInput, qualityCheck } from './quality-check';

/**
 * The quality check of what is typed in the pledge form, as flat field values. One function for
 * both sides: the browser runs it on every change (the panel updates as the pledger types) and the
 * server on every save and refusal (the same panel without JavaScript). Browser-safe: no server code.
 */

/** The pledge form's flat values: one string per field, several for checkboxes and multi-selects. */
export type FormValues = Record<string, string | string[]>;

/** Fields of the pledge form that are not the pledge's own input. */
const notInput = ['intent', 'version', 'indicatorRows', 'partnerRows', 'pledger'];

/** The form's values as the input the pledge schemas parse (the field names are its paths). */
export const inputFromValues = (values: FormValues) => formInput(values, { omit: notInput });

/** A form's current values (the browser's FormData), as the server reads a posted form. */
export function valuesOfFormData(form: FormData): FormValues {
  const out: FormValues = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

const asNumber = (v: unknown) => {
  const n = parseNumber(v);
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const translatedOf = (v: unknown): Translated => {
  const t = (v ?? {}) as Record<string, unknown>;
  return { ar: textOf(t.ar), en: textOf(t.en) };
};
const rowsOf = (v: unknown) =>
  (Array.isArray(v) ? v : []).filter(
    (row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object',
  );

/** The quality check's view of what the user typed; partners already confirmed count as confirmed. */
export function qualityOfValues(
  values: FormValues,
  options: { today?: Date; confirmedPartners?: ReadonlySet<string> } = {},
): QualityFinding[] {
  const input = inputFromValues(values);
  const partners = (Array.isArray(input.partners) ? input.partners : [input.partners]).filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const pledge: QualityInput = {
    title: translatedOf(input.title),
    description: translatedOf(input.description),
    endDate: textOf(input.endDate) || null,
    indicators: rowsOf(input.indicators)
      .map((i) => ({
        name: translatedOf(i.name),
        unit: textOf(i.unit),
        baseline: asNumber(i.baseline),
        target: asNumber(i.target),
        dueDate: textOf(i.dueDate),
      }))
      .filter(
        (i) => i.name.ar || i.name.en || i.unit || i.baseline !== null || i.target !== null || i.dueDate,
      )
      .map(({ dueDate: _dueDate, ...i }) => i),
    partners: partners.map((p) => ({ confirmed: options.confirmedPartners?.has(p) ?? false })),
  };
  return qualityCheck({ pledge, today: options.today ?? new Date() });
}
