import type { QualityFinding } from '~/modules/pledges/quality-check';
import type { FormValues } from '~/modules/pledges/quality-of-form';
import type { FieldError } from '~/platform/forms.server';

export type { FormValues };

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
