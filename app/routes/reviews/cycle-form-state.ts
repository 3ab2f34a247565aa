import type { FieldError, SubmissionResult } from '~/platform/forms.server';

/** An action's answer when the form is refused: the kit's result and which form of the page was sent. */
export interface RefusedForm extends SubmissionResult {
  intent: string;
}

/** The action data of a refused form, if that is what the action answered. */
export function refusedForm(actionData: unknown): RefusedForm | undefined {
  return actionData &&
    typeof actionData === 'object' &&
    'status' in actionData &&
    actionData.status === 'error' &&
    'intent' in actionData
    ? (actionData as RefusedForm)
    : undefined;
}

/** Every reason of a refusal, the form's own first, for the summary above the form. */
export function problemsOf(refused: SubmissionResult | undefined): FieldError[] {
  if (!refused) return [];
  return [...(refused.formError ? [refused.formError] : []), ...Object.values(refused.fieldErrors).flat()];
}
