import { eq } from 'drizzle-orm';
import { reviewTemplateSections } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { claimDraft, lockSections, templateEntityType } from './template-records.server';

/** Moves a section of a draft template version one place up or down (no-op at either end). */
export async function moveTemplateSection(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  expectedVersion: number;
  sectionId: string;
  direction: 'up' | 'down';
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { before: template } = await claimDraft(tx, options);
    const sections = await lockSections(tx, template.id);
    const from = sections.findIndex((s) => s.id === options.sectionId);
    if (from < 0) throw notFound();
    const to = options.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= sections.length) return;
    const order = [...sections];
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Positions are renumbered 0..n-1 so gaps left by removals close too.
    for (const [position, s] of order.entries()) {
      if (s.position !== position) {
        await tx.update(reviewTemplateSections).set({ position }).where(eq(reviewTemplateSections.id, s.id));
      }
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.section_move',
      entityType: templateEntityType,
      entityId: template.id,
      before: { order: sections.map((s) => s.key) },
      after: { order: order.map((s) => s.key) },
      requestId: options.requestId,
    });
  });
}
