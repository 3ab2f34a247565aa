import { reviewTemplateSections, reviewTemplates } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canManageTemplates } from '../cycles/cycle-policy';
import { standardTemplateSections } from '../standard-template';
import { templateEntityType, templateSnapshot } from './template-records.server';
import { parseTemplateInput } from './template-schema';

/**
 * Starts a new template (a new family, version 1, draft) from the standard guidance template's
 * sections; the secretariat then edits the copy and publishes it.
 */
export async function createTemplate(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  if (!canManageTemplates(subject)) throw forbidden();
  const input = parseTemplateInput(options.input);
  return db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const [template] = await tx
      .insert(reviewTemplates)
      .values({
        id,
        familyId: id,
        versionNumber: 1,
        title: input.title,
        description: input.description,
        status: 'draft',
        createdBy: subject.userId,
      })
      .returning();
    await tx
      .insert(reviewTemplateSections)
      .values(standardTemplateSections().map((s, position) => ({ ...s, templateId: id, position })));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_template.create',
      entityType: templateEntityType,
      entityId: id,
      after: await templateSnapshot(tx, template!),
      requestId: options.requestId,
    });
    return template!;
  });
}
