import type { QualityFinding } from '~/modules/pledges/quality-check';
import type { FieldError } from '~/platform/forms.server';

/** The pledge form's flat values: one string per field, several for checkboxes and multi-selects. */
export type FormValues = Record<string, string | string[]>;

/** Blank rows offered without JavaScript; "add another" adds one more each time. */
export const INDICATOR_ROWS_MIN = 3;
export const PARTNER_ROWS_MIN = 2;

/** What the pledge form's action answers when it does not redirect. */
export interface PledgeFormState {
  status: 'error' | 'ok';
  values: FormValues;
  fieldErrors: Record<string, FieldError[]>;
  formError?: FieldError;
  findings: QualityFinding[];
}

export function formState(actionData: unknown): PledgeFormState | undefined {
  return actionData && typeof actionData === 'object' && 'findings' in actionData
    ? (actionData as PledgeFormState)
    : undefined;
}
