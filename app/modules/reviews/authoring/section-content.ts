import type { Translated } from '#db/schema/columns';
import type { ObjectiveStatus, SectionField } from '#db/schema/review-values';

/**
 * What one answered section holds, and the rules every screen shares about it: which fields a
 * template section asks for, the length limits, when a section counts as filled, and when an
 * objective counts as reported on. Free of the ORM so pages can import it.
 */

/** Translatable text fields of a section answer (the body is always there). */
export const sectionTextFields = ['body', 'measures', 'partners', 'dataAvailable'] as const;
export type SectionTextField = (typeof sectionTextFields)[number];

/** Length limits in characters, per language and field; the form and the server use the same numbers. */
export const sectionLimits = {
  body: 30_000,
  measures: 10_000,
  partners: 3_000,
  dataAvailable: 5_000,
  /** The note kept from the free text SDG targets once were (migration 0025). */
  sdgTargetsNote: 500,
} as const;

/** How many SDG targets one section may name (the reference list holds fewer). */
export const maxSectionSdgTargets = 20;

export const reviewTitleMax = 300;
export const commentMax = 4_000;

/** The answer to one section as stored (and as frozen in a submitted version). */
export interface SectionContent {
  body: Translated;
  objectiveStatus: ObjectiveStatus | null;
  measures: Translated;
  partners: Translated;
  /** SDG target codes of the reference list, in its order. */
  sdgTargets: string[];
  /** Free text kept from before targets were chosen from the list; null when none (never new). */
  sdgTargetsNote: string | null;
  dataAvailable: Translated;
}

export const emptySectionContent = (): SectionContent => ({
  body: {},
  objectiveStatus: null,
  measures: {},
  partners: {},
  sdgTargets: [],
  sdgTargetsNote: null,
  dataAvailable: {},
});

/** Which of the text fields a section shows: the body, then the structured fields its template asks for. */
export function textFieldsOf(fields: readonly SectionField[]): SectionTextField[] {
  return sectionTextFields.filter((f) => f === 'body' || fields.includes(f));
}

const filled = (value: Translated | null | undefined) => Boolean(value?.ar?.trim() || value?.en?.trim());

/** Any text written in any language (the objective status does not count as text). */
export function hasText(content: Partial<SectionContent> | null | undefined): boolean {
  if (!content) return false;
  return (
    sectionTextFields.some((f) => filled(content[f])) ||
    Boolean(content.sdgTargets?.length) ||
    Boolean(content.sdgTargetsNote?.trim())
  );
}

/** A section is filled when it has text or (objective sections) an implementation status. */
export function isSectionFilled(content: Partial<SectionContent> | null | undefined): boolean {
  return hasText(content) || Boolean(content?.objectiveStatus);
}

/**
 * Does the answer report on its objective? A status other than "not applicable", or any text:
 * these are the objectives a submitted or published review is tagged with (coverage counts).
 */
export function reportsOnObjective(content: Partial<SectionContent> | null | undefined): boolean {
  if (!content) return false;
  return (
    (content.objectiveStatus !== null &&
      content.objectiveStatus !== undefined &&
      content.objectiveStatus !== 'not_applicable') ||
    hasText(content)
  );
}

/** Plain text as paragraphs: blank lines separate them; single line breaks stay inside a paragraph. */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
