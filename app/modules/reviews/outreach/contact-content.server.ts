import { inArray } from 'drizzle-orm';
import { stateContactEntityType, stateContacts } from '#db/schema/review-outreach';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { outreachReaders } from '../cycles/cycle-policy';

/**
 * Focal-point registry entries in the content index: never public (names and addresses of
 * officials), found by their region's secretariat (cycle-policy.ts, canManageOutreach).
 */
export const stateContactContent = defineContentType({
  key: stateContactEntityType,
  version: 2,
  async allIds(db) {
    return (await db.select({ id: stateContacts.id }).from(stateContacts)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(stateContacts).where(inArray(stateContacts.id, valid));
    return rows.map((row) => ({
      id: row.id,
      visibility: 'restricted' as const,
      readers: outreachReaders(row.regionId),
      status: row.kind,
      originalLanguage: row.locale,
      title: { ar: row.name, en: row.name },
      summary: row.ministry ? { ar: row.ministry, en: row.ministry } : {},
      body: {},
      objectives: [],
      principles: [],
      countries: [row.countryIso3],
      regions: [row.regionId],
      year: null,
      publishedAt: null,
      updatedAt: row.updatedAt,
      path: `/reviews/contacts/${row.regionId}/${row.id}`,
      isSample: false,
    }));
  },
});

export const syncContactContent = (db: DbOrTx, ids: readonly string[]) =>
  syncContent(db, stateContactContent, ids);
