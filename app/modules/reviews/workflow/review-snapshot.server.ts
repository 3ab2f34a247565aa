import type { ReviewSnapshot } from '#db/schema/reviews';
import { listAttachments } from '~/modules/files/list-attachments.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import {
  contentOf,
  loadAnswers,
  type SectionDefinition,
  sectionDefinitions,
} from '../authoring/review-structure.server';
import { isSectionFilled, reportsOnObjective } from '../authoring/section-content';
import { type CycleRow, type ReviewRow, reviewEntityType } from '../review-records.server';

/**
 * The review as it stands, frozen: title, every section in template order (empty ones too, so two
 * versions line up section by section), and the attached files' names. Also returns the section
 * definitions and the required sections still empty.
 */
export async function buildSnapshot(
  db: DbOrTx,
  review: ReviewRow,
  cycle: Pick<CycleRow, 'templateId'>,
): Promise<{ snapshot: ReviewSnapshot; definitions: SectionDefinition[]; missing: SectionDefinition[] }> {
  const [definitions, answers, attached] = await readTogether(db, [
    () => sectionDefinitions(db, review, cycle),
    () => loadAnswers(db, review.id),
    () => listAttachments({ db, entityType: reviewEntityType, entityIds: [review.id] }),
  ]);
  const sections = definitions.map((d) => ({ key: d.key, ...contentOf(answers.get(d.key)) }));
  const missing = definitions.filter((d, i) => d.required && !isSectionFilled(sections[i]));
  return {
    snapshot: {
      title: review.title,
      originalLanguage: review.originalLanguage,
      sections,
      attachments: (attached.get(review.id) ?? []).map((a) => ({ fileId: a.fileId, name: a.originalName })),
    },
    definitions,
    missing,
  };
}

/** The objectives a snapshot reports on (status other than not applicable, or text), in number order. */
export function objectivesReportedIn(snapshot: ReviewSnapshot, definitions: SectionDefinition[]): number[] {
  const byKey = new Map(snapshot.sections.map((s) => [s.key, s]));
  return definitions
    .filter((d) => d.kind === 'objective' && d.objective !== null && reportsOnObjective(byKey.get(d.key)))
    .map((d) => d.objective!)
    .sort((a, b) => a - b);
}
