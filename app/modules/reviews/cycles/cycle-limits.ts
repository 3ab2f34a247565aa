/** Limits shared by the cycle forms (browser) and the domain, free of Zod so pages stay light. */
export const CYCLE_TITLE_MAX = 200;
export const CYCLE_DESCRIPTION_MAX = 5000;
export const CYCLE_PARTNERS_MAX = 500;
export const MILESTONE_TITLE_MAX = 200;
export const MILESTONE_LOCATION_MAX = 200;
export const MILESTONE_SUMMARY_MAX = 10_000;
export const MAX_MILESTONES = 40;
export const MAX_STATES = 250;
