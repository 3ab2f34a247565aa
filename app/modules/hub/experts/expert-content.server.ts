import { inArray } from 'drizzle-orm';
import { hubExperts } from '#db/schema/hub-experts';
import { yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { expertReaders } from './expert-policy';

/**
 * Experts in the content index, public fields only (name, organisation, biography, expertise,
 * languages, regions): never the e-mail or telephone. Public once a Hub editor approved the profile;
 * before that only the expert and the Hub editors open it. A deleted profile leaves the index.
 */
export const expertContent = defineContentType({
  key: 'hub_expert',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: hubExperts.id }).from(hubExperts)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: hubExperts.id,
        userId: hubExperts.userId,
        status: hubExperts.status,
        name: hubExperts.name,
        organisation: hubExperts.organisation,
        biography: hubExperts.biography,
        originalLanguage: hubExperts.originalLanguage,
        objectives: hubExperts.objectives,
        principles: hubExperts.principles,
        regions: hubExperts.regions,
        vettedAt: hubExperts.vettedAt,
        updatedAt: hubExperts.updatedAt,
        isSample: hubExperts.isSample,
      })
      .from(hubExperts)
      .where(inArray(hubExperts.id, valid));
    return rows.map((row) => {
      const isPublic = row.status === 'approved';
      const title = row.organisation ? `${row.name} — ${row.organisation}` : row.name;
      return {
        id: row.id,
        visibility: isPublic ? ('public' as const) : ('restricted' as const),
        readers: isPublic ? [] : expertReaders(row),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: { ar: title, en: title },
        summary: row.biography,
        body: {},
        objectives: row.objectives,
        principles: row.principles,
        countries: [],
        regions: row.regions,
        year: yearOf(row.vettedAt),
        publishedAt: isPublic ? row.vettedAt : null,
        updatedAt: row.updatedAt,
        path: `/hub/experts/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/** Re-projects experts into the index; every write that changes what the projection reads calls it. */
export const syncExperts = (db: DbOrTx, ids: readonly string[]) => syncContent(db, expertContent, ids);
