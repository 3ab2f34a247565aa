import { and, eq, inArray } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { freeFormSectionKey, reviewSections, type SectionField, type SectionKind } from '#db/schema/reviews';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { type CycleRow, loadTemplateSections, type ReviewRow } from '../review-records.server';
import { emptySectionContent, type SectionContent } from './section-content';

/** One section a review answers: a template section, or the single section of a free-form review. */
export interface SectionDefinition {
  key: string;
  kind: SectionKind;
  objective: number | null;
  title: Translated;
  guidance: Translated;
  required: boolean;
  fields: SectionField[];
}

export type SectionRow = typeof reviewSections.$inferSelect;

/** The one section of a free-form parallel review: its whole text, required. Its title comes from the catalog. */
const freeFormSection: SectionDefinition = {
  key: freeFormSectionKey,
  kind: 'other',
  objective: null,
  title: {},
  guidance: {},
  required: true,
  fields: [],
};

/**
 * The sections a review answers, in order: the pinned template version of its cycle, or the free-form
 * section. A template-based review in a cycle without a template has nothing to answer (a cycle
 * cannot open without one; this only guards old data).
 */
export async function sectionDefinitions(
  db: DbOrTx,
  review: Pick<ReviewRow, 'freeForm'>,
  cycle: Pick<CycleRow, 'templateId'>,
): Promise<SectionDefinition[]> {
  if (review.freeForm) return [freeFormSection];
  if (!cycle.templateId) return [];
  const rows = await loadTemplateSections(db, cycle.templateId);
  return rows.map((s) => ({
    key: s.key,
    kind: s.kind,
    objective: s.objective,
    title: s.title,
    guidance: s.guidance,
    required: s.required,
    fields: s.fields,
  }));
}

/** One section definition by key, or notFound. */
export async function sectionDefinition(
  db: DbOrTx,
  review: Pick<ReviewRow, 'freeForm'>,
  cycle: Pick<CycleRow, 'templateId'>,
  key: string,
): Promise<SectionDefinition> {
  const found = (await sectionDefinitions(db, review, cycle)).find((s) => s.key === key);
  if (!found) throw new AppError('notFound', 404);
  return found;
}

/** The stored answers of a review (all sections, or the given keys), by section key. */
export async function loadAnswers(
  db: DbOrTx,
  reviewId: string,
  keys?: string[],
): Promise<Map<string, SectionRow>> {
  if (keys && keys.length === 0) return new Map();
  const rows = await db
    .select()
    .from(reviewSections)
    .where(
      keys
        ? and(eq(reviewSections.reviewId, reviewId), inArray(reviewSections.sectionKey, keys))
        : eq(reviewSections.reviewId, reviewId),
    );
  return new Map(rows.map((r) => [r.sectionKey, r]));
}

/** The content columns of a stored answer (or an empty answer). */
export function contentOf(row: SectionRow | undefined): SectionContent {
  if (!row) return emptySectionContent();
  return {
    body: row.body,
    objectiveStatus: row.objectiveStatus,
    measures: row.measures,
    partners: row.partners,
    sdgTargets: row.sdgTargets,
    sdgTargetsNote: row.sdgTargetsNote,
    dataAvailable: row.dataAvailable,
  };
}
