import { eq } from 'drizzle-orm';
import { reviewTemplates } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { claimDraft, templateEntityType } from './template-records.server';
import { parseTemplateInput } from './template-schema';

/** Renames or re-describes a draft template version. */
export async function updateTemplate(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseTemplateInput(options.input);
  return db.transaction(async (tx) => {
    const { before } = await claimDraft(tx, options);
    const [after] = await tx
      .update(reviewTemplates)
      .set({ title: input.title, description: input.description })
      .where(eq(reviewTemplates.id, before.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.update',
      entityType: templateEntityType,
      entityId: before.id,
      before: { title: before.title, description: before.description },
      after: { title: after!.title, description: after!.description },
      requestId: options.requestId,
    });
    return after!;
  });
}
