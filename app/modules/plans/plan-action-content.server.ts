import { eq, inArray } from 'drizzle-orm';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions } from '#db/schema/plans';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { planReaders } from './plan-policy';

/**
 * Actions of national implementation plans in the content index: public while their plan is
 * published; a draft plan's actions only for the plan's keepers (plan-policy.ts).
 */
export const planActionContent = defineContentType({
  key: 'plan_action',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: planActions.id }).from(planActions)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: planActions.id,
        status: planActions.status,
        title: planActions.title,
        description: planActions.description,
        originalLanguage: planActions.originalLanguage,
        updatedAt: planActions.updatedAt,
        planStatus: implementationPlans.status,
        countryIso3: implementationPlans.countryIso3,
        publishedAt: implementationPlans.publishedAt,
        isSample: implementationPlans.isSample,
      })
      .from(planActions)
      .innerJoin(implementationPlans, eq(implementationPlans.id, planActions.planId))
      .where(inArray(planActions.id, valid));
    const tags = await contentTags(db, {
      tagEntityType: planActionEntityType,
      ids: rows.map((r) => r.id),
      countriesOf: (id) => [rows.find((r) => r.id === id)!.countryIso3],
    });
    return rows.map((row) => {
      const isPublic = row.planStatus === 'published';
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : planReaders(row.countryIso3),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.description,
        body: {},
        ...tags.get(row.id)!,
        year: yearOf(row.publishedAt),
        publishedAt: isPublic ? row.publishedAt : null,
        updatedAt: row.updatedAt,
        path: `/plans/${row.countryIso3}/actions/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/** Re-projects every action of these plans (after a plan's status or country changes). */
export async function syncPlanContent(db: DbOrTx, planIds: readonly string[]): Promise<void> {
  if (!planIds.length) return;
  const actions = await db
    .select({ id: planActions.id })
    .from(planActions)
    .where(inArray(planActions.planId, [...planIds]));
  await syncContent(
    db,
    planActionContent,
    actions.map((a) => a.id),
  );
}
