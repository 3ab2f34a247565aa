import { eq } from 'drizzle-orm';
import { reviewTemplateSections } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { claimDraft, lockSections, templateEntityType } from './template-records.server';

/** Removes a section from a draft template version; the others close up. */
export async function removeTemplateSection(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  expectedVersion: number;
  sectionId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { before: template } = await claimDraft(tx, options);
    const sections = await lockSections(tx, template.id);
    const target = sections.find((s) => s.id === options.sectionId);
    if (!target) throw notFound();
    await tx.delete(reviewTemplateSections).where(eq(reviewTemplateSections.id, target.id));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.section_remove',
      entityType: templateEntityType,
      entityId: template.id,
      before: target,
      requestId: options.requestId,
    });
  });
}
