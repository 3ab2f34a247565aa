import { eq, inArray } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { planActionEntityType } from '#db/schema/plan-values';
import { implementationPlans, planActions } from '#db/schema/plans';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { planReaders } from './plan-policy';

/**
 * Actions of national implementation plans in the content index: public while their plan is
 * published; a draft plan's actions only for the plan's keepers (plan-policy.ts).
 */
export const planActionContent = defineContentType({
  key: 'plan_action',
  // 2: the lead entity, partners, indicator and SDG targets are searchable (body).
  version: 2,
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
        leadEntity: planActions.leadEntity,
        partners: planActions.partners,
        indicatorName: planActions.indicatorName,
        indicatorUnit: planActions.indicatorUnit,
        sdgTargets: planActions.sdgTargets,
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
        body: searchBody(row),
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

/**
 * What search matches besides the title and description, per language: who leads, the partners,
 * the indicator and the SDG targets (code and title). A name written in one language only is
 * searched in both, as the page shows it in both (with the fallback note).
 */
function searchBody(row: {
  leadEntity: Translated;
  partners: Translated;
  indicatorName: Translated;
  indicatorUnit: Translated | null;
  sdgTargets: string[];
}): Translated {
  const inLanguage = (lang: Locale) => {
    const pick = (t: Translated | null) => t?.[lang] || t?.[lang === 'ar' ? 'en' : 'ar'] || '';
    const targets = row.sdgTargets.map((c) => `${c} ${sdgTarget(c)?.title[lang] ?? ''}`);
    const parts = [row.leadEntity, row.partners, row.indicatorName, row.indicatorUnit].map(pick);
    return [...parts, ...targets].filter(Boolean).join('\n');
  };
  return { ar: inLanguage('ar'), en: inLanguage('en') };
}

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
