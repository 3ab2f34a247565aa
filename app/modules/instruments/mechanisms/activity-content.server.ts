import { inArray } from 'drizzle-orm';
import { mechanismActivities, mechanismActivityEntityType, mechanisms } from '#db/schema/instruments';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { activityReaders } from '../instruments-policy';
import { mechanismScope } from './mechanism-records.server';

/**
 * A consultation mechanism's regional activities in support of the GCM, in the content index (so the
 * coverage radar, counts, search and feeds count them): public once published and while the
 * mechanism is published; before that, those who may record its activities open them. Its countries
 * are the states it concerns; its mechanism's own grouping counts among its regions.
 */
export const mechanismActivityContent = defineContentType({
  key: 'mechanism_activity',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: mechanismActivities.id }).from(mechanismActivities)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(mechanismActivities).where(inArray(mechanismActivities.id, valid));
    if (!rows.length) return [];
    const parents = await db
      .select()
      .from(mechanisms)
      .where(inArray(mechanisms.id, [...new Set(rows.map((r) => r.mechanismId))]));
    const scopes = new Map<string, { regions: readonly string[] }>();
    for (const m of parents) scopes.set(m.id, await mechanismScope(db, m));
    const parentOf = new Map(parents.map((m) => [m.id, m]));
    const tags = await contentTags(db, {
      tagEntityType: mechanismActivityEntityType,
      ids: rows.map((r) => r.id),
    });
    return rows.map((row) => {
      const parent = parentOf.get(row.mechanismId)!;
      const isPublic = row.status === 'published' && parent.status === 'published';
      const own = tags.get(row.id)!;
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : activityReaders(scopes.get(parent.id)!),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.aims,
        body: row.outputs,
        ...own,
        regions:
          parent.regionId && !own.regions.includes(parent.regionId)
            ? [...own.regions, parent.regionId]
            : own.regions,
        year: Number(row.heldOn.slice(0, 4)) || yearOf(row.createdAt),
        publishedAt: isPublic ? row.updatedAt : null,
        updatedAt: row.updatedAt,
        path: `/mechanisms/${parent.slug}/activities/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/** Re-projects activities into the index; every write that changes what the projection reads calls it. */
export const syncActivities = (db: DbOrTx, ids: readonly string[]) =>
  syncContent(db, mechanismActivityContent, ids);
