/** Limits of the fund's forms, shared by the forms, the API and the domain. */
export const NOTE_TITLE_MAX = 200;
export const NOTE_SUMMARY_MAX = 5000;
export const ENTITY_NAME_MAX = 200;
export const ENTITIES_MAX = 30;
/** A concept note names at least this many government entities (whole-of-government). */
export const GOVERNMENT_ENTITIES_MIN = 2;
export const DURATION_MONTHS_MAX = 120;
export const USD_MAX = 1e12;
export const REASON_MAX = 2000;
export const DONOR_MAX = 200;
export const DOCUMENTS_MAX = 20;
export const URL_MAX = 500;
