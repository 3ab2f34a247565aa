import { eq } from 'drizzle-orm';
import { reviewTemplates } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { refuseIssues } from '../cycles/input-fields';
import { loadTemplateSections } from '../review-records.server';
import { claimDraft, templateEntityType } from './template-records.server';
import { templatePublishIssues } from './template-rules';

/**
 * Publishes a draft template version so cycles may pin it. Refused with every reason (422) when it
 * has no objective section, answers an objective twice or has a section without a title. A
 * published version never changes again: editing it starts the next version.
 */
export async function publishTemplate(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const { before } = await claimDraft(tx, options);
    refuseIssues(templatePublishIssues(await loadTemplateSections(tx, before.id)));
    const [after] = await tx
      .update(reviewTemplates)
      .set({ status: 'published', publishedAt: options.now ?? new Date() })
      .where(eq(reviewTemplates.id, before.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.publish',
      entityType: templateEntityType,
      entityId: before.id,
      before: { status: before.status },
      after: { status: after!.status, publishedAt: after!.publishedAt },
      requestId: options.requestId,
    });
    return after!;
  });
}
