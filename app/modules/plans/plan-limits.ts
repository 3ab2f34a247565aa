/** Limits shared by the plan forms (HTML constraints) and their schemas; free of server code. */
export const PLAN_TITLE_MAX = 200;
export const SUMMARY_MAX = 5000;
export const ACTION_TITLE_MAX = 300;
export const ACTION_DESCRIPTION_MAX = 5000;
export const ENTITY_MAX = 300;
export const PARTNERS_MAX = 1000;
export const INDICATOR_NAME_MAX = 300;
export const UNIT_MAX = 40;
export const NARRATIVE_MAX = 5000;
export const MAX_PRINCIPLES = 10;
export const MAX_SDG_TARGETS = 20;
export const AMOUNT_MAX = 1e13;
export const NUMBER_MAX = 1e15;
