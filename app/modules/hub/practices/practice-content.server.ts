import { inArray } from 'drizzle-orm';
import { hubPracticeCalls, hubPractices } from '#db/schema/hub-practices';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { hubPracticeEntityType, practiceReaders } from './practice-policy';

/**
 * Practices in the content index: public once approved; before that the submitter and the Hub editors
 * open them. The body holds who implements it, its partners, results and replicability (in the
 * practice's original language) so search finds them — never the contact person. The year is the year
 * the practice started.
 */
export const practiceContent = defineContentType({
  key: 'hub_practice',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: hubPractices.id }).from(hubPractices)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(hubPractices).where(inArray(hubPractices.id, valid));
    const tags = await contentTags(db, { tagEntityType: hubPracticeEntityType, ids: rows.map((r) => r.id) });
    return rows.map((row) => {
      const isPublic = row.status === 'approved';
      const body = [row.implementers, row.partners.join('، '), row.results, row.replicability].join('\n');
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : practiceReaders(row),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.summary,
        body: { [row.originalLanguage]: body },
        ...tags.get(row.id)!,
        year: Number(row.startDate.slice(0, 4)),
        publishedAt: row.publishedAt,
        updatedAt: row.updatedAt,
        path: `/hub/practices/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});

/**
 * Calls for practices in the content index: public from the moment an editor publishes them (a call
 * has no draft). Tagged with the objectives it seeks practices for; the year is the deadline's.
 */
export const practiceCallContent = defineContentType({
  key: 'hub_practice_call',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: hubPracticeCalls.id }).from(hubPracticeCalls)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(hubPracticeCalls).where(inArray(hubPracticeCalls.id, valid));
    return rows.map((row) => ({
      id: row.id,
      visibility: 'public' as const,
      readers: [],
      status: row.status,
      originalLanguage: row.originalLanguage,
      title: row.theme,
      summary: row.description,
      body: row.audience,
      objectives: row.objectives,
      principles: [],
      countries: [],
      regions: [],
      year: yearOf(row.deadlineAt),
      publishedAt: row.createdAt,
      updatedAt: row.updatedAt,
      path: `/hub/calls/${row.id}`,
      isSample: row.isSample,
    }));
  },
});

/** Re-projects practices into the index; every write that changes what the projection reads calls it. */
export const syncPractices = (db: DbOrTx, ids: readonly string[]) => syncContent(db, practiceContent, ids);
export const syncPracticeCalls = (db: DbOrTx, ids: readonly string[]) =>
  syncContent(db, practiceCallContent, ids);
