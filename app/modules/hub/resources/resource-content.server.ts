import { inArray } from 'drizzle-orm';
import { hubResources } from '#db/schema/hub';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { hubResourceEntityType, resourceReaders } from '../hub-policy';
import { activeAssignmentsOf } from './resource-records.server';

/** Characters of a file's extracted text kept in the index body (search reads it, pages do not). */
export const indexedTextMax = 100_000;

/**
 * Hub resources in the content index: public once published; before that the submitter, the Hub
 * editors and the reviewers who cleared the conflict question open them. The year is the year of
 * publication of the document (not of its publishing on the Hub) when known. The text extracted from
 * the file is the body, under the document's original language.
 */
export const resourceContent = defineContentType({
  key: 'hub_resource',
  version: 2,
  async allIds(db) {
    return (await db.select({ id: hubResources.id }).from(hubResources)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(hubResources).where(inArray(hubResources.id, valid));
    const [tags, assignments] = await readTogether(db, [
      () => contentTags(db, { tagEntityType: hubResourceEntityType, ids: rows.map((r) => r.id) }),
      () => activeAssignmentsOf(db, rows),
    ]);
    return rows.map((row) => {
      const isPublic = row.status === 'published';
      const year = row.publicationDate ? Number(row.publicationDate.slice(0, 4)) : yearOf(row.publishedAt);
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : resourceReaders(row, assignments.get(row.id) ?? []),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.abstract,
        body: row.extractedText ? { [row.originalLanguage]: row.extractedText.slice(0, indexedTextMax) } : {},
        ...tags.get(row.id)!,
        year,
        publishedAt: row.publishedAt,
        updatedAt: row.updatedAt,
        path: `/hub/resources/${row.id}`,
        isSample: row.isSample,
        attributes: resourceAttributes(row),
      };
    });
  },
});

/** A resource's facets in the index: its type and its documents' languages. */
const resourceAttributes = (row: { type: string; documentLanguages: readonly string[] }) => [
  `type:${row.type}`,
  ...row.documentLanguages.map((language) => `language:${language}`),
];

/** Re-projects resources into the index; every write that changes what the projection reads calls it. */
export const syncResources = (db: DbOrTx, ids: readonly string[]) => syncContent(db, resourceContent, ids);
