/** The cycle form's flat values: one string per field, several for the states' checkboxes. */
export type CycleFormValues = Record<string, string | string[]>;

/** Blank milestone rows offered without JavaScript; "add a milestone" adds one more each time. */
export const MILESTONE_ROWS_MIN = 2;
