import { inArray } from 'drizzle-orm';
import { conceptNoteEntityType, conceptNotes } from '#db/schema/funding';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { isUuid } from '~/platform/uuid';
import { conceptNoteReaders, isPublicConceptNote } from './funding-policy';

/**
 * Concept notes in the content index: public once in the published pipeline (in pipeline, selected,
 * funded, closed); before that, and when not selected, the fund's secretariat, the steering committee
 * and the submitting government open them. The submitting state counts among its countries; a
 * regional note counts in its region.
 */
export const conceptNoteContent = defineContentType({
  key: 'concept_note',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: conceptNotes.id }).from(conceptNotes)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: conceptNotes.id,
        status: conceptNotes.status,
        countryIso3: conceptNotes.countryIso3,
        regionId: conceptNotes.regionId,
        submittedBy: conceptNotes.submittedBy,
        title: conceptNotes.title,
        summary: conceptNotes.summary,
        originalLanguage: conceptNotes.originalLanguage,
        pipelineAt: conceptNotes.pipelineAt,
        updatedAt: conceptNotes.updatedAt,
        isSample: conceptNotes.isSample,
      })
      .from(conceptNotes)
      .where(inArray(conceptNotes.id, valid));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tags = await contentTags(db, {
      tagEntityType: conceptNoteEntityType,
      ids: rows.map((r) => r.id),
      countriesOf: (id) => {
        const iso3 = byId.get(id)?.countryIso3;
        return iso3 ? [iso3] : [];
      },
    });
    return rows.map((row) => {
      const isPublic = isPublicConceptNote(row.status);
      const own = tags.get(row.id)!;
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : conceptNoteReaders(row),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.summary,
        body: {},
        ...own,
        regions: row.regionId ? [...own.regions, row.regionId] : own.regions,
        year: yearOf(row.pipelineAt),
        publishedAt: isPublic ? row.pipelineAt : null,
        updatedAt: row.updatedAt,
        path: `/funding/concept-notes/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});
