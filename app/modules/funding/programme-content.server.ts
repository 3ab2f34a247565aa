import { inArray } from 'drizzle-orm';
import { programmeEntityType, programmes } from '#db/schema/funding';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { isUuid } from '~/platform/uuid';

/**
 * Joint programmes in the content index: a funded programme is public from the day it is funded (the
 * fund publishes its programmes and their budgets), and stays so once closed.
 */
export const programmeContent = defineContentType({
  key: 'programme',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: programmes.id }).from(programmes)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: programmes.id,
        status: programmes.status,
        countryIso3: programmes.countryIso3,
        regionId: programmes.regionId,
        title: programmes.title,
        summary: programmes.summary,
        originalLanguage: programmes.originalLanguage,
        createdAt: programmes.createdAt,
        updatedAt: programmes.updatedAt,
        isSample: programmes.isSample,
      })
      .from(programmes)
      .where(inArray(programmes.id, valid));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tags = await contentTags(db, {
      tagEntityType: programmeEntityType,
      ids: rows.map((r) => r.id),
      countriesOf: (id) => {
        const iso3 = byId.get(id)?.countryIso3;
        return iso3 ? [iso3] : [];
      },
    });
    return rows.map((row) => {
      const own = tags.get(row.id)!;
      return {
        id: row.id,
        visibility: 'public' as const,
        readers: [],
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.summary,
        body: {},
        ...own,
        regions: row.regionId ? [...own.regions, row.regionId] : own.regions,
        year: yearOf(row.createdAt),
        publishedAt: row.createdAt,
        updatedAt: row.updatedAt,
        path: `/funding/programmes/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});
