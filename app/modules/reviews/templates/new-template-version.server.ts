import { eq, sql } from 'drizzle-orm';
import { reviewTemplateSections, reviewTemplates } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canManageTemplates } from '../cycles/cycle-policy';
import { loadTemplateSections } from '../review-records.server';
import { loadTemplate, openDraftOf, templateEntityType, templateSnapshot } from './template-records.server';

/**
 * "Edit" on a published version: a new draft version of the same family (version number + 1),
 * copied from it, so cycles that pinned the published version keep it unchanged. When the family
 * already has a draft, that draft is returned instead of a second one.
 */
export async function newTemplateVersion(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  if (!canManageTemplates(subject)) throw forbidden();
  return db.transaction(async (tx) => {
    const source = await loadTemplate(tx, options.templateId);
    if (source.status === 'draft') return { template: source, created: false };
    // One writer per family at a time, so two clicks do not make two drafts.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`review-template:${source.familyId}`}))`);
    const existing = await openDraftOf(tx, source.familyId);
    if (existing) return { template: existing, created: false };
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${reviewTemplates.versionNumber}), 0)::int + 1` })
      .from(reviewTemplates)
      .where(eq(reviewTemplates.familyId, source.familyId));
    const [template] = await tx
      .insert(reviewTemplates)
      .values({
        familyId: source.familyId,
        versionNumber: Number(next),
        title: source.title,
        description: source.description,
        status: 'draft',
        createdBy: subject.userId,
        isSample: source.isSample,
      })
      .returning();
    const sections = await loadTemplateSections(tx, source.id);
    if (sections.length) {
      await tx
        .insert(reviewTemplateSections)
        .values(sections.map(({ id: _id, templateId: _t, ...s }) => ({ ...s, templateId: template!.id })));
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.new_version',
      entityType: templateEntityType,
      entityId: template!.id,
      before: { from: source.id, versionNumber: source.versionNumber },
      after: await templateSnapshot(tx, template!),
      requestId: options.requestId,
    });
    return { template: template!, created: true };
  });
}
