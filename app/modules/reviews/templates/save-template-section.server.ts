import { eq } from 'drizzle-orm';
import { reviewTemplateSections } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { claimDraft, lockSections, templateEntityType } from './template-records.server';
import { sectionKeyFor } from './template-rules';
import { MAX_SECTIONS, parseSectionInput } from './template-schema';

/**
 * Adds a section at the end of a draft template version (no sectionId) or changes one. An
 * objective may be answered by one section only (templateObjectiveRepeated 422). A section keeps
 * its key unless its kind or objective changes.
 */
export async function saveTemplateSection(options: {
  db?: DbOrTx;
  subject: Subject;
  templateId: string;
  expectedVersion: number;
  sectionId?: string | null;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const input = parseSectionInput(options.input);
  return db.transaction(async (tx) => {
    const { before: template } = await claimDraft(tx, options);
    const sections = await lockSections(tx, template.id);
    const current = options.sectionId ? sections.find((s) => s.id === options.sectionId) : undefined;
    if (options.sectionId && !current) throw notFound();
    const others = sections.filter((s) => s.id !== current?.id);
    if (
      input.kind === 'objective' &&
      others.some((s) => s.kind === 'objective' && s.objective === input.objective)
    ) {
      throw new AppError('templateObjectiveRepeated', 422, {
        objective: input.objective!,
        field: 'objective',
      });
    }
    if (!current && sections.length >= MAX_SECTIONS) {
      throw new AppError('templateTooManySections', 422, { max: MAX_SECTIONS });
    }
    const keepKey = current && current.kind === input.kind && current.objective === input.objective;
    const key = keepKey ? current.key : sectionKeyFor(input, new Set(others.map((s) => s.key)));
    const values = { ...input, key };
    const [after] = current
      ? await tx
          .update(reviewTemplateSections)
          .set(values)
          .where(eq(reviewTemplateSections.id, current.id))
          .returning()
      : await tx
          .insert(reviewTemplateSections)
          .values({
            ...values,
            templateId: template.id,
            position: (sections.at(-1)?.position ?? -1) + 1,
          })
          .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: current ? 'review_template.section_update' : 'review_template.section_add',
      entityType: templateEntityType,
      entityId: template.id,
      before: current ?? null,
      after: after!,
      requestId: options.requestId,
    });
    return after!;
  });
}
