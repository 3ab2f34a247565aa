import { asc, eq } from 'drizzle-orm';
import { reviewCycles } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canManageTemplates } from '../cycles/cycle-policy';
import { loadTemplateSections } from '../review-records.server';
import { familyVersions, loadTemplate } from './template-records.server';

/** One template version with its ordered sections, its family's versions and the cycles that pin it. */
export async function getTemplate(options: { db?: DbOrTx; subject: Subject; templateId: string }) {
  const { db = getDb(), subject } = options;
  if (!canManageTemplates(subject)) throw forbidden();
  const template = await loadTemplate(db, options.templateId);
  const [sections, versions, cycles] = await readTogether(db, [
    () => loadTemplateSections(db, template.id),
    () => familyVersions(db, template.familyId),
    () =>
      db
        .select({ id: reviewCycles.id, title: reviewCycles.title, status: reviewCycles.status })
        .from(reviewCycles)
        .where(eq(reviewCycles.templateId, template.id))
        .orderBy(asc(reviewCycles.createdAt)),
  ]);
  return { template, sections, versions, cycles };
}
