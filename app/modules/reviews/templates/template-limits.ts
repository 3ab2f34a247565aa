/** Limits shared by the template forms (browser) and the domain, free of Zod so pages stay light. */
export const TEMPLATE_TITLE_MAX = 200;
export const TEMPLATE_DESCRIPTION_MAX = 2000;
export const SECTION_TITLE_MAX = 200;
export const SECTION_GUIDANCE_MAX = 5000;
export const MAX_SECTIONS = 60;
