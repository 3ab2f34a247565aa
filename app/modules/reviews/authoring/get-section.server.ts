import { eq } from 'drizzle-orm';
import { objectives, users } from '#db/schema/index';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canEditReview } from '../review-policy';
import { listSectionComments } from './list-comments.server';
import { loadForEditors } from './review-guards.server';
import { contentOf, loadAnswers, sectionDefinitions } from './review-structure.server';

/**
 * One section for its editors: the template's definition (guidance, required, fields), the saved
 * answer with its version and who saved it last, the sections before and after it, and the
 * section's internal comments. notFound / forbidden for anyone but the review's editors.
 */
export async function getSection(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  sectionKey: string;
}) {
  const { db = getDb(), subject } = options;
  const loaded = await loadForEditors(db, subject, options.reviewId);
  const definitions = await sectionDefinitions(db, loaded.review, loaded.cycle);
  const index = definitions.findIndex((d) => d.key === options.sectionKey);
  if (index < 0) throw notFound();
  const definition = definitions[index]!;
  const [answers, comments, objective] = await readTogether(db, [
    () => loadAnswers(db, loaded.review.id, [definition.key]),
    () => listSectionComments({ db, reviewId: loaded.review.id, sectionKey: definition.key }),
    () =>
      definition.objective
        ? db
            .select({ title: objectives.title })
            .from(objectives)
            .where(eq(objectives.number, definition.objective))
        : Promise.resolve([]),
  ]);
  const row = answers.get(definition.key);
  const [updatedBy] = row?.updatedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  const neighbour = (i: number) => {
    const d = definitions[i];
    return d ? { key: d.key, kind: d.kind, objective: d.objective, title: d.title } : null;
  };
  return {
    loaded,
    definition: { ...definition, objectiveTitle: objective[0]?.title ?? null },
    content: contentOf(row),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    updatedByName: updatedBy?.name ?? null,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    position: index + 1,
    total: definitions.length,
    comments,
    canEdit: canEditReview(subject, loaded.ref, loaded.coEditorIds),
  };
}
