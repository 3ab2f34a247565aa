/** Limits shared by the outcome forms (browser) and the domain, free of Zod so pages stay light. */
export const OUTCOME_TITLE_MAX = 200;
export const OUTCOME_BODY_MAX = 30_000;
export const OUTCOME_COMMENT_MAX = 4000;
