/** Limits shared by the meeting document forms (browser) and the domain, free of Zod. */
export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_BODY_MAX = 60_000;
export const DOCUMENT_COMMENT_MAX = 4000;
