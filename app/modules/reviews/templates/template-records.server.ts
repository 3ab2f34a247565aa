import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { reviewCycles, reviewTemplateSections, reviewTemplates } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { canManageTemplates } from '../cycles/cycle-policy';
import { loadTemplateSections } from '../review-records.server';

/** The content type key of templates in the audit log. */
export const templateEntityType = 'review_template';

export type TemplateRow = typeof reviewTemplates.$inferSelect;

export async function loadTemplate(db: DbOrTx, templateId: string): Promise<TemplateRow> {
  if (!isUuid(templateId)) throw notFound();
  const [template] = await db.select().from(reviewTemplates).where(eq(reviewTemplates.id, templateId));
  if (!template) throw notFound();
  return template;
}

/** What the audit trail keeps of a template version: its columns and its sections in order. */
export async function templateSnapshot(db: DbOrTx, template: TemplateRow) {
  const sections = await loadTemplateSections(db, template.id);
  return {
    ...template,
    sections: sections.map(({ templateId: _t, id: _i, ...s }) => s),
  };
}

/**
 * For an edit of a draft version: checks the subject manages templates, the version is still a
 * draft (templateNotDraft 409 otherwise: a published version changes through a new version) and
 * nobody saved it since the form was opened (staleVersion 409), then takes the next version.
 */
export async function claimDraft(
  tx: DbOrTx,
  options: { subject: Subject; templateId: string; expectedVersion: number },
): Promise<{ before: TemplateRow; after: TemplateRow }> {
  if (!canManageTemplates(options.subject)) throw forbidden();
  const current = await loadTemplate(tx, options.templateId);
  if (current.status !== 'draft') throw new AppError('templateNotDraft', 409);
  return updateVersioned({
    db: tx,
    table: reviewTemplates,
    where: eq(reviewTemplates.id, current.id),
    expectedVersion: options.expectedVersion,
    set: {},
  });
}

/** The sections of a draft, locked for a reordering or a key check. */
export function lockSections(tx: DbOrTx, templateId: string) {
  return tx
    .select()
    .from(reviewTemplateSections)
    .where(eq(reviewTemplateSections.templateId, templateId))
    .orderBy(asc(reviewTemplateSections.position))
    .for('update');
}

/** Every version of a template family, newest first, with how many cycles pin each. */
export async function familyVersions(db: DbOrTx, familyId: string) {
  const versions = await db
    .select({
      id: reviewTemplates.id,
      versionNumber: reviewTemplates.versionNumber,
      status: reviewTemplates.status,
      publishedAt: reviewTemplates.publishedAt,
      updatedAt: reviewTemplates.updatedAt,
    })
    .from(reviewTemplates)
    .where(eq(reviewTemplates.familyId, familyId))
    .orderBy(desc(reviewTemplates.versionNumber));
  const pins = versions.length
    ? await db
        .select({ templateId: reviewCycles.templateId, n: count() })
        .from(reviewCycles)
        .where(
          inArray(
            reviewCycles.templateId,
            versions.map((v) => v.id),
          ),
        )
        .groupBy(reviewCycles.templateId)
    : [];
  const pinned = new Map(pins.map((p) => [p.templateId, Number(p.n)]));
  return versions.map((v) => ({ ...v, cycleCount: pinned.get(v.id) ?? 0 }));
}

/** The draft of a family, if one is open. */
export async function openDraftOf(db: DbOrTx, familyId: string): Promise<TemplateRow | undefined> {
  const [draft] = await db
    .select()
    .from(reviewTemplates)
    .where(and(eq(reviewTemplates.familyId, familyId), eq(reviewTemplates.status, 'draft')))
    .orderBy(desc(reviewTemplates.versionNumber))
    .limit(1);
  return draft;
}
