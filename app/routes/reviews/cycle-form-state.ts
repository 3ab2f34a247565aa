import type { FieldError, SubmissionResult } from '~/platform/forms.server';

/** An action's answer when the form is refused: its values, each reason beside its field, a summary. */
export interface RefusedForm extends SubmissionResult {
  /** Which form of the page was sent (pages with several forms). */
  intent: string;
  /** Every reason, in order, for the summary above the form. */
  problems: FieldError[];
  /** The record's current state when the save was stale (so both texts can be compared). */
  current?: unknown;
}

/** The action data of a refused form, if that is what the action answered. */
export function refusedForm(actionData: unknown): RefusedForm | undefined {
  return actionData && typeof actionData === 'object' && 'problems' in actionData
    ? (actionData as RefusedForm)
    : undefined;
}
